using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Extraction;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary>Main-content detection on a whole page: the article stays, page furniture goes, positions hold.</summary>
[TestClass]
public sealed class MainContentTests
{
    private static Article Read(string html, BodyMode mode = BodyMode.Auto) =>
        new HtmlArticleReader().Read(new SourceText(html, "page.html"), new ReaderOptions { Body = mode });

    [TestMethod]
    public void EveryArticleParagraphIsKeptAndNoBoilerplateIsRead()
    {
        var article = Read(NewsPageFixture.Html);
        var text = string.Join("\n", article.Blocks.Select(b => b.Text));

        foreach (var paragraph in NewsPageFixture.ArticleParagraphs)
        {
            text.ShouldContain(paragraph);
        }

        foreach (var furniture in NewsPageFixture.Boilerplate)
        {
            text.ShouldNotContain(furniture, Case.Sensitive, $"'{furniture}' is page furniture");
        }
    }

    /// <summary>Short pages retry with looser rules (as Readability does); skipping a retry whose rule changed nothing must not skip these.</summary>
    [TestMethod]
    [DataRow("<div class=\"sidebar-story\"><p>The harbour reopened on Monday after a week of repairs.</p><p>Ferries will run to the old timetable from Wednesday.</p></div>",
        "the first attempt leaves out the unlikely-looking box")]
    [DataRow("<div class=\"promo\"><p>The harbour reopened on Monday after a week of repairs.</p><p>Ferries will run to the old timetable from Wednesday.</p></div>",
        "the box's class weighs against it until weights are dropped")]
    [DataRow("<div class=\"story\"><p>The harbour reopened on Monday after a week of repairs.</p><div>Ferries will run to the <a href=\"/t\">old timetable from Wednesday</a>, the operator said.</div></div>",
        "conditional cleaning drops the linked line until the last attempt")]
    public void A_brief_the_strict_rules_cut_is_read_whole_by_a_looser_attempt(string body, string why)
    {
        var text = ExtractedText.Of(Read($"<html><body>{body}</body></html>"));

        text.ShouldContain("The harbour reopened on Monday", customMessage: why);
        text.ShouldContain("Ferries will run to the old timetable", customMessage: why);
    }

    /// <summary>Archives from CMSs without &lt;p&gt; separate paragraphs by &lt;br&gt;&lt;br&gt;; read as one block, a sentence's window ran across them.</summary>
    [TestMethod]
    public void Two_line_breaks_in_a_row_end_a_paragraph_and_one_does_not()
    {
        var html = "<html><body><div class=\"story\">The harbour fire began late on Monday, the fire service said.<br><br>" +
                   "At least 5 people were hurt.<br>\n <br>The ferry ran late<br>and the port stayed shut.</div></body></html>";

        var article = Read(html);

        article.Blocks.Select(b => b.Text).ShouldBe([
            "The harbour fire began late on Monday, the fire service said.",
            "At least 5 people were hurt.",
            "The ferry ran late and the port stayed shut.",
        ]);
        // Each block still points at its own words in the page.
        article.Blocks[1].SourceSpan.ShouldBe(new TextSpan(html.IndexOf("At least", StringComparison.Ordinal), "At least 5 people were hurt.".Length));
        html.Substring(article.Blocks[2].SourceSpan.Start, article.Blocks[2].SourceSpan.Length).ShouldBe("The ferry ran late<br>and the port stayed shut.");
    }

    [TestMethod]
    public void A_byline_over_two_lines_names_only_the_first_lines_author()
    {
        var article = Read("<html><body><div class=\"story\"><p>By Jane Roe<br>Staff reporter</p><p>The council met on Monday to discuss the harbour budget, and the meeting ran late into the night, members said.</p></div></body></html>");

        article.Metadata.Authors.ShouldBe(["Jane Roe"]);
    }

    /// <summary>A footer has the most text on a brief's page; it used to be read as the article, and the brief not at all.</summary>
    [TestMethod]
    [DataRow("footer")]
    [DataRow("aside")]
    [DataRow("nav")]
    public void A_brief_over_a_long_footer_aside_or_navigation_is_read_as_the_article(string landmark)
    {
        var legal = string.Concat(Enumerable.Repeat(
            "<p>Nothing here may be reprinted, broadcast or rewritten without the written leave of the publisher, who keeps every right in every country.</p>", 8));
        var html = $"<html><body><article><h1>Harbour budget</h1><p>The council met on Monday to discuss the harbour budget, members said.</p>" +
                   $"<p>At least 5 people were hurt in a fire at the harbour last week.</p></article><{landmark}>{legal}</{landmark}></body></html>";

        var article = Read(html);

        article.Notes.ShouldNotContain(n => n.Contains("no article text", StringComparison.Ordinal));
        var body = string.Join("\n", article.Blocks.Where(b => b.Region == BlockRegion.Body).Select(b => b.Text));
        body.ShouldContain("At least 5 people were hurt");
        body.ShouldNotContain("Nothing here may be reprinted");
    }

    /// <summary>The attempt without class weights still cleans: a retry must not jump to the loosest attempt and read the link list.</summary>
    [TestMethod]
    public void A_story_in_a_box_weighed_against_is_found_without_weights_and_still_cleaned()
    {
        var html = "<html><body><div class=\"promo\">" +
                   "<p>The harbour reopened on Monday after a week of repairs to the north quay, its director, Ruth Alvarez, told reporters.</p>" +
                   "<p>Repairs cost the port authority about 40,000 euros, according to figures the authority published on its website on Friday.</p>" +
                   "<p>Ferries will run to the old timetable from Wednesday, and the night crossing returns at the end of the month, the operator said.</p>" +
                   "<p>Fishing crews, who moored at the south pier during the works, said the closure had cost them a week of landings.</p>" +
                   "<p>The authority said it would inspect the quay again in the spring before the summer season begins.</p>" +
                   "<div><a href=\"/a\">More harbour news</a> <a href=\"/b\">Ferry timetable</a> <a href=\"/c\">Port jobs</a></div></div></body></html>";

        var text = ExtractedText.Of(Read(html));

        text.ShouldContain("The harbour reopened on Monday");
        text.ShouldContain("inspect the quay again in the spring");
        text.ShouldNotContain("Port jobs");
    }

    [TestMethod]
    public void TakingTheWholePageKeepsTheFurnitureThatAutoDrops()
    {
        var text = ExtractedText.Of(Read(NewsPageFixture.Html, BodyMode.Whole));

        text.ShouldContain("Also read");
        text.ShouldContain("Others are reading now");
    }

    [TestMethod]
    public void CaptionsAndPullQuotesAreKeptButMarked()
    {
        var article = Read(NewsPageFixture.Html);

        article.Blocks.ShouldContain(b => b.Kind == BlockKind.Caption && b.Text.StartsWith("The north quay", StringComparison.Ordinal));
        article.Blocks.ShouldContain(b => b.Kind == BlockKind.PullQuote && b.Text.StartsWith("The channel will stay narrow", StringComparison.Ordinal));
    }

    [TestMethod]
    public void HeadlineIsTheFirstBlockAndBylineIsMetadataNotText()
    {
        var article = Read(NewsPageFixture.Html);

        article.Blocks[0].Kind.ShouldBe(BlockKind.Heading);
        article.Metadata.Authors.ShouldBe(["Marit Olsen"]);
        ExtractedText.Of(article).ShouldNotContain("By Marit Olsen");
    }

    [TestMethod]
    public void EveryBlockAndSentenceMapsBackToTheTextAsWritten()
    {
        var article = Read(NewsPageFixture.Html);

        foreach (var sentence in article.Sentences)
        {
            var span = sentence.Block.Content.ToSource(sentence.Span);
            var raw = NewsPageFixture.Html.Substring(span.Start, span.Length);
            System.Net.WebUtility.HtmlDecode(StripTags(raw)).ShouldBe(sentence.Text);
        }
    }

    [TestMethod]
    public void ParagraphsAroundADroppedTeaserStaySeparateBlocks()
    {
        var article = Read(NewsPageFixture.Html);

        var harbourMaster = article.Blocks.Single(b => b.Text.StartsWith("Harbour master", StringComparison.Ordinal));
        var next = article.Blocks[harbourMaster.Index + 1];
        next.Text.ShouldStartWith("Commuters who cross");
        harbourMaster.Sentences.Last().Text.ShouldEndWith("at the earliest.");
    }

    [TestMethod]
    public void MetadataComesFromThePage()
    {
        var metadata = Read(NewsPageFixture.Html).Metadata;

        metadata.Title.ShouldBe("Ferry timetable cut as harbour dredging overruns");
        metadata.Published.ShouldBe("2026-03-04T07:30:00Z");
        metadata.Language.ShouldBe("en-GB");
    }

    [TestMethod]
    public void TheSiteNameIsCutFromAPageTitleWhenNothingBetterIsDeclared()
    {
        var html = NewsPageFixture.Html.Replace("<meta property=\"og:title\" content=\"Ferry timetable cut as harbour dredging overruns\">", "", StringComparison.Ordinal);

        Read(html).Metadata.Title.ShouldBe("Ferry timetable cut as harbour dredging overruns");
    }

    [TestMethod]
    public void TheSeedPageTeasersAndReadingNowBoxYieldNoTextAndNoDiagnostic()
    {
        var source = SourceDecoder.ReadFile(Checkers.CorpusPath("seed", "article.html"), ArticleFormat.Html);
        var result = Checkers.Default.Check(source, ArticleFormat.Html);
        var teaserSpans = AsideSpans(source.Text).ToList();

        teaserSpans.Count.ShouldBeGreaterThanOrEqualTo(4);
        result.Article.Blocks.ShouldNotContain(b => b.Text.Contains("Also read", StringComparison.Ordinal) || b.Text.Contains("Others are reading now", StringComparison.Ordinal));
        result.Diagnostics.ShouldNotContain(d => teaserSpans.Any(s => s.Start <= d.Span.Start && d.Span.Start < s.End));
    }

    private static IEnumerable<TextSpan> AsideSpans(string html)
    {
        for (var start = html.IndexOf("<aside", StringComparison.Ordinal); start >= 0; start = html.IndexOf("<aside", start + 1, StringComparison.Ordinal))
        {
            var end = html.IndexOf("</aside>", start, StringComparison.Ordinal);
            yield return TextSpan.FromBounds(start, end);
        }
    }

    private static string StripTags(string raw) => System.Text.RegularExpressions.Regex.Replace(raw, "<[^>]*>", "");
}
