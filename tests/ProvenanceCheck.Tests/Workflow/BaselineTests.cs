using ProvenanceCheck.Baselines;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class BaselineTests
{
    private static (TempTree Tree, string Article, string BaselinePath) Setup()
    {
        var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var article = tree.Write("news/story.md", WorkflowArticles.Markdown);
        var baselinePath = tree.PathOf("provcheck-baseline.json");
        var baseline = Baseline.FromResults([ConfiguredCheck.Check(article)], baselinePath);
        using (var file = File.Create(baselinePath))
        {
            baseline.Write(file);
        }

        return (tree, article, baselinePath);
    }

    private static (CheckResult Result, int Stale) Recheck(string article, string baselinePath)
    {
        var (results, stale) = Baseline.Read(baselinePath).Apply([ConfiguredCheck.Check(article)]);
        return (results[0], stale);
    }

    [TestMethod]
    public void An_unchanged_article_has_nothing_new_and_nothing_stale()
    {
        var (tree, article, baselinePath) = Setup();
        using var _ = tree;

        var (result, stale) = Recheck(article, baselinePath);

        result.Diagnostics.ShouldNotBeEmpty();
        result.Diagnostics.ShouldAllBe(d => d.BaselineState == BaselineState.Unchanged);
        result.Active.ShouldBeEmpty();
        result.FailsAt(Severity.Info).ShouldBeFalse();
        stale.ShouldBe(0);
    }

    [TestMethod]
    public void Editing_an_unrelated_paragraph_keeps_the_baseline_valid()
    {
        var (tree, article, baselinePath) = Setup();
        using var _ = tree;
        File.WriteAllText(article, WorkflowArticles.Markdown
            .Replace("The city council approved", "The bridge will cross the river at its narrowest point, the city engineer, Tomas Berg, said.\n\nThe city council  approved", StringComparison.Ordinal));

        var (result, stale) = Recheck(article, baselinePath);

        result.Active.ShouldBeEmpty("lines moved, but fingerprints do not use line numbers");
        stale.ShouldBe(0);
    }

    [TestMethod]
    public void A_new_unsourced_casualty_figure_is_exactly_one_new_diagnostic()
    {
        var (tree, article, baselinePath) = Setup();
        using var _ = tree;
        File.WriteAllText(article, WorkflowArticles.Markdown + "Three people were injured when the old bridge collapsed in 2019.\n");

        var (result, stale) = Recheck(article, baselinePath);

        var fresh = result.Active.ToList();
        fresh.Count.ShouldBe(1);
        fresh[0].Id.ShouldBe("PC2001");
        fresh[0].BaselineState.ShouldBe(BaselineState.New);
        fresh[0].Sentence!.ShouldStartWith("Three people were injured");
        stale.ShouldBe(0);
    }

    [TestMethod]
    public void A_fixed_finding_leaves_a_stale_entry_that_is_counted()
    {
        var (tree, article, baselinePath) = Setup();
        using var _ = tree;
        File.WriteAllText(article, WorkflowArticles.Markdown.Replace("Sources said the work", "The council's engineer, Tomas Berg, said the work", StringComparison.Ordinal));

        var (result, stale) = Recheck(article, baselinePath);

        result.Active.ShouldBeEmpty();
        stale.ShouldBe(1);
    }

    [TestMethod]
    public void The_same_sentence_twice_is_two_occurrences()
    {
        var (tree, article, baselinePath) = Setup();
        using var _ = tree;
        File.WriteAllText(article, WorkflowArticles.Markdown + "Sources said the work would start in spring.\n");

        var (result, _) = Recheck(article, baselinePath);

        result.Active.Select(d => d.Id).ShouldBe(["PC3001"], "the repeated sentence is a second occurrence, not in the baseline");
    }

    [TestMethod]
    public void Fingerprints_ignore_case_spacing_and_typographic_quotes()
    {
        Fingerprinter.Normalize("  Sources   SAID it’s “done” \n now ").ShouldBe("sources said it's \"done\" now");
    }

    [TestMethod]
    public void A_baselined_finding_suppressed_later_is_unchanged_and_its_entry_stale()
    {
        var (tree, article, baselinePath) = Setup();
        using var _ = tree;
        File.WriteAllText(article, WorkflowArticles.Markdown.Replace(
            "Sources said", "<!-- provcheck-disable-next-block PC3001 -- agreed with the desk -->\nSources said", StringComparison.Ordinal));

        var (result, stale) = Recheck(article, baselinePath);

        var suppressed = result.Diagnostics.Single(d => d.Suppression is not null);
        suppressed.BaselineState.ShouldBe(BaselineState.Unchanged);
        result.Diagnostics.ShouldAllBe(d => d.BaselineState != BaselineState.None);
        stale.ShouldBe(1, "the suppression, not the baseline, now covers the finding");
    }

    [TestMethod]
    public void Suppressed_findings_are_recorded_in_the_baseline_but_accept_nothing_and_are_never_stale()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var suppressedStory = WorkflowArticles.Markdown.Replace(
            "Sources said", "<!-- provcheck-disable-next-block PC3001 -- agreed with the desk -->\nSources said", StringComparison.Ordinal);
        var article = tree.Write("story.md", suppressedStory);
        var baselinePath = tree.PathOf("baseline.json");
        using (var file = File.Create(baselinePath))
        {
            Baseline.FromResults([ConfiguredCheck.Check(article)], baselinePath).Write(file);
        }

        Baseline.Read(baselinePath).Entries.Where(e => e.Suppressed).Select(e => e.RuleId).ShouldBe(["PC3001"]);
        Recheck(article, baselinePath).Result.Diagnostics.Single(d => d.Suppression is not null).BaselineState.ShouldBe(BaselineState.Unchanged);

        File.WriteAllText(article, WorkflowArticles.Markdown);
        var (unsuppressed, stale) = Recheck(article, baselinePath);
        unsuppressed.Active.Single(d => d.Id == "PC3001").BaselineState.ShouldBe(BaselineState.New, "removing a suppression brings the finding back");

        File.WriteAllText(article, suppressedStory.Replace("Sources said the work would start in spring.", "The work will start in spring.", StringComparison.Ordinal));
        Recheck(article, baselinePath).Stale.ShouldBe(0, "a suppressed finding that went away leaves no stale entry");
        stale.ShouldBe(0);
    }
}
