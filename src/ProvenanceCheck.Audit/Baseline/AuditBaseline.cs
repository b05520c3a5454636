using System.Security.Cryptography;
using System.Text;

namespace ProvenanceCheck.Audit.Baseline;

/// <summary>
/// The audit baseline: a text file with one fingerprint per line (<c>#</c> starts a comment). A fingerprint
/// is the first 16 bytes, in hex, of SHA-256 over the article id, the rule id, the flagged sentence
/// normalised (lower case, NFKC, white space collapsed) and the occurrence number of that rule and sentence
/// in the article. Offsets are left out on purpose, so edits elsewhere in an article do not revive old findings.
/// </summary>
public static class AuditBaseline
{
    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="Documents.InputException">The file is missing.</exception>
    public static HashSet<string> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new Documents.InputException($"{path}: no such baseline file");
        }

        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Writes a baseline file.</summary>
    public static void Write(string path, IEnumerable<string> fingerprints)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine("# provcheck audit baseline: one fingerprint per line (article id + rule + normalised sentence + occurrence)");
        foreach (var fingerprint in fingerprints)
        {
            writer.WriteLine(fingerprint);
        }
    }

    /// <summary>The fingerprint of one diagnostic.</summary>
    public static string Fingerprint(string articleId, string ruleId, string sentence, int occurrence)
    {
        var text = $"{articleId}\n{ruleId}\n{Normalise(sentence)}\n{occurrence}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    /// <summary>Lower case, NFKC and single spaces, so typography and wrapping do not change a fingerprint.</summary>
    public static string Normalise(string sentence)
    {
        var builder = new StringBuilder(sentence.Length);
        var space = false;
        foreach (var c in sentence.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
