using System.Text;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary>Pages that are huge, absurdly nested, bodiless, not articles or wrongly labelled: read with a note or a clear error, never a crash.</summary>
[TestClass]
public sealed class BadPageTests
{
    private static Article Read(string html) => new HtmlArticleReader().Read(new SourceText(html, "page.html"), ReaderOptions.Default);

    [TestMethod]
    public void ATwentyMegabytePageIsRead()
    {
        var html = new StringBuilder("<html><body><div class=\"nav\">");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a> ");
        }

        html.Append("</div><article>");
        const string paragraph = "<p>The council met on Tuesday evening to discuss the harbour budget, and members argued for three hours about the cost of dredging.</p>\n";
        while (html.Length < 20 * 1024 * 1024)
        {
            html.Append(paragraph);
        }

        html.Append("</article></body></html>");
        var article = Read(html.ToString());

        article.Blocks.Count.ShouldBeGreaterThan(100_000);
        article.Blocks.ShouldAllBe(b => b.Text.StartsWith("The council met", StringComparison.Ordinal));
    }

    [TestMethod]
    public void TenThousandDeepNestingNeitherOverflowsNorLosesTheText()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 10_000);
        html.Append("<p>A paragraph buried under ten thousand divs still counts as article text, and it has a comma.</p>");
        html.Insert(html.Length, "</div>", 10_000);
        html.Append("<p>A second paragraph sits at the top level of the body, after all the nesting is closed.</p></body></html>");

        var article = Read(html.ToString());

        article.Blocks.ShouldContain(b => b.Text.StartsWith("A paragraph buried", StringComparison.Ordinal));
    }

    [TestMethod]
    public void AFramesetGetsANoteAndNoText()
    {
        var article = Read("<html><head><title>Frames</title></head><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>");

        article.Blocks.ShouldBeEmpty();
        article.Notes.ShouldContain(n => n.Contains("no <body>", StringComparison.Ordinal));
    }

    [TestMethod]
    public void AnEmptyBodyGetsANoteAndNoText()
    {
        var article = Read("<html><head><title>Nothing here</title></head><body>  <script>var x = 1;</script> </body></html>");

        article.Blocks.ShouldBeEmpty();
        article.Notes.ShouldContain(n => n.Contains("no article text", StringComparison.Ordinal));
    }

    [TestMethod]
    public void AnIndexPageOfLinksIsNotedAsProbablyNotAnArticle()
    {
        var html = new StringBuilder("<html><body><main><h1>Latest news</h1>");
        for (var i = 0; i < 30; i++)
        {
            html.Append("<div class=\"card\"><h2><a href=\"/story/").Append(i).Append("\">Story headline number ").Append(i).Append(" about the harbour</a></h2><a href=\"/tag/x\">Local</a></div>");
        }

        var article = Read(html.Append("</main></body></html>").ToString());

        article.Notes.ShouldContain(n => n.Contains("may not be an article", StringComparison.Ordinal) || n.Contains("does not look like an article", StringComparison.Ordinal));
    }

    [TestMethod]
    public void AnUnknownDeclaredCharsetFallsBackToUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Tromsø harbour reopened on Friday after the storm, officials said.</p></body></html>");

        var article = new HtmlArticleReader().Read(SourceDecoder.Decode(bytes, "page.html", ArticleFormat.Html), ReaderOptions.Default);

        article.Blocks.ShouldContain(b => b.Text.StartsWith("Tromsø harbour", StringComparison.Ordinal));
    }

    [TestMethod]
    public void AMetaDeclaringUtf16IsReadAsUtf8AsBrowsersDo()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-16\"></head><body><p>Ålesund fish market opened early on Saturday, traders said.</p></body></html>");

        var article = new HtmlArticleReader().Read(SourceDecoder.Decode(bytes, "page.html", ArticleFormat.Html), ReaderOptions.Default);

        article.Blocks.ShouldContain(b => b.Text.StartsWith("Ålesund fish market", StringComparison.Ordinal));
    }

    [TestMethod]
    public void InvalidBytesUnderAnUnusableCharsetGiveAOneLineError()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Broken ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.ASCII.GetBytes(" text</p></body></html>")).ToArray();

        var error = Should.Throw<InputException>(() => SourceDecoder.Decode(bytes, "page.html", ArticleFormat.Html));

        error.Message.ShouldStartWith("page.html: invalid UTF-8 at byte ");
        error.Message.ShouldNotContain("\n");
    }
}
