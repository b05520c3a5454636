using System.Text.RegularExpressions;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;
using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Configuration;

/// <summary>
/// Reads <c>.provcheck.yaml</c> strictly, like a policy file: a misspelt key, a bad severity or a bad glob is a
/// <see cref="PolicyException"/> with <c>file:line:col</c>.
/// </summary>
public static partial class ConfigFileLoader
{
    /// <summary>The configuration file name searched for in each folder.</summary>
    public const string FileName = ".provcheck.yaml";

    /// <summary>Loads a configuration file from disk.</summary>
    /// <exception cref="PolicyException">The file has a mistake or cannot be read.</exception>
    public static ConfigFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PolicyException(path, 1, 1, Directory.Exists(path) ? $"is a folder; name the {FileName} in it" : "no such configuration file");
        }

        return Parse(path, SettingsFile.ReadText(path));
    }

    /// <summary>Parses configuration text; <paramref name="path"/> names it and anchors relative paths.</summary>
    public static ConfigFile Parse(string path, string text)
    {
        if (text.ReplaceLineEndings("\n").Split('\n').All(line => line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#')))
        {
            // An empty or all-comment file is a valid configuration that changes nothing (and does not stop the search).
            return new ConfigFile { Path = path };
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var root = YamlNodeReader.Load(path, text);
        var isRoot = root.OptionalBool("root") ?? false;
        var policies = ReadPolicies(root, directory);
        var defaults = root.Node("default-rules") is { } defaultsNode ? Setting(path, "default-rules", defaultsNode, root.OptionalBool("default-rules")!.Value ? "true" : "false") : null;
        var sections = new List<ConfigSection> { ReadSection(root, directory, files: null) };
        sections.AddRange(ReadOverrides(root, directory));
        root.EnsureNoUnknownKeys("a .provcheck.yaml file");
        return new ConfigFile { Path = path, Root = isRoot, Policies = policies, DefaultRules = defaults, Sections = sections };
    }

    private static List<ConfigSetting> ReadPolicies(YamlNodeReader root, string directory)
    {
        var node = root.Node("policies");
        var list = root.OptionalStringList("policies") ?? [];
        var items = node is YamlSequenceNode sequence ? sequence.Children : node is null ? [] : [node];
        return [.. list.Select((p, i) => PolicyPath(root.File, items[i], directory, p))];
    }

    /// <summary>
    /// A policy entry as a full path. A missing path is reported here, at the entry, because this is where the
    /// user must change it: the policy loader only knows the resolved path.
    /// </summary>
    private static ConfigSetting PolicyPath(string file, YamlNode at, string directory, string written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            throw YamlNodeReader.Error(file, at, "a 'policies' entry must name a policy file or folder");
        }

        var full = Path.GetFullPath(Path.Combine(directory, written));
        return File.Exists(full) || Directory.Exists(full)
            ? Setting(file, "policy", at, full)
            : throw YamlNodeReader.Error(file, at, $"policy '{written}' not found (no such file or folder: {full})");
    }

    private static IEnumerable<ConfigSection> ReadOverrides(YamlNodeReader root, string directory)
    {
        var node = root.Node("overrides");
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw YamlNodeReader.Error(root.File, node, "'overrides' must be a list of {files: [globs], rules: {…}}");
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                throw YamlNodeReader.Error(root.File, item, "each override must be a mapping with 'files'");
            }

            var reader = new YamlNodeReader(root.File, mapping);
            var globs = reader.OptionalStringList("files") ?? throw reader.Error("an override needs 'files' (a list of globs such as 'opinion/**')");
            if (globs.Count == 0 || globs.Any(string.IsNullOrWhiteSpace))
            {
                throw YamlNodeReader.Error(root.File, reader.Node("files")!, "'files' must list at least one non-empty glob");
            }

            var section = ReadSection(reader, directory, new GlobPattern(globs));
            reader.EnsureNoUnknownKeys("an override");
            yield return section;
        }
    }

    private static ConfigSection ReadSection(YamlNodeReader reader, string directory, GlobPattern? files) => new()
    {
        BaseDirectory = directory,
        Files = files,
        Severities = ReadSeverities(reader),
        RuleOptions = ReadRuleOptions(reader),
        Settings = ReadSettings(reader),
        FailOn = ReadFailOn(reader),
        RequireSuppressionReasons = reader.Node("require-suppression-reasons") is { } node
            ? Setting(reader.File, "require-suppression-reasons", node, reader.OptionalBool("require-suppression-reasons")!.Value ? "true" : "false")
            : null,
    };

    private static List<ConfigSetting> ReadSeverities(YamlNodeReader parent)
    {
        var settings = new List<ConfigSetting>();
        if (parent.OptionalMapping("rules") is not { } rules)
        {
            return settings;
        }

        foreach (var (key, keyNode, value) in rules.Entries())
        {
            if (!KeyPattern().IsMatch(key))
            {
                throw YamlNodeReader.Error(rules.File, keyNode, $"'{key}' is neither a rule id (PC2001) nor 'category:Name'");
            }

            if (value is not YamlScalarNode { Value: { } text } || !SeverityNames.TryParse(text, out _))
            {
                throw YamlNodeReader.Error(rules.File, value, $"the severity of {key} must be error, warning, info or none");
            }

            settings.Add(Setting(rules.File, key, keyNode, text.Trim().ToLowerInvariant()));
        }

        return settings;
    }

    private static List<RuleOptionOverride> ReadRuleOptions(YamlNodeReader parent)
    {
        var overrides = new List<RuleOptionOverride>();
        if (parent.OptionalMapping("options") is not { } options)
        {
            return overrides;
        }

        foreach (var (key, keyNode, value) in options.Entries())
        {
            if (value is not YamlMappingNode mapping)
            {
                throw YamlNodeReader.Error(options.File, value, $"the options of {key} must be a mapping, such as {{window: 2}}");
            }

            overrides.Add(new RuleOptionOverride(key, mapping, Setting(options.File, key, keyNode, "options")));
        }

        return overrides;
    }

    private static List<ConfigSetting> ReadSettings(YamlNodeReader parent)
    {
        var settings = new List<ConfigSetting>();
        if (parent.OptionalMapping("settings") is not { } section)
        {
            return settings;
        }

        foreach (var (key, keyNode, value) in section.Entries())
        {
            var text = value is YamlScalarNode { Value: { } scalar } ? scalar : throw YamlNodeReader.Error(section.File, value, $"setting '{key}' must be a string");
            settings.Add(Setting(section.File, key, keyNode, text));
        }

        return settings;
    }

    private static ConfigSetting? ReadFailOn(YamlNodeReader reader)
    {
        var node = reader.Node("fail-on");
        var text = reader.OptionalString("fail-on");
        if (node is null || text is null)
        {
            return null;
        }

        return SeverityNames.TryParse(text, out var level) && level != Severity.None
            ? Setting(reader.File, "fail-on", node, level.ToName())
            : throw YamlNodeReader.Error(reader.File, node, "'fail-on' must be error, warning or info");
    }

    private static ConfigSetting Setting(string file, string key, YamlNode at, string value) =>
        new(key, value, file, (int)at.Start.Line, (int)at.Start.Column);

    [GeneratedRegex(@"^([A-Za-z]+[0-9]+|category:[A-Za-z][\w-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
