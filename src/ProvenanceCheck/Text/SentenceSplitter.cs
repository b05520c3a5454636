namespace ProvenanceCheck.Text;

/// <summary>
/// Splits a block of prose into sentences. Rule-based, in the manner of Punkt-style splitters:
/// a boundary is terminal punctuation, optional closing quotes or brackets, white space, and
/// something that can start a sentence; abbreviations, initials, decimals, URLs, e-mail addresses,
/// ellipses inside a sentence and punctuation inside parentheses do not end one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "cmdr", "adm", "maj", "brig",
        "gov", "sen", "rep", "rev", "fr", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "st", "mt", "ft",
        "no", "nos", "vol", "pp", "fig", "ca", "cf", "vs", "v", "approx", "dept", "est", "op", "ed", "eds",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "al", "ave", "blvd", "rd", "univ", "assn", "bros", "gov't",
    };

    private static readonly HashSet<string> FinalCapableAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "plc", "llc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a",
    };

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "There", "Here", "When", "While", "After",
        "Before", "If", "As", "Since", "For", "However", "Meanwhile", "Now", "Then", "Some", "Many", "Most", "One", "Two",
        "According", "Officials", "Police", "What", "Why", "How", "Who", "Despite", "Still", "Also", "By", "With",
    };

    /// <summary>Returns the spans of the sentences in <paramref name="text"/>, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text) => Split(text, []);

    /// <summary>
    /// Splits <paramref name="text"/>, also ending a sentence at a line break after which a new one plainly starts:
    /// a dateline, a credit or a label with no full stop before it ("LONDON", "Photo: Reuters", "By Jane Roe")
    /// is not the subject of the next line. A break before a lower-case word, or after punctuation that leads on
    /// (',', ':', '-'), is a wrapped line of one sentence.
    /// </summary>
    public static IReadOnlyList<TextSpan> Split(string text, IReadOnlyList<int> lineBreaks)
    {
        if (lineBreaks.Count == 0)
        {
            return SplitRun(text, 0, text.Length);
        }

        var spans = new List<TextSpan>();
        var start = 0;
        foreach (var lineBreak in lineBreaks)
        {
            if (lineBreak > start && lineBreak < text.Length && EndsLine(text, start, lineBreak))
            {
                spans.AddRange(SplitRun(text, start, lineBreak));
                start = lineBreak;
            }
        }

        spans.AddRange(SplitRun(text, start, text.Length));
        return spans;
    }

    private static bool EndsLine(string text, int start, int lineBreak)
    {
        var before = lineBreak - 1;
        while (before >= start && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = SkipSpace(text, lineBreak);
        return before >= start && after < text.Length && char.IsLetterOrDigit(text[before]) && char.IsUpper(text[after]);
    }

    /// <summary>The sentences of text[from..to], as spans of the whole text.</summary>
    private static IReadOnlyList<TextSpan> SplitRun(string text, int from, int to)
    {
        if (from == 0 && to == text.Length)
        {
            return SplitText(text);
        }

        return [.. SplitText(text[from..to]).Select(s => new TextSpan(s.Start + from, s.Length))];
    }

    private static IReadOnlyList<TextSpan> SplitText(string text)
    {
        var spans = new List<TextSpan>();
        var start = SkipSpace(text, 0);
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(' || c == '[')
            {
                depth++;
                continue;
            }

            if ((c == ')' || c == ']') && depth > 0)
            {
                depth--;
                continue;
            }

            if (!IsTerminal(c))
            {
                continue;
            }

            var end = FindBoundary(text, i, depth);
            if (end < 0)
            {
                continue;
            }

            AddTrimmed(spans, text, start, end);
            start = SkipSpace(text, end);
            i = start - 1;
            depth = 0;
        }

        AddTrimmed(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>Returns the end of the sentence whose terminal punctuation starts at <paramref name="i"/>, or -1.</summary>
    private static int FindBoundary(string text, int i, int depth)
    {
        var j = i;
        while (j < text.Length && IsTerminal(text[j]))
        {
            j++;
        }

        var k = j;
        while (k < text.Length && IsCloser(text[k]))
        {
            k++;
        }

        if (k >= text.Length)
        {
            return text.Length;
        }

        if (!char.IsWhiteSpace(text[k]))
        {
            return IsGluedBoundary(text, i, j, k) ? k : -1;
        }

        var next = SkipSpace(text, k);
        if (next >= text.Length)
        {
            return text.Length;
        }

        if (!CanStartSentence(text, next))
        {
            return -1;
        }

        if (depth > 0 && text.IndexOfAny([')', ']'], next) is var close && close >= 0 && close - next < 400)
        {
            return -1;
        }

        var isSinglePeriod = text[i] == '.' && j == i + 1;
        return isSinglePeriod && IsAbbreviationStop(text, i, next) ? -1 : k;
    }

    /// <summary>"…said.CreditJane Doe": a caption credit glued to the sentence.</summary>
    private static bool IsGluedBoundary(string text, int i, int j, int k) =>
        text[i] == '.' && j == i + 1 && k == j && i >= 2 &&
        char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) &&
        char.IsUpper(text[k]) && k + 1 < text.Length && char.IsLower(text[k + 1]) &&
        !IsInsideUrlOrAddress(text, i);

    private static bool IsInsideUrlOrAddress(string text, int i)
    {
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        return word.Contains("://", StringComparison.Ordinal) || word.Contains('@') || word.StartsWith("www", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAbbreviationStop(string text, int period, int next)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.' || text[wordStart - 1] == '\''))
        {
            wordStart--;
        }

        if (wordStart == period)
        {
            return false;
        }

        var word = text[wordStart..period];
        if (TitleAbbreviations.Contains(word))
        {
            return true;
        }

        var nextWord = ReadWord(text, next);
        if (FinalCapableAbbreviations.Contains(word) || (word.Contains('.') && word.Length <= 6))
        {
            return !SentenceStarters.Contains(nextWord);
        }

        // A single capital letter is an initial ("J. K. Rowling"), unless a sentence plainly follows.
        return word.Length == 1 && char.IsUpper(word[0]) && !SentenceStarters.Contains(nextWord);
    }

    private static string ReadWord(string text, int start)
    {
        var i = start;
        while (i < text.Length && !char.IsLetter(text[i]) && i - start < 3)
        {
            i++;
        }

        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[i..end];
    }

    private static bool CanStartSentence(string text, int index)
    {
        var c = text[index];
        if (char.IsUpper(c) || char.IsDigit(c) || c is '¿' or '¡' or '—' or '–' or '-' or '•' or '*')
        {
            return true;
        }

        if (c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«')
        {
            var k = index + 1;
            return k < text.Length && (char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '.' or '…');
        }

        return false;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddTrimmed(List<TextSpan> spans, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(TextSpan.FromBounds(start, end));
        }
    }
}
