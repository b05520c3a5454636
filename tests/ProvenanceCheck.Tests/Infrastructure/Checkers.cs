using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Analysis;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Infrastructure;

/// <summary>Shared checkers: building the default policy set once keeps the suite fast.</summary>
public static class Checkers
{
    private static readonly Lazy<ArticleChecker> DefaultChecker = new(() => Create());

    public static ArticleChecker Default => DefaultChecker.Value;

    public static ArticleChecker Create(bool defaults = true, params string[] policyYaml)
    {
        var services = new ServiceCollection();
        services.AddProvenanceCheck(o => o.UseDefaultRules = false);
        using var provider = services.BuildServiceProvider();
        var loader = provider.GetRequiredService<PolicyLoader>();
        var files = new List<PolicyFile>();
        if (defaults)
        {
            files.AddRange(PolicyLoader.DefaultFiles());
        }

        files.AddRange(policyYaml.Select((yaml, i) => new PolicyFile($"test-policy-{i}.yaml", yaml)));
        return new ArticleChecker(loader.Load(files), provider.GetServices<IArticleReader>());
    }

    public static CheckResult Check(string text, ArticleFormat format = ArticleFormat.Text, ArticleChecker? checker = null) =>
        (checker ?? Default).Check(new SourceText(text, "test." + format.ToName()), format);

    /// <summary>The facts of a one-sentence text article, read and analysed with the default rules.</summary>
    public static SentenceFacts FactsOfOneSentence(string sentence)
    {
        var article = Default.Read(new SourceText(sentence, "t.txt"), ArticleFormat.Text);
        return Default.Analyze(article).Sentences.ShouldHaveSingleItem();
    }

    public static string CorpusPath(params string[] parts)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "shared", "corpus")) && !File.Exists(Path.Combine(dir, "ProvenanceCheck.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        // The repository sits beside shared/: ../shared/corpus from the repository root.
        var repo = dir ?? throw new InvalidOperationException("repository root not found");
        var shared = Path.Combine(repo, "..", "shared", "corpus");
        return Path.GetFullPath(Path.Combine([shared, .. parts]));
    }

    public static string RepoPath(params string[] parts)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ProvenanceCheck.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return Path.GetFullPath(Path.Combine([dir ?? throw new InvalidOperationException("repository root not found"), .. parts]));
    }
}
