using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

[TestClass]
public sealed class MetadataRuleTests
{
    private static readonly string[] Rules = ["PC4001", "PC4002"];

    [TestMethod]
    public void AnArticleWithNeitherBylineNorDateGetsBothAtTheStart()
    {
        AnalyzerVerifier.Verify("{|PC4001:|}{|PC4002:|}The bridge reopened on Friday.\n\nTraffic is back to normal.", Rules);
    }

    [TestMethod]
    public void AMarkdownArticleWithAnAuthorButNoDateGetsOnlyPC4002()
    {
        AnalyzerVerifier.Verify("{|PC4002:|}---\nauthor: Ana Ruiz\n---\n\nThe bridge reopened on Friday.\n", Rules, ArticleFormat.Markdown);
    }

    [TestMethod]
    public void AnHtmlPageWithADateButNoAuthorGetsOnlyPC4001()
    {
        AnalyzerVerifier.Verify(
            "{|PC4001:|}<html><head><meta property=\"article:published_time\" content=\"2026-02-01\"></head><body><p>The bridge reopened.</p></body></html>",
            Rules,
            ArticleFormat.Html);
    }

    [TestMethod]
    public void AnHtmlPageWithAJsonLdAuthorAndDatePasses()
    {
        AnalyzerVerifier.Verify(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},\"datePublished\":\"2026-02-01\"}</script></head><body><p>The bridge reopened.</p></body></html>",
            Rules,
            ArticleFormat.Html);
    }

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
