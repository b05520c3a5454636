using System.Text;
using System.Text.RegularExpressions;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Infrastructure;

/// <summary>
/// Roslyn-style analyzer test markup: <c>{|PC2001:flagged words|}</c> marks where a diagnostic is
/// expected. Parsing returns the plain article and the expected (id, span) pairs.
/// </summary>
public static partial class ArticleMarkup
{
    public static (string Text, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var text = new StringBuilder();
        var expected = new List<(string, TextSpan)>();
        var open = new Stack<(string Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            var match = OpenPattern().Match(markup, i);
            var close = markup.IndexOf("|}", i, StringComparison.Ordinal);
            var nextOpen = match.Success ? match.Index : -1;
            var next = Next(nextOpen, close);
            if (next < 0)
            {
                text.Append(markup, i, markup.Length - i);
                break;
            }

            text.Append(markup, i, next - i);
            if (next == nextOpen)
            {
                open.Push((match.Groups[1].Value, text.Length));
                i = next + match.Length;
            }
            else
            {
                var (id, start) = open.Pop();
                expected.Add((id, TextSpan.FromBounds(start, text.Length)));
                i = next + 2;
            }
        }

        open.Count.ShouldBe(0, "unclosed {| markup");
        return (text.ToString(), expected);
    }

    private static int Next(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    [GeneratedRegex(@"\{\|([A-Za-z]+[0-9]+):")]
    private static partial Regex OpenPattern();
}
