using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Rules;

[TestClass]
public sealed class LibraryApiTests
{
    [TestMethod]
    public void AddProvenanceCheckGivesOneCompiledCheckerThatLoadsUserPolicies()
    {
        using var temp = new TempFiles();
        var policy = temp.Write("desk.yaml", "rules:\n  - id: DESK1\n    title: t\n    message: \"Avoid '{text}'\"\n    kind: forbid\n    options: {match: {phrases: [slammed]}}\n");
        var services = new ServiceCollection();
        services.AddProvenanceCheck(o => o.PolicyPaths.Add(policy));
        using var provider = services.BuildServiceProvider();

        var checker = provider.GetRequiredService<ArticleChecker>();

        checker.ShouldBeSameAs(provider.GetRequiredService<ArticleChecker>());
        checker.Policies.FindRule("DESK1").ShouldNotBeNull();
        checker.Policies.FindRule("PC2001").ShouldNotBeNull();
        var result = checker.Check(new SourceText("The mayor slammed the plan.", "x.txt"), ArticleFormat.Text);
        result.Diagnostics.ShouldContain(d => d.Id == "DESK1" && d.Message == "Avoid 'slammed'");
    }

    [TestMethod]
    public void TheCheckerIsThreadSafe()
    {
        var html = File.ReadAllText(Checkers.CorpusPath("seed", "article.html"));
        var sequential = Summary(Checkers.Default.Check(new SourceText(html, "seed.html"), ArticleFormat.Html));

        var parallel = new string[64];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = Summary(Checkers.Default.Check(new SourceText(html, "seed.html"), ArticleFormat.Html)));

        parallel.ShouldAllBe(s => s == sequential);
    }

    [TestMethod]
    public void SeveritiesCanBeOverriddenPerCallByIdOrCategory()
    {
        var options = new CheckOptions
        {
            Severities = new Dictionary<string, ProvenanceCheck.Diagnostics.Severity>
            {
                ["PC3002"] = ProvenanceCheck.Diagnostics.Severity.Error,
                ["category:Metadata"] = ProvenanceCheck.Diagnostics.Severity.None,
            },
        };

        var result = Checkers.Default.Check(new SourceText("The minister reportedly resigned.", "x.txt"), ArticleFormat.Text, options);

        result.Diagnostics.Single(d => d.Id == "PC3002").Severity.ShouldBe(ProvenanceCheck.Diagnostics.Severity.Error);
        result.Diagnostics.ShouldNotContain(d => d.Rule.Category == "Metadata");
    }

    private static string Summary(CheckResult result) =>
        string.Join(";", result.Diagnostics.Select(d => $"{d.Id}@{d.Span.Start}+{d.Span.Length}"));
}
