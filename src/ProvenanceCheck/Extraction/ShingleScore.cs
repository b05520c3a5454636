using System.Text.RegularExpressions;

namespace ProvenanceCheck.Extraction;

/// <summary>
/// Precision, recall and F1 of extracted text against expected text, counted over token shingles
/// (runs of <see cref="ShingleLength"/> word tokens, as a multiset) — the measure of the
/// article-extraction benchmarks, which rewards the right text in the right order.
/// </summary>
/// <param name="Precision">Share of extracted shingles that are expected.</param>
/// <param name="Recall">Share of expected shingles that were extracted.</param>
/// <param name="F1">Harmonic mean of the two.</param>
public sealed partial record ShingleScore(double Precision, double Recall, double F1)
{
    /// <summary>Tokens per shingle.</summary>
    public const int ShingleLength = 4;

    /// <summary>Scores <paramref name="actual"/> against <paramref name="expected"/>. Two empty texts agree perfectly.</summary>
    public static ShingleScore Compare(string expected, string actual)
    {
        var expectedShingles = Shingles(expected);
        var actualShingles = Shingles(actual);
        var expectedTotal = expectedShingles.Values.Sum();
        var actualTotal = actualShingles.Values.Sum();
        if (expectedTotal == 0 && actualTotal == 0)
        {
            return new ShingleScore(1, 1, 1);
        }

        var matched = 0;
        foreach (var (shingle, count) in actualShingles)
        {
            matched += Math.Min(count, expectedShingles.GetValueOrDefault(shingle));
        }

        var precision = actualTotal == 0 ? 0 : (double)matched / actualTotal;
        var recall = expectedTotal == 0 ? 0 : (double)matched / expectedTotal;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ShingleScore(precision, recall, f1);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = Math.Min(ShingleLength, tokens.Count);
        for (var i = 0; n > 0 && i + n <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(n));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
