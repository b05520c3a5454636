using ProvenanceCheck.Documents;
using ProvenanceCheck.Reporting;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Reporting;

/// <summary>
/// The underline is drawn in terminal cells, not UTF-16 code units: a wide character takes two cells and a combining
/// accent none, so counting code units put the carets under the wrong words on any line that holds them.
/// </summary>
[TestClass]
public sealed class TextReportWriterTests
{
    [TestMethod]
    [DataRow("東京 At least 4 people died in the fire.", 5)] // wide: two cells each
    [DataRow("Cafe\u0301 fire: at least 4 people died.", 11)] // e + combining acute: one cell
    [DataRow("🔥 At least 4 people died in the fire.", 3)] // an emoji outside the BMP: two code units, two cells
    [DataRow("Ta\u0007ra: at least 4 people died.", 7)] // a control character is shown as one cell
    public void TheCaretsStandUnderTheFlaggedWordsOnScreen(string line, int cellsBefore)
    {
        var (snippet, carets) = Snippet($"Harbour fire\n\nNo AI was used in this article.\n\n{line}\n", "PC2001");

        carets.ShouldBe(new string(' ', cellsBefore) + "^^^^^^^^^^", $"under: {snippet}");
    }

    [TestMethod]
    public void ControlCharactersInTheArticleAreNotSentToTheTerminal()
    {
        var (snippet, _) = Snippet("Harbour fire\n\nNo AI was used in this article.\n\nQuay \u001b[2J fire: at least 4 people died.\n", "PC2001", keepOnly: false);

        snippet.ShouldNotContain("\u001b");
        snippet.ShouldContain("Quay \uFFFD[2J fire");
    }

    private static (string Snippet, string Carets) Snippet(string text, string id, bool keepOnly = true)
    {
        var result = Checkers.Default.Check(new SourceText(text, "fire.txt"), ArticleFormat.Text);
        using var output = new StringWriter();
        new TextReportWriter(output, color: false).Write([result]);
        var lines = output.ToString().Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains($": warning {id}: ", StringComparison.Ordinal));
        index.ShouldBeGreaterThanOrEqualTo(0, output.ToString());
        var snippet = lines[index + 1];
        var carets = lines[index + 2];
        var gutter = snippet.IndexOf(" | ", StringComparison.Ordinal) + 3;
        return (snippet[gutter..], keepOnly ? carets[gutter..] : carets);
    }
}
