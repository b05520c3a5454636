using System.Text;
using Wcwidth;

namespace ProvenanceCheck.Reporting;

/// <summary>
/// Article text as a terminal shows it: how many cells it takes (a CJK character two, a combining accent none), and
/// with control characters replaced, so a snippet can neither move the carets off its words nor drive the terminal
/// (an escape sequence in an article would otherwise reach it as written).
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with tabs as spaces and every other control character as U+FFFD, one for one.</summary>
    public static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = c == '\t' ? ' ' : char.IsControl(c) ? '\uFFFD' : c;
            }
        });
    }

    /// <summary>The cells the text takes once made <see cref="Printable"/>.</summary>
    public static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // Controls print as U+FFFD (one cell); zero-width joiners and combining marks take none.
            width += Rune.IsControl(rune) ? 1 : Math.Max(0, UnicodeCalculator.GetWidth(rune));
        }

        return width;
    }
}
