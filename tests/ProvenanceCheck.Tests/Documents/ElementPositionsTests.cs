using AngleSharp.Html.Parser;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>The reader records element positions itself; they must be the positions AngleSharp's source references give.</summary>
[TestClass]
public sealed class ElementPositionsTests
{
    [TestMethod]
    public void Every_element_of_every_corpus_page_gets_its_source_reference_position()
    {
        var pages = Directory.GetFiles(Checkers.CorpusPath(), "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(40);
        var withReferences = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, SkipScriptText = true, SkipRawText = true });
        var (parser, positions, _) = HtmlArticleReader.CreateParser(TimeSpan.FromHours(1));
        var compared = 0;
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var expected = withReferences.ParseDocument(html).All.ToArray();
            positions.Clear();
            var actual = parser.ParseDocument(html).All.ToArray();

            actual.Length.ShouldBe(expected.Length, page);
            for (var i = 0; i < actual.Length; i++)
            {
                positions.Of(actual[i]).ShouldBe(expected[i].SourceReference?.Position.Position ?? 0, $"{page}: element {i} <{actual[i].LocalName}>");
            }

            compared += actual.Length;
        }

        compared.ShouldBeGreaterThan(10_000);
    }

    [TestMethod]
    public void Implied_elements_have_no_position_and_written_ones_point_at_their_start_tag()
    {
        const string page = "<p>The quay <b>reopened</b>.</p>";
        var (parser, positions, _) = HtmlArticleReader.CreateParser(TimeSpan.FromHours(1));
        var document = parser.ParseDocument(page);

        positions.Of(document.Body!).ShouldBe(0);
        var bold = document.QuerySelector("b")!;
        page[positions.Of(bold) - 1].ShouldBe('<');
        page.Substring(positions.Of(bold) - 1, 3).ShouldBe("<b>");
    }

    [TestMethod]
    public void Clearing_forgets_every_element_of_the_last_page_however_large()
    {
        var (parser, positions, _) = HtmlArticleReader.CreateParser(TimeSpan.FromHours(1));
        var large = "<ul>" + string.Concat(Enumerable.Repeat("<li>Quay</li>", 20_000)) + "</ul>";
        var first = parser.ParseDocument(large).QuerySelector("li")!;
        positions.Of(first).ShouldBeGreaterThan(0);

        positions.Clear();

        positions.Of(first).ShouldBe(0);
        var next = parser.ParseDocument("<p>The quay <b>reopened</b>.</p>").QuerySelector("b")!;
        positions.Of(next).ShouldBe(13); // one-based: the "<b>" starts at index 12
    }
}
