using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

[TestClass]
public sealed class MetadataRuleTests
{
    [TestMethod]
    public void AnArticleWithBylineAndDatePasses()
    {
        var result = Checkers.Check(
            "<html><head><meta name=\"author\" content=\"Ana Ruiz\"><meta property=\"article:published_time\" content=\"2026-02-01\"></head><body><p>Text.</p></body></html>",
            ArticleFormat.Html);

        result.Diagnostics.ShouldNotContain(d => d.Id == "PC4001" || d.Id == "PC4002");
    }

    [TestMethod]
    public void AVisibleBylineAndTimeElementCount()
    {
        var result = Checkers.Check("<article><p class=\"byline\">By Ana Ruiz</p><time datetime=\"2026-02-01\">1 Feb</time><p>Text.</p></article>", ArticleFormat.Html);

        result.Diagnostics.ShouldNotContain(d => d.Id == "PC4001" || d.Id == "PC4002");
        result.Article.Metadata.Authors.ShouldBe(["Ana Ruiz"]);
    }

    [TestMethod]
    public void MissingBylineAndDateAreArticleLevelInfos()
    {
        var result = Checkers.Check("The bridge reopened on Friday.");

        var pc4001 = result.Diagnostics.Single(d => d.Id == "PC4001");
        pc4001.Severity.ShouldBe(ProvenanceCheck.Diagnostics.Severity.Info);
        pc4001.Span.Length.ShouldBe(0);
        pc4001.Sentence.ShouldBeNull();
        result.Diagnostics.ShouldContain(d => d.Id == "PC4002");
    }

    [TestMethod]
    public void TextBylineCounts()
    {
        Checkers.Check("By Ana Ruiz\n\nThe bridge reopened on Friday.").Diagnostics.ShouldNotContain(d => d.Id == "PC4001");
    }
}
