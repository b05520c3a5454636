using AngleSharp.Html.Parser;
using ProvenanceCheck.Documents.Html;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>Byline candidates are found from attribute values; the answer must be the CSS selector's that it stands for.</summary>
[TestClass]
public sealed class BylineSelectorTests
{
    private const string Selector = "[class*='byline' i], [id*='byline' i], [class*='author' i], [class*='writtenby' i], [itemprop~='author']";

    [TestMethod]
    [DataRow("story-byline", null, null, true)]
    [DataRow("Article-AUTHOR-name", null, null, true)]
    [DataRow("WrittenBy", null, null, true)]
    [DataRow("headline", null, null, false)]
    [DataRow(null, "main-ByLine", null, true)]
    [DataRow(null, "author-box", null, false)]
    [DataRow(null, null, "author", true)]
    [DataRow(null, null, "name\tauthor", true)]
    [DataRow(null, null, "authorName", false)]
    [DataRow(null, null, "Author", false)]
    [DataRow("lede", "top", "headline", false)]
    public void Attribute_values_give_the_selector_answer(string? classValue, string? id, string? itemprop, bool expected)
    {
        var attributes = (classValue is null ? "" : $" class=\"{classValue}\"") + (id is null ? "" : $" id=\"{id}\"")
            + (itemprop is null ? "" : $" itemprop=\"{itemprop}\"");
        var element = new HtmlParser().ParseDocument($"<html><body><div{attributes}>By Ruth Alvarez</div></body></html>").Body!.FirstElementChild!;

        element.Matches(Selector).ShouldBe(expected);
        MetadataElements.IsByline(classValue, id, itemprop).ShouldBe(expected);
    }
}
