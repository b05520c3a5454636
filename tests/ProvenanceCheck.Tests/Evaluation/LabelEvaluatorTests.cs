using ProvenanceCheck.Evaluation;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Evaluation;

[TestClass]
public sealed class LabelEvaluatorTests
{
    private const string Article = """
        Ferry sinks off Kestrel Point

        At least 14 passengers drowned when the ferry sank on Sunday.

        The coast guard said 30 people were rescued, and that 14 passengers had died.

        Sources said the captain had ignored a storm warning.

        The owner reportedly sold the ferry last year.

        The harbour reopened on Monday.
        """;

    /// <summary>One hit, one miss and one false alarm per family are counted where they belong.</summary>
    [TestMethod]
    public void CountsTruePositivesFalsePositivesAndMisses()
    {
        using var temp = new TempFiles();
        temp.Write("articles/ferry.txt", Article);
        var labels = temp.Write("labels/ferry.json", """
            {
              "article": "../articles/ferry.txt",
              "ai_disclosure": "none",
              "sentences": [
                {"text": "At least 14 passengers drowned when the ferry sank on Sunday.", "labels": ["casualty-unsourced"]},
                {"text": "The coast guard said 30 people were rescued, and that 14 passengers had died.", "labels": ["casualty-sourced"]},
                {"text": "Sources said the captain had ignored a storm warning.", "labels": ["hearsay"]},
                {"text": "The harbour reopened on Monday.", "labels": ["hearsay"]}
              ]
            }
            """);

        var report = new LabelEvaluator(Checkers.Default).Evaluate([labels]);

        var casualty = report.Families.Single(f => f.Name == "casualty");
        (casualty.TruePositives, casualty.FalsePositives, casualty.FalseNegatives).ShouldBe((1, 0, 0));
        var hearsay = report.Families.Single(f => f.Name == "hearsay");
        (hearsay.TruePositives, hearsay.FalsePositives, hearsay.FalseNegatives).ShouldBe((1, 1, 1));
        hearsay.Precision.ShouldBe(0.5);
        hearsay.Recall.ShouldBe(0.5);
        report.Findings.ShouldContain(f => f.Kind == "false-alarm" && f.Sentence == "The owner reportedly sold the ferry last year.");
        report.Findings.ShouldContain(f => f.Kind == "miss" && f.Sentence == "The harbour reopened on Monday.");
        (report.DisclosureCorrect, report.DisclosureTotal).ShouldBe((1, 1));
        var disclosure = report.Families.Single(f => f.Name == LabelEvaluator.DisclosureFamily);
        (disclosure.TruePositives, disclosure.FalsePositives, disclosure.FalseNegatives).ShouldBe((1, 0, 0));
        (report.ControlSentences, report.ControlSentencesFlagged).ShouldBe((1, 0));
    }

    [TestMethod]
    public void MinF1SetsTheExitCodeAndJsonIsOneDocument()
    {
        using var temp = new TempFiles();
        temp.Write("articles/ferry.txt", Article);
        temp.Write("labels/ferry.json", """{"article": "../articles/ferry.txt", "ai_disclosure": "none", "sentences": [{"text": "The harbour reopened on Monday.", "labels": ["hearsay"]}]}""");

        var failing = ProvcheckProcess.Run("eval", Path.Combine(temp.Root, "labels"), "--min-f1", "0.9", "--format", "json");
        failing.ExitCode.ShouldBe(1);
        using var json = System.Text.Json.JsonDocument.Parse(failing.Stdout);
        json.RootElement.GetProperty("families").GetProperty("hearsay").GetProperty("fn").GetInt32().ShouldBe(1);

        ProvcheckProcess.Run("eval", Path.Combine(temp.Root, "labels"), "--min-f1", "0").ExitCode.ShouldBe(0);
        ProvcheckProcess.Run("eval", Path.Combine(temp.Root, "nothing-here")).ExitCode.ShouldBe(2);
    }
}
