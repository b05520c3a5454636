using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>A page whose markup takes too long to build (pathological nesting) is an input error, not a hang.</summary>
[TestClass]
public sealed class ParseBudgetTests
{
    // 20,000 unclosed <div>s: AngleSharp's tree builder needs seconds for them (quadratic in the open elements).
    private static readonly string DeepPage =
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>The quay reopened on Monday.</p></body></html>";

    [TestMethod]
    public void Building_past_the_limit_stops_with_a_one_line_input_error()
    {
        var (parser, _, budget) = HtmlArticleReader.CreateParser(TimeSpan.FromMilliseconds(50));
        budget.Start();

        var error = Should.Throw<InputException>(() => parser.ParseDocument(DeepPage));

        error.Message.ShouldContain("nests too deeply to read");
        error.Message.ShouldNotContain("\n");

        // The thread's parser is reused for the next page.
        budget.Start();
        parser.ParseDocument("<p>The quay <b>reopened</b>.</p>").QuerySelector("b")!.TextContent.ShouldBe("reopened");
    }

    [TestMethod]
    public void A_page_within_the_limit_reads_and_the_budget_starts_again_for_each_page()
    {
        var (parser, _, budget) = HtmlArticleReader.CreateParser(TimeSpan.FromMilliseconds(400));
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>The quay <b>reopened</b> on Monday.</p>", 2_000)) + "</body></html>";
        budget.Start();
        parser.ParseDocument(page); // the first parse also compiles the parser's code

        for (var i = 0; i < 2; i++)
        {
            Thread.Sleep(450); // longer than the limit: only the time since Start counts
            budget.Start();
            parser.ParseDocument(page).QuerySelectorAll("p").Length.ShouldBe(2_000);
        }
    }

    [TestMethod]
    public void The_reader_reads_a_real_size_corpus_page_well_within_the_default_limit()
    {
        var page = File.ReadAllText(Checkers.CorpusPath("pages", "yahoo-2", "source.html"));

        var article = Checkers.Default.Read(new SourceText(page, "page.html"), ArticleFormat.Html);

        article.Blocks.ShouldNotBeEmpty();
    }
}
