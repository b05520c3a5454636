using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>The single most important property of the tree: every character maps back to the file as written.</summary>
[TestClass]
public sealed class SourceMapTests
{
    private static Article Read(string text, ArticleFormat format) =>
        Checkers.Default.Read(new SourceText(text, "t"), format);

    /// <summary>Finds <paramref name="phrase"/> in the article's text and returns the original source it maps to.</summary>
    private static string SourceOf(Article article, string phrase)
    {
        foreach (var block in article.Blocks)
        {
            var index = block.Text.IndexOf(phrase, StringComparison.Ordinal);
            if (index >= 0)
            {
                var span = block.Content.ToSource(new TextSpan(index, phrase.Length));
                return article.Source.Text.Substring(span.Start, span.Length);
            }
        }

        throw new ShouldAssertException($"'{phrase}' not found in {string.Join(" | ", article.Blocks.Select(b => b.Text))}");
    }

    [TestMethod]
    [DataRow("<p>Prices rose &ndash; sharply.</p>", "rose – sharply", "rose &ndash; sharply")]
    [DataRow("<p>Tom&aacute;s said so.</p>", "Tomás said", "Tom&aacute;s said")]
    [DataRow("<p>AT&amp;T and R&D&#x2019;s plan</p>", "AT&T and R&D’s plan", "AT&amp;T and R&D&#x2019;s plan")]
    [DataRow("<p>Legacy &copy 2025 entity</p>", "© 2025 entity", "&copy 2025 entity")]
    [DataRow("<p>A legacy &notit; reference, then words.</p>", "¬it; reference, then", "&notit; reference, then")]
    [DataRow("<p>Numeric &#8220;quote&#8221; here</p>", "“quote”", "&#8220;quote&#8221;")]
    [DataRow("<p>An <em>inline</em> <a href='x'>tag</a> run</p>", "inline tag run", "inline</em> <a href='x'>tag</a> run")]
    [DataRow("<p>Before<!-- a comment -->after</p>", "Beforeafter", "Before<!-- a comment -->after")]
    [DataRow("<p>Split\r\nover\r\nlines</p>", "Split over lines", "Split\r\nover\r\nlines")]
    [DataRow("<p>Stray</span> end tag</p>", "Stray end tag", "Stray</span> end tag")]
    [DataRow("<p>A <a title=\"x > y\" data-q='a>b' href=x>quoted</a> tag.</p>", "A quoted tag.", "A <a title=\"x > y\" data-q='a>b' href=x>quoted</a> tag.")]
    [DataRow("<p>An <a class=it's>apostrophe</a> in a tag.</p>", "An apostrophe in", "An <a class=it's>apostrophe</a> in")]
    [DataRow("<p>A <a title=\"\" we 'll=\"\" href=x>link</a> then text.</p><p>Next one.</p>", "Next one.", "Next one.")]
    [DataRow("<p>A <a href= 'x>y'>link</a> then text.</p>", "link then", "link</a> then")]
    [DataRow("<table><tr><td>First cell</td></tr>Stray words<tr><td>Second cell</td></tr></table>", "First cell", "First cell")]
    [DataRow("<table><tr><td>First cell</td></tr>Stray words<tr><td>Second cell</td></tr></table>", "Stray words", "Stray words")]
    [DataRow("<table><tr><td>First cell</td></tr>Stray words<tr><td>Second cell</td></tr></table>", "Second cell", "Second cell")]
    [DataRow("<p>A <script>var x = '<p>fake</p>';</script>real sentence.</p>", "real sentence.", "real sentence.")]
    [DataRow("<p>Emoji 🙂 then text.</p>", "🙂 then text", "🙂 then text")]
    [DataRow("<div>Unclosed <p>paragraph <b>bold", "paragraph bold", "paragraph <b>bold")]
    [DataRow("<html><body>\n<header>Site name</header>\n<p>One two.</p>\n<p>Three four.</p>", "One two.", "One two.")]
    [DataRow("<body><header><b>Site</b></header><article><header><h1>Head line</h1></header><p>Body text.</p></article>", "Body text.", "Body text.")]
    public void HtmlTextMapsToTheOriginalSource(string html, string phrase, string expectedSource)
    {
        SourceOf(Read(html, ArticleFormat.Html), phrase).ShouldBe(expectedSource);
    }

    [TestMethod]
    [DataRow("# Head &amp; line\r\n\r\nSome *em* text\r\nnext line.\r\n", "Some em text next line.", "Some *em* text\r\nnext line.")]
    [DataRow("---\ntitle: x\n---\n\nA [link](http://a.example) here.\n", "link here", "link](http://a.example) here")]
    [DataRow("Prices &ndash; up.\n", "– up", "&ndash; up")]
    [DataRow("> A quoted line\n> continues.\n", "A quoted line continues.", "A quoted line\n> continues.")]
    [DataRow("- first item\n- second item\n", "second item", "second item")]
    [DataRow("| day | event |\n| --- | --- |\n| Monday | Fire kills five at the quay |\n", "five", "five")]
    [DataRow("Run `provcheck check` now.\n", "check", "check")]
    public void MarkdownTextMapsToTheOriginalSource(string markdown, string phrase, string expectedSource)
    {
        SourceOf(Read(markdown, ArticleFormat.Markdown), phrase).ShouldBe(expectedSource);
    }

    [TestMethod]
    public void PlainTextWithBlankLinesJoinsWrappedLines()
    {
        var article = Read("Title line\r\n\r\nA paragraph that\r\nwraps here.\r\n\r\nSecond one.", ArticleFormat.Text);

        article.Blocks.Select(b => b.Text).ShouldBe(["Title line", "A paragraph that wraps here.", "Second one."]);
        article.Blocks[0].Kind.ShouldBe(BlockKind.Heading);
        SourceOf(article, "that wraps").ShouldBe("that\r\nwraps");
    }

    [TestMethod]
    public void PlainTextWithoutBlankLinesHasOneParagraphPerLine()
    {
        var article = Read("First sentence.\nSecond sentence.\nA heading\nThird.", ArticleFormat.Text);

        article.Blocks.Select(b => b.Text).ShouldBe(["First sentence.", "Second sentence.", "A heading", "Third."]);
        article.Blocks[2].Kind.ShouldBe(BlockKind.Heading);
    }

    [TestMethod]
    public void HtmlSkipsInvisibleAndNavigationText()
    {
        var article = Read(
            "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><header>Site</header>" +
            "<p>Visible text.</p><p hidden>Hidden text.</p><div aria-hidden=\"true\">Aria hidden.</div>" +
            "<p style=\"display: none\">Styled away.</p><aside>Aside.</aside><form>Form.</form><template>Tpl.</template>" +
            "<script>Script.</script><footer>Site footer.</footer></body></html>",
            ArticleFormat.Html);

        article.Blocks.Where(b => b.Region == BlockRegion.Body).Select(b => b.Text).ShouldBe(["Visible text."]);
        article.Blocks.Where(b => b.Region == BlockRegion.Footer).Select(b => b.Text).ShouldBe(["Site footer."]);
    }

    [TestMethod]
    public void HtmlUsesTheArticleElementAsTheBody()
    {
        var article = Read("<body><p>Outside.</p><article><h1>Head</h1><p>Inside.</p></article><p>After.</p></body>", ArticleFormat.Html);

        article.BodyBlocks.Select(b => b.Text).ShouldBe(["Head", "Inside."]);
        article.Blocks[0].Kind.ShouldBe(BlockKind.Heading);
        article.Blocks[0].Level.ShouldBe(1);
    }

    [TestMethod]
    public void HtmlBlocksKnowTheirKinds()
    {
        var article = Read(
            "<article><h2>Sub</h2><p class=\"byline\">By Ana Ruiz</p><ul><li>One item</li></ul><blockquote><p>Quoted.</p></blockquote>" +
            "<figure><img src=x><figcaption>A caption.</figcaption></figure></article>",
            ArticleFormat.Html);

        article.Blocks.Select(b => b.Kind).ShouldBe([BlockKind.Heading, BlockKind.Byline, BlockKind.ListItem, BlockKind.BlockQuote, BlockKind.Caption]);
        article.Metadata.Authors.ShouldContain("Ana Ruiz");
    }

    [TestMethod]
    public void HtmlLinksKeepTheirTextSpans()
    {
        var article = Read("<p>Read the <a href=\"https://example.org/r\">full report</a> today.</p>", ArticleFormat.Html);

        var link = article.Blocks[0].Links.ShouldHaveSingleItem();
        article.Blocks[0].Text.Substring(link.Span.Start, link.Span.Length).ShouldBe("full report");
        link.Target.ShouldBe("https://example.org/r");
    }

    [TestMethod]
    public void MetadataComesFromMetaJsonLdAndFrontMatter()
    {
        var html = Read(
            "<html lang=\"en\"><head><title>Page</title><meta name=\"author\" content=\"Kim Lee\">" +
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-01-02\",\"author\":[{\"name\":\"Ola Berg\"}]}</script>" +
            "</head><body><p>Text.</p></body></html>",
            ArticleFormat.Html);
        html.Metadata.Title.ShouldBe("Page");
        html.Metadata.Authors.ShouldBe(["Kim Lee", "Ola Berg"]);
        html.Metadata.Published.ShouldBe("2026-01-02");
        html.Metadata.Language.ShouldBe("en");

        var markdown = Read("---\ntitle: Ferry news\nauthor: Ewan Ross\ndate: 2026-01-20\nai_assisted: true\n---\n\nText.\n", ArticleFormat.Markdown);
        markdown.Metadata.Title.ShouldBe("Ferry news");
        markdown.Metadata.Authors.ShouldBe(["Ewan Ross"]);
        markdown.Metadata.Published.ShouldBe("2026-01-20");
        var flag = markdown.Metadata.Find("ai_assisted").ShouldNotBeNull();
        flag.Value.ShouldBe("true");
        markdown.Source.Text.Substring(flag.SourceSpan.Start, flag.SourceSpan.Length).ShouldBe("true");
    }
}
