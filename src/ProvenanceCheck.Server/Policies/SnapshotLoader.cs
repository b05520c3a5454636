using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Server.Policies;

/// <summary>Builds a <see cref="CheckerSnapshot"/> from the settings: defaults, then policy paths, then the config file.</summary>
internal sealed class SnapshotLoader(ServerSettings settings, PolicyLoader loader, IEnumerable<IArticleReader> readers)
{
    private readonly IReadOnlyList<IArticleReader> _readers = [.. readers];

    /// <exception cref="PolicyException">A policy file has a mistake or is missing.</exception>
    public CheckerSnapshot Load()
    {
        var files = new List<PolicyFile>();
        if (settings.UseDefaultRules)
        {
            files.AddRange(PolicyLoader.DefaultFiles());
        }

        var paths = ConfiguredPaths().ToList();
        files.AddRange(PolicyLoader.ReadPaths(paths));
        var policies = loader.Load(files);
        var watched = paths.Concat(policies.Files.Where(File.Exists)).Distinct(StringComparer.Ordinal).ToList();
        var checker = new ArticleChecker(policies, _readers);
        WarmUp(checker);
        return new CheckerSnapshot(checker, CheckOptions.Default, settings.FailLevel, watched, DateTimeOffset.UtcNow);
    }

    // The first check pays for JIT and reader set-up (over a second); pay it here, not in a CMS's save.
    private static void WarmUp(ArticleChecker checker)
    {
        const string Text = "Warm-up. Officials said 3 people were hurt, according to the fire service.";
        checker.Check(new SourceText($"<html><body><article><h1>Warm-up</h1><p>{Text}</p></article></body></html>", "<warm-up>"), ArticleFormat.Html);
        checker.Check(new SourceText($"# Warm-up\n\n{Text}\n", "<warm-up>"), ArticleFormat.Markdown);
        checker.Check(new SourceText(Text, "<warm-up>"), ArticleFormat.Text);
    }

    private IEnumerable<string> ConfiguredPaths() =>
        settings.ConfigPath is { } config ? settings.PolicyPaths.Append(config) : settings.PolicyPaths;
}
