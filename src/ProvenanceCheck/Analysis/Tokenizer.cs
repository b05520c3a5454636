using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>Splits a sentence into word, number and punctuation tokens with their spans.</summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, null);

    /// <summary>Splits <paramref name="text"/>, sharing each word's strings through <paramref name="words"/>.</summary>
    internal static IReadOnlyList<Token> Tokenize(string text, TokenWords? words)
    {
        var tokens = new List<Token>(text.Length / 5 + 4); // about one token per five characters of prose
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                i = ReadNumber(text, i);
                tokens.Add(MakeToken(text, start, i, TokenKind.Number, words));
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i);
                tokens.Add(MakeToken(text, start, i, TokenKind.Word, words));
            }
            else
            {
                i++;
                tokens.Add(new Token(PunctuationText(c), TextSpan.FromBounds(start, i), TokenKind.Punctuation));
            }
        }

        return tokens;
    }

    private static Token MakeToken(string text, int start, int end, TokenKind kind, TokenWords? words) =>
        words is null
            ? new Token(text[start..end], TextSpan.FromBounds(start, end), kind)
            : words.Get(text.AsSpan(start, end - start), TextSpan.FromBounds(start, end), kind);

    // A sentence has a punctuation token every few words; the ASCII marks share one string each.
    private static readonly string[] AsciiMarks = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string PunctuationText(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ReadWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '\'' or '’' or '-' or '‑' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i + 2 < text.Length && text[i + 2] == '.')
            {
                // Dotted abbreviations: U.S., a.m.
                i += 2;
            }
            else if (c == '.' && i >= 2 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
            {
                i++;
                break;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
