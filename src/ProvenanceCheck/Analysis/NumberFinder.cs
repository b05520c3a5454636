using System.Globalization;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Finds number expressions among a sentence's tokens. Approximators ("more than") and vague quantities
/// ("dozens") come from the <c>approximators</c> and <c>vague-quantities</c> lexicons; cardinal number words
/// and scales are English number spelling and live here, with their values.
/// </summary>
public static class NumberFinder
{
    // Span lookups: reading "twenty-five" or "hundreds" must not allocate a substring per token.
    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpan = NumberWords.Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScalesBySpan = NumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    // By word id: most tokens are no number word, and an integer key answers that without hashing the word again.
    private static readonly Dictionary<int, double> UnitsById = ById(NumberWords.Units);

    private static readonly Dictionary<int, double> ScalesById = ById(NumberWords.Scales);

    /// <summary>Finds every number expression in the tokens.</summary>
    public static IReadOnlyList<NumberExpression> Find(IReadOnlyList<Token> tokens, string sentence, AnalysisLexicons lexicons)
    {
        var found = new List<NumberExpression>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var approxLength = lexicons.Approximators.MatchAt(tokens, i);
            var coreStart = i + approxLength;
            if (!TryReadCore(tokens, coreStart, lexicons.VagueQuantities, out var coreEnd, out var value, out var vague))
            {
                continue;
            }

            // "some" and "about" only approximate when a number follows; a bare "a" is no number.
            if (coreEnd == coreStart + 1 && tokens[coreStart].Lower is "a" or "an")
            {
                continue;
            }

            var start = tokens[i].Span.Start;
            var end = tokens[coreEnd - 1].Span.End;
            found.Add(new NumberExpression
            {
                Span = Text.TextSpan.FromBounds(start, end),
                Text = sentence[start..end],
                StartToken = i,
                EndToken = coreEnd,
                Value = vague ? null : value,
                IsApproximate = approxLength > 0,
                IsVague = vague,
                Unit = UnitAfter(tokens, coreEnd),
                IsAge = IsAge(tokens, coreStart, coreEnd),
            });
            i = coreEnd - 1;
        }

        return found;
    }

    private static bool TryReadCore(IReadOnlyList<Token> tokens, int i, PhraseMatcher vagueQuantities, out int end, out double value, out bool vague)
    {
        end = i;
        value = 0;
        vague = false;
        if (i >= tokens.Count)
        {
            return false;
        }

        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            // "1.8.3" (a version) or "1,2,3" is no quantity.
            if (!double.TryParse(token.Text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }

            end = i + 1;
            end = ReadScales(tokens, end, ref value);
            return true;
        }

        var vagueLength = vagueQuantities.MatchAt(tokens, i);
        if (vagueLength > 0)
        {
            vague = true;
            end = ReadOfChain(tokens, i + vagueLength);
            return true;
        }

        return ReadWords(tokens, i, out end, out value);
    }

    /// <summary>"hundreds of thousands", "tens of millions of": "of" joins a vague quantity to a plural scale word.</summary>
    private static int ReadOfChain(IReadOnlyList<Token> tokens, int end)
    {
        while (end + 1 < tokens.Count && tokens[end].Lower == "of" && IsPluralScale(tokens[end + 1].Lower))
        {
            end += 2;
        }

        return end;
    }

    /// <summary>"hundreds", "dozens": a scale word with a plural s (not the one-letter abbreviations).</summary>
    private static bool IsPluralScale(string word) =>
        word.Length > 3 && word[^1] == 's' && ScalesBySpan.ContainsKey(word.AsSpan(0, word.Length - 1));

    private static bool ReadWords(IReadOnlyList<Token> tokens, int i, out int end, out double value)
    {
        end = i;
        value = 0;
        double current = 0;
        var any = false;
        while (end < tokens.Count)
        {
            var word = tokens[end].Lower;
            if (TryWordValue(tokens[end], out var unit) && (word is not ("a" or "an") || !any))
            {
                current += unit;
                any = true;
                end++;
            }
            else if (ScalesById.TryGetValue(LexiconWords.IdOf(tokens[end]), out var scale) && word.Length > 2 && any)
            {
                current *= scale;
                if (scale >= 1000)
                {
                    value += current;
                    current = 0;
                }

                end++;
            }
            else if (word == "and" && any && end + 1 < tokens.Count && TryWordValue(tokens[end + 1], out _))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        value += current;
        if (!any)
        {
            return false;
        }

        // "a"/"an" alone, or "one" used as a pronoun, is kept; callers decide what counts.
        return true;
    }

    private static bool TryWordValue(in Token token, out double value)
    {
        if (UnitsById.TryGetValue(LexiconWords.IdOf(token), out value))
        {
            return true;
        }

        var word = token.Lower;
        var dash = word.IndexOf('-');
        if (dash > 0 && UnitsBySpan.TryGetValue(word.AsSpan(0, dash), out var tens) && UnitsBySpan.TryGetValue(word.AsSpan(dash + 1), out var ones))
        {
            value = tens + ones;
            return true;
        }

        return false;
    }

    private static int ReadScales(IReadOnlyList<Token> tokens, int end, ref double value)
    {
        while (end < tokens.Count && ScalesById.TryGetValue(LexiconWords.IdOf(tokens[end]), out var scale) && tokens[end].Lower != "dozen")
        {
            value *= scale;
            end++;
        }

        return end;
    }

    private static string? UnitAfter(IReadOnlyList<Token> tokens, int end)
    {
        var i = end;
        if (i < tokens.Count && tokens[i].IsPunct("-"))
        {
            i++;
        }

        if (i < tokens.Count && tokens[i].Lower == "of")
        {
            i++;
        }

        return i < tokens.Count && tokens[i].Kind == TokenKind.Word ? tokens[i].Lower : null;
    }

    private static bool IsAge(IReadOnlyList<Token> tokens, int start, int end)
    {
        var unit = UnitAfter(tokens, end);
        if (unit is not null && (unit.StartsWith("year-old", StringComparison.Ordinal) || unit.StartsWith("years-old", StringComparison.Ordinal) || unit == "year" && end + 1 < tokens.Count && tokens[end].IsPunct("-")))
        {
            return true;
        }

        if (end < tokens.Count && tokens[end].Lower is "years" && end + 1 < tokens.Count && tokens[end + 1].Lower == "old")
        {
            return true;
        }

        if (start > 0 && tokens[start - 1].Lower is "aged" or "age")
        {
            return true;
        }

        // "Yoon, 63, said": a number set off by commas right after a name.
        return start >= 2 && tokens[start - 1].IsPunct(",") && tokens[start - 2].IsCapitalized &&
               end < tokens.Count && tokens[end].IsPunct(",") && end == start + 1;
    }

    private static Dictionary<int, double> ById(Dictionary<string, double> byWord)
    {
        var words = byWord.Keys.ToList();
        var ids = LexiconWords.Add(words);
        return words.Select((word, i) => (ids[i], byWord[word])).ToDictionary(p => p.Item1, p => p.Item2);
    }
}
