using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>JSON-LD fields carry the span of their value in the page, so metadata diagnostics underline the value.</summary>
[TestClass]
public sealed class JsonLdSpanTests
{
    private static (Article Article, string Source) Read(string html) =>
        (Checkers.Default.Read(new SourceText(html, "t.html"), ArticleFormat.Html), html);

    private static string TextOf(string source, TextSpan span) => source.Substring(span.Start, span.Length);

    [TestMethod]
    public void AStringValueIsItsCharactersWithoutQuotes()
    {
        var (article, source) = Read(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-03-04\"}</script></head>" +
            "<body><p>The quay reopened.</p></body></html>");

        var field = article.Metadata.Find("json-ld:datepublished").ShouldNotBeNull();
        TextOf(source, field.SourceSpan).ShouldBe("2026-03-04");
    }

    [TestMethod]
    public void ValuesAfterCrLfLinesAndEntitiesInTheHeadStayExact()
    {
        var (article, source) = Read(
            "<html>\r\n<head>\r\n<title>Quay &amp; harbour</title>\r\n<script type=\"application/ld+json\" data-note=\"a&gt;b\">\r\n{\r\n  \"@type\": \"NewsArticle\",\r\n" +
            "  \"headline\": \"Quay \\\"reopens\\\"\",\r\n  \"isAccessibleForFree\": true\r\n}\r\n</script>\r\n</head>\r\n<body><p>The quay reopened.</p></body></html>");

        TextOf(source, article.Metadata.Find("json-ld:headline").ShouldNotBeNull().SourceSpan).ShouldBe("Quay \\\"reopens\\\"");
        TextOf(source, article.Metadata.Find("json-ld:isaccessibleforfree").ShouldNotBeNull().SourceSpan).ShouldBe("true");
    }

    [TestMethod]
    public void ANestedPropertyOfTheSameNameIsNotTakenForTheItemsOwn()
    {
        var (article, source) = Read(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},\"name\":\"Harbour works\"}</script></head>" +
            "<body><p>The quay reopened.</p></body></html>");

        var name = article.Metadata.Fields.Where(f => f.Key == "json-ld:name").ShouldHaveSingleItem();
        TextOf(source, name.SourceSpan).ShouldBe("Harbour works");
    }

    [TestMethod]
    public void TheAiConsistencyDiagnosticUnderlinesTheDigitalSourceType()
    {
        const string value = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
        var html = "<html><head>\n<script type=\"application/ld+json\">\n{\"@type\": \"NewsArticle\",\n \"digitalSourceType\": \"" + value + "\"}\n</script></head>" +
                   "<body><article><p>The bridge reopened on Friday.</p><p>No AI was used in this article.</p></article></body></html>";

        var diagnostic = Checkers.Check(html, ArticleFormat.Html).Diagnostics.Where(d => d.Id == "PC1005").ShouldHaveSingleItem();

        TextOf(html, diagnostic.Span).ShouldBe(value);
        diagnostic.Location.Start.Line.ShouldBe(3);
    }
}
