using System.Collections.Concurrent;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Configuration;

/// <summary>
/// Builds and caches one <see cref="ArticleChecker"/> per <see cref="PolicySelection"/>, so that folders with
/// different policies or rule options each compile their policy set once.
/// </summary>
public sealed class CheckerFactory(PolicyLoader loader, IEnumerable<IArticleReader> readers)
{
    private readonly IReadOnlyList<IArticleReader> _readers = [.. readers];
    private readonly ConcurrentDictionary<string, Lazy<ArticleChecker>> _checkers = new(StringComparer.Ordinal);

    /// <summary>The checker for a selection.</summary>
    /// <exception cref="PolicyException">A policy or an option override has a mistake.</exception>
    public ArticleChecker Get(PolicySelection selection)
    {
        if (selection.RuleOptions.Count > 0)
        {
            // The policies without overrides load first, so a mistake in a policy file is reported against it, not the config.
            Get(selection with { RuleOptions = [] });
        }

        var lazy = _checkers.GetOrAdd(selection.Key, _ => new Lazy<ArticleChecker>(() => Build(selection)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _checkers.TryRemove(selection.Key, out _);
            throw;
        }
    }

    private ArticleChecker Build(PolicySelection selection)
    {
        var files = new List<PolicyFile>();
        if (selection.UseDefaultRules)
        {
            files.AddRange(PolicyLoader.DefaultFiles());
        }

        files.AddRange(PolicyLoader.ReadPaths(selection.PolicyPaths));
        return new ArticleChecker(loader.Load(files, selection.RuleOptions), _readers);
    }
}
