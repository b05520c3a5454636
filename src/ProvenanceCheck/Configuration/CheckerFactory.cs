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

    // Read once per selection, so a policy hash taken before compiling is the hash of what gets compiled.
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<PolicyFile>>> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// The hash the selection's policy set will have (<see cref="PolicySet.Hash"/>), from its files alone: nothing
    /// is compiled. An audit uses it to tell whether stored results still hold before paying for compiling.
    /// </summary>
    /// <exception cref="PolicyException">A policy path does not exist.</exception>
    public string PolicyHash(PolicySelection selection) => PolicyLoader.HashOf(FilesFor(selection));

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

    private ArticleChecker Build(PolicySelection selection) => new(loader.Load(FilesFor(selection), selection.RuleOptions), _readers);

    private IReadOnlyList<PolicyFile> FilesFor(PolicySelection selection)
    {
        var key = (selection with { RuleOptions = [] }).Key;
        var lazy = _files.GetOrAdd(key, _ => new Lazy<IReadOnlyList<PolicyFile>>(() => ReadFiles(selection)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _files.TryRemove(key, out _);
            throw;
        }
    }

    private static List<PolicyFile> ReadFiles(PolicySelection selection)
    {
        var files = new List<PolicyFile>();
        if (selection.UseDefaultRules)
        {
            files.AddRange(PolicyLoader.DefaultFiles());
        }

        files.AddRange(PolicyLoader.ReadPaths(selection.PolicyPaths));
        return files;
    }
}
