using ProvenanceCheck.Evaluation;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Evaluation;

/// <summary>
/// The quality bars of the detection issue, measured on the shared development set (expected.txt and the
/// short disclosure articles). The same bars hold on an unseen set, so the rules are general, not tuned to these sentences.
/// </summary>
[TestClass]
public sealed class DevelopmentCorpusTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
        new LabelEvaluator(Checkers.Default).Evaluate(LabelEvaluator.FindLabelFiles([Checkers.CorpusPath("labels")])));

    [TestMethod]
    public void CasualtyF1IsAtLeast090() => Family("casualty").F1.ShouldBeGreaterThanOrEqualTo(0.90);

    [TestMethod]
    public void HearsayF1IsAtLeast085() => Family("hearsay").F1.ShouldBeGreaterThanOrEqualTo(0.85);

    [TestMethod]
    public void AiDisclosureAccuracyIsAtLeast095() => Report.Value.DisclosureAccuracy.ShouldBeGreaterThanOrEqualTo(0.95);

    [TestMethod]
    public void AiResiduePrecisionIsOne() => Family("ai-residue").Precision.ShouldBe(1.0);

    [TestMethod]
    public void FewControlSentencesGetAnyDiagnostic()
    {
        var report = Report.Value;
        report.ControlSentences.ShouldBeGreaterThan(0);
        ((double)report.ControlSentencesFlagged / report.ControlSentences).ShouldBeLessThanOrEqualTo(0.05);
    }

    private static FamilyScore Family(string name) => Report.Value.Families.Single(f => f.Name == name);
}
