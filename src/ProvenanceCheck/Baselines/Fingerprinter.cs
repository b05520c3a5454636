using System.Security.Cryptography;
using System.Text;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Baselines;

/// <summary>
/// Computes fingerprints that survive edits elsewhere in the file: the rule id, the flagged sentence with
/// whitespace and case normalised, and which occurrence of that (rule, sentence) pair it is. Line numbers and
/// offsets play no part, so inserting a paragraph above a finding does not make it new.
/// </summary>
public static class Fingerprinter
{
    /// <summary>The fingerprints of one article's diagnostics, in the same order.</summary>
    public static IReadOnlyList<string> Compute(IReadOnlyList<Diagnostic> diagnostics)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new List<string>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var basis = diagnostic.Id + "\n" + Normalize(diagnostic.Sentence ?? diagnostic.Text);
            var occurrence = occurrences.GetValueOrDefault(basis);
            occurrences[basis] = occurrence + 1;
            fingerprints.Add(Hash(basis + "\n" + occurrence));
        }

        return fingerprints;
    }

    /// <summary>Lower case, single spaces, typographic quotes and dashes folded.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
