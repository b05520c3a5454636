using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using TextSpan = ProvenanceCheck.Text.TextSpan;

namespace ProvenanceCheck.Tests.Infrastructure;

/// <summary>
/// Checks a marked-up article: the diagnostics of the rules under test must be exactly the marked
/// spans, no more and no fewer (like Roslyn's <c>VerifyAnalyzerAsync</c>).
/// </summary>
public static class AnalyzerVerifier
{
    public static CheckResult Verify(string markup, string[] rules, ArticleFormat format = ArticleFormat.Text, ArticleChecker? checker = null)
    {
        var (text, expected) = ArticleMarkup.Parse(markup);
        var result = Checkers.Check(text, format, checker);
        var actual = result.Diagnostics
            .Where(d => rules.Contains(d.Id))
            .Select(d => (d.Id, d.Span))
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id)
            .ToList();
        var wanted = expected.Where(e => rules.Contains(e.Id)).OrderBy(e => e.Span.Start).ThenBy(e => e.Id).ToList();
        actual.ShouldBe(wanted, Describe(text, actual, wanted));
        return result;
    }

    private static string Describe(string text, List<(string Id, TextSpan Span)> actual, List<(string Id, TextSpan Span)> expected)
    {
        static string Show(string text, IEnumerable<(string Id, TextSpan Span)> items) =>
            string.Join("; ", items.Select(i => $"{i.Id}:'{text.Substring(i.Span.Start, i.Span.Length)}'@{i.Span.Start}"));
        return $"expected [{Show(text, expected)}] but got [{Show(text, actual)}]";
    }
}
