using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Configuration;

/// <summary>
/// Reads the ProvenanceCheck keys of an <c>.editorconfig</c>:
/// <c>provcheck_diagnostic.PC2001.severity = error</c> and <c>provcheck_diagnostic.category-Sourcing.severity = none</c>
/// in glob sections. Other keys belong to other tools and are ignored.
/// </summary>
public static class EditorConfigReader
{
    /// <summary>The file name searched for in each folder.</summary>
    public const string FileName = ".editorconfig";

    private const string Prefix = "provcheck_diagnostic.";
    private const string Suffix = ".severity";

    /// <summary>Parses an .editorconfig file's text.</summary>
    /// <exception cref="PolicyException">A ProvenanceCheck key has a bad value.</exception>
    public static ConfigFile Parse(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var isRoot = false;
        var sections = new List<ConfigSection>();
        string? glob = null;
        var severities = new List<ConfigSetting>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                Flush(sections, directory, glob, severities);
                glob = line[1..^1];
                severities = [];
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (glob is null && key.Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if (glob is not null && TryRuleKey(key, out var ruleKey))
            {
                if (!SeverityNames.TryParse(value, out _))
                {
                    throw new PolicyException(path, i + 1, equals + 2, $"the severity of {ruleKey} must be error, warning, info or none, not '{value}'");
                }

                severities.Add(new ConfigSetting(ruleKey, value.ToLowerInvariant(), path, i + 1, 1));
            }
        }

        Flush(sections, directory, glob, severities);
        return new ConfigFile { Path = path, Root = isRoot, Sections = sections };
    }

    private static bool TryRuleKey(string key, out string ruleKey)
    {
        ruleKey = "";
        if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) || key.Length <= Prefix.Length + Suffix.Length)
        {
            return false;
        }

        var middle = key[Prefix.Length..^Suffix.Length];
        ruleKey = middle.StartsWith("category-", StringComparison.OrdinalIgnoreCase) ? "category:" + middle["category-".Length..] : middle.ToUpperInvariant();
        return true;
    }

    /// <summary>Keeps a section only if it has ProvenanceCheck keys: other tools' globs are never compiled.</summary>
    private static void Flush(List<ConfigSection> sections, string directory, string? glob, List<ConfigSetting> severities)
    {
        if (glob is not null && severities.Count > 0)
        {
            sections.Add(new ConfigSection { BaseDirectory = directory, Files = new GlobPattern([glob]), Severities = severities });
        }
    }
}
