using System.Text;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary>A page with no article text gets its note and nothing else; a page with some text is still checked.</summary>
[TestClass]
public sealed class NotAnArticleCheckTests
{
    private const string Frameset = "<html><head><title>Frames</title></head><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>";
    private const string EmptyBody = "<html><head><title>Nothing here</title></head><body>  <script>var x = 1;</script> <nav><a href=\"/\">Home</a></nav></body></html>";

    [TestMethod]
    [DataRow(Frameset, "no <body>")]
    [DataRow(EmptyBody, "no article text")]
    [DataRow("<html><head><title>Head only</title></head></html>", "no article text")]
    public void APageWithNoArticleTextGetsItsNoteAndNoDiagnostics(string html, string note)
    {
        var result = Checkers.Check(html, ArticleFormat.Html);

        result.Article.Notes.ShouldContain(n => n.Contains(note, StringComparison.Ordinal));
        result.Diagnostics.ShouldBeEmpty();
    }

    [TestMethod]
    public void AnIndexPageWithSomeTextIsStillChecked()
    {
        var html = new StringBuilder("<html><body><main><h1>Latest news</h1>");
        for (var i = 0; i < 30; i++)
        {
            html.Append("<div class=\"card\"><h2><a href=\"/story/").Append(i).Append("\">Story headline number ").Append(i).Append(" about the harbour</a></h2></div>");
        }

        var result = Checkers.Check(html.Append("</main></body></html>").ToString(), ArticleFormat.Html);

        result.Article.Notes.ShouldContain(n => n.Contains("not", StringComparison.Ordinal) && n.Contains("article", StringComparison.Ordinal));
        result.Diagnostics.Select(d => d.Id).ShouldContain("PC1001");
    }

    [TestMethod]
    public void CheckExitsZeroWithTheNoteOnAFramesetAndOneOnAShortArticle()
    {
        using var temp = new TempFiles();
        var frames = temp.Write("frames.html", Frameset);
        var empty = temp.Write("empty.html", EmptyBody);
        var brief = temp.Write("brief.html", "<html><body><p>The harbour reopened on Monday, officials said.</p></body></html>");

        var none = ProvcheckProcess.Run("check", frames, empty);
        var some = ProvcheckProcess.Run("check", brief);

        none.ExitCode.ShouldBe(0, none.Stdout);
        none.Stdout.ShouldContain(frames + ": note: the page has no <body>");
        none.Stdout.ShouldContain(empty + ": note: no article text found in the page");
        none.Stdout.ShouldNotContain("PC");
        some.ExitCode.ShouldBe(1, some.Stdout);
        some.Stdout.ShouldContain("PC1001");
    }
}
