using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>
/// Every sentence the reader takes from a real news page, body and site footer, points at that sentence in the file:
/// the page's markup (inline scripts, iframes in the head, ad slots, broken attribute names) must not throw the source
/// cursor past the text.
/// </summary>
[TestClass]
public sealed class PagePositionTests
{
    [TestMethod]
    public void Every_sentence_of_every_corpus_page_starts_and_ends_where_its_text_is_in_the_file()
    {
        // The pages as saved, their expected main content as HTML, the seed page and the disclosure pages.
        var pages = Directory.GetFiles(Checkers.CorpusPath(), "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(90);
        var checkedSentences = 0;
        var wrong = new List<string>();
        foreach (var page in pages)
        {
            var source = SourceDecoder.ReadFile(page, ArticleFormat.Html);
            var article = Checkers.Default.Read(source, ArticleFormat.Html);
            foreach (var sentence in article.Sentences.Where(s => s.Text.Length >= 20))
            {
                var written = HtmlSourceText.Decode(source.Text.Substring(sentence.SourceSpan.Start, sentence.SourceSpan.Length));
                var text = string.Join(' ', sentence.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (!written.StartsWith(text[..8], StringComparison.Ordinal) || !written.EndsWith(text[^8..], StringComparison.Ordinal))
                {
                    wrong.Add($"{Path.GetRelativePath(Checkers.CorpusPath(), page)} at {sentence.SourceSpan.Start}: '{text[..20]}…' is written there as '{written[..Math.Min(20, written.Length)]}'");
                }

                checkedSentences++;
            }
        }

        checkedSentences.ShouldBeGreaterThan(1_000);
        wrong.ShouldBeEmpty();
    }

    [TestMethod]
    public void An_iframe_in_the_head_does_not_send_the_body_to_the_end_of_the_file()
    {
        // The iframe ends the head where it stands; the page's own </head> below closes nothing.
        var filler = string.Concat(Enumerable.Repeat("<meta name=\"x\" content=\"filler\">\n", 40));
        var page = "<html><head><script src=\"a.js\"></script><iframe src=\"t.html\"></iframe>\n" + filler +
                   "<title>Quay</title></head>\n<body><article><h1>Quay fire</h1>\n<p>The quay was closed on Monday after the fire.</p>\n" +
                   "<p>{|PC3001:Sources|} said the fire had started in a warehouse near the ferry terminal.</p>\n</article></body></html>";

        AnalyzerVerifier.Verify(page, ["PC3001"], ArticleFormat.Html);
    }
}
