using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Documents.PlainText;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary>A date the reader sees near the story is its publication date (PC4002 said "no publication date" under it).</summary>
[TestClass]
public sealed class DatelineTests
{
    private const string Story = "<p>The ferry operator said on Monday that winter crossings would be cut to four a day.</p>";

    [TestMethod]
    [DataRow("<p>Published 20 November 2026</p>", "20 November 2026")]
    [DataRow("<p>Updated: Nov. 20, 2026, 9:14 a.m.</p>", "Nov. 20, 2026, 9:14 a.m.")]
    [DataRow("<p>Friday, November 20, 2026 at 9:14 am EST</p>", "Friday, November 20, 2026 at 9:14 am EST")]
    [DataRow("<p>Posted on 2026-11-20</p>", "2026-11-20")]
    [DataRow("<p>By Ann Lee | 20 November 2026</p>", "20 November 2026")]
    [DataRow("<p>LONDON, 20 November 2026 (Reuters) — The ferry operator cut winter crossings.</p>", "20 November 2026")]
    [DataRow("<p>Feb. 23, 2015 -- The ferry operator cut winter crossings.</p>", "Feb. 23, 2015")]
    public void AVisibleDatelineIsThePublicationDate(string dateline, string expected)
    {
        PublishedIn($"<article><h1>Ferry cuts</h1>{dateline}{Story}</article>").ShouldBe(expected);
    }

    [TestMethod]
    [DataRow("<p>November 20, 2026 was a day the harbour will remember.</p>")]
    [DataRow("<p>The vote on the crossings is on 20 November 2026.</p>")]
    public void ADateInASentenceIsNotADateline(string paragraph)
    {
        PublishedIn($"<article><h1>Ferry cuts</h1>{paragraph}{Story}</article>").ShouldBeNull();
    }

    [TestMethod]
    public void TheDateInTheMarkupWins()
    {
        PublishedIn("<article><h1>Ferry cuts</h1><p>Updated 21 November 2026</p>" + Story + "</article>", "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00Z\">")
            .ShouldBe("2026-11-20T08:00:00Z");
    }

    [TestMethod]
    public void PlainTextHasDatelinesToo()
    {
        var article = new PlainTextArticleReader().Read(new SourceText("Ferry cuts\n\nBy Ann Lee\n\nPublished 20 November 2026\n\nThe operator cut crossings.\n", "f.txt"), ReaderOptions.Default);

        article.Metadata.Published.ShouldBe("20 November 2026");
        article.Metadata.Find("published").ShouldNotBeNull().Origin.ShouldBe("dateline");
    }

    private static string? PublishedIn(string body, string head = "") =>
        new HtmlArticleReader().Read(new SourceText($"<html><head>{head}</head><body>{body}</body></html>", "page.html"), ReaderOptions.Default).Metadata.Published;
}
