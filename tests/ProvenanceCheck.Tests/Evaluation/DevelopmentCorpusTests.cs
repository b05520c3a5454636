using ProvenanceCheck.Evaluation;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Evaluation;

/// <summary>
/// The quality bars of the detection issue, measured on the shared development set (expected.txt and the
/// short disclosure articles, then source.html through the whole pipeline). The same bars hold on an unseen set, so the rules are general, not tuned to these sentences.
/// </summary>
[TestClass]
public sealed class DevelopmentCorpusTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
        new LabelEvaluator(Checkers.Default).Evaluate(LabelEvaluator.FindLabelFiles([Checkers.CorpusPath("labels")])));

    // The same labels with each page's source.html in place of its expected.txt: reader, extraction and rules together.
    private static readonly Lazy<EvaluationReport> HtmlReport = new(() =>
        new LabelEvaluator(Checkers.Default).Evaluate(LabelEvaluator.FindLabelFiles([Checkers.CorpusPath("labels")]), preferHtml: true));

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

    [TestMethod]
    [DataRow("casualty")]
    [DataRow("hearsay")]
    [DataRow("ai-residue")]
    [DataRow(LabelEvaluator.DisclosureFamily)]
    public void TheWholePipelineOnSourceHtmlIsWithin005OfTheText(string family)
    {
        var html = HtmlReport.Value.Families.Single(f => f.Name == family);
        html.F1.ShouldBeGreaterThanOrEqualTo(Family(family).F1 - 0.05);
        html.Precision.ShouldBeGreaterThanOrEqualTo(Family(family).Precision - 0.05);
    }

    [TestMethod]
    public void TheWholePipelineKeepsTheDisclosureAccuracy() =>
        HtmlReport.Value.DisclosureAccuracy.ShouldBeGreaterThanOrEqualTo(Report.Value.DisclosureAccuracy - 0.05);

    private static FamilyScore Family(string name) => Report.Value.Families.Single(f => f.Name == name);
}
