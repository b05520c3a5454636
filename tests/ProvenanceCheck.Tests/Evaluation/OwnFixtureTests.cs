using ProvenanceCheck.Evaluation;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Evaluation;

/// <summary>
/// Articles written for the project (tests/ProvenanceCheck.Tests/Fixtures), labelled by LABELING.md, that the rules
/// were not tuned on: a check that the development-set scores generalise.
/// </summary>
[TestClass]
public sealed class OwnFixtureTests
{
    [TestMethod]
    public void TheRulesScoreOnArticlesTheyWereNotTunedOn()
    {
        var labels = LabelEvaluator.FindLabelFiles([Checkers.RepoPath("tests", "ProvenanceCheck.Tests", "Fixtures", "labels")]);
        var report = new LabelEvaluator(Checkers.Default).Evaluate(labels);

        report.Articles.ShouldBeGreaterThanOrEqualTo(2);
        report.Families.Single(f => f.Name == "casualty").F1.ShouldBeGreaterThanOrEqualTo(0.90);
        report.Families.Single(f => f.Name == "hearsay").F1.ShouldBeGreaterThanOrEqualTo(0.85);
        report.ControlSentencesFlagged.ShouldBe(0);
    }
}
