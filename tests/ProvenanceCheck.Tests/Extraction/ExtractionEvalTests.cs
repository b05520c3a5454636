using ProvenanceCheck.Documents;
using ProvenanceCheck.Extraction;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary>
/// Main-content extraction over the dev corpus (../shared/corpus/pages): the body text the reader
/// finds is scored against each page's expected text by 4-token shingle F1.
/// </summary>
[TestClass]
public sealed class ExtractionEvalTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void MeanShingleF1OverTheDevPagesIsAtLeast95Percent()
    {
        var pages = Checkers.CorpusPath("pages");
        if (!Directory.Exists(pages))
        {
            Assert.Inconclusive($"dev corpus not found at {pages}");
        }

        var evaluation = new ExtractionEvaluator().Evaluate(pages);
        foreach (var page in evaluation.Pages)
        {
            TestContext.WriteLine($"{page.Name,-32} P={page.Score.Precision:F3} R={page.Score.Recall:F3} F1={page.Score.F1:F3}");
        }

        TestContext.WriteLine($"mean F1 {evaluation.F1:F4} over {evaluation.Pages.Count} pages");
        evaluation.Pages.Count.ShouldBeGreaterThan(40);
        evaluation.F1.ShouldBeGreaterThanOrEqualTo(0.95);
    }

    [TestMethod]
    public void DetectionBeatsTakingTheWholePage()
    {
        var pages = Checkers.CorpusPath("pages");
        if (!Directory.Exists(pages))
        {
            Assert.Inconclusive($"dev corpus not found at {pages}");
        }

        var evaluator = new ExtractionEvaluator();
        var auto = evaluator.Evaluate(pages);
        var whole = evaluator.Evaluate(pages, new ReaderOptions { Body = BodyMode.Whole });

        auto.Precision.ShouldBeGreaterThan(whole.Precision + 0.1);
    }
}
