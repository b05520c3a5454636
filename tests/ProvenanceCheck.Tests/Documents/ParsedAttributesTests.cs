using AngleSharp.Html.Parser.Tokens.Struct;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>The HTML reader drops bulky attributes while parsing; none that reading or HTML5 tree building looks at may go.</summary>
[TestClass]
public sealed class ParsedAttributesTests
{
    [TestMethod]
    [DataRow("class")]
    [DataRow("id")]
    [DataRow("role")]
    [DataRow("style")]
    [DataRow("hidden")]
    [DataRow("aria-hidden")]
    [DataRow("summary")]
    [DataRow("datatable")]
    [DataRow("href")]
    [DataRow("lang")]
    [DataRow("name")]
    [DataRow("property")]
    [DataRow("itemprop")]
    [DataRow("http-equiv")]
    [DataRow("content")]
    [DataRow("datetime")]
    [DataRow("pubdate")]
    [DataRow("rel")]
    [DataRow("type")]
    [DataRow("color")]
    [DataRow("face")]
    [DataRow("size")]
    [DataRow("encoding")]
    public void Attributes_that_reading_or_tree_building_use_are_kept(string name) =>
        IsKept(name).ShouldBeTrue();

    [TestMethod]
    [DataRow("data-src")]
    [DataRow("onclick")]
    [DataRow("aria-label")]
    [DataRow("srcset")]
    [DataRow("d")]
    [DataRow("viewbox")]
    public void Bulky_attributes_nothing_reads_are_dropped(string name) =>
        IsKept(name).ShouldBeFalse();

    [TestMethod]
    public void A_hidden_element_still_reads_as_hidden_when_its_other_attributes_are_dropped()
    {
        const string page = "<html><body><article><p>The quay reopened on Monday after the repairs.</p>"
            + "<p aria-hidden=\"true\" data-track=\"promo\" aria-label=\"promo\">The council also approved a new ferry timetable for the winter months.</p>"
            + "<p data-id=\"7\" class=\"body\">The harbour board will meet again in March to discuss the budget.</p></article></body></html>";

        var article = Checkers.Default.Read(new SourceText(page, "page.html"), ArticleFormat.Html);

        var text = string.Join("\n", article.BodyBlocks.Select(b => b.Text));
        text.ShouldNotContain("ferry timetable");
        text.ShouldContain("meet again in March");
    }

    private static bool IsKept(string name)
    {
        var token = default(StructHtmlToken);
        return HtmlArticleReader.IsReadAttribute(ref token, name.AsMemory());
    }
}
