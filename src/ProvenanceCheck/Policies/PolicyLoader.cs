using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Rules;
using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Policies;

/// <summary>
/// Loads policy files strictly: every file is parsed and validated before anything is used, so a
/// mistake anywhere rejects the whole set with <c>file:line:col: error: …</c> and nothing half-loads.
/// Lexicons are merged first (a file may define a list, or extend or replace one), then rules are built.
/// </summary>
public sealed partial class PolicyLoader
{
    private const string DefaultPrefix = "default:";
    private readonly Dictionary<string, IRuleKind> _kinds;

    /// <summary>Creates a loader that knows the given rule kinds.</summary>
    public PolicyLoader(IEnumerable<IRuleKind> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    /// <summary>The rule kinds this loader knows.</summary>
    public IEnumerable<string> KindNames => _kinds.Keys.Order(StringComparer.Ordinal);

    /// <summary>The embedded default policy set (<c>rules/</c> at the repository root).</summary>
    public static IReadOnlyList<PolicyFile> DefaultFiles()
    {
        var assembly = typeof(PolicyLoader).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new PolicyFile(DefaultPrefix + n, ReadResource(assembly, n)))];
    }

    /// <summary>Reads policy files from paths: files, or folders searched for *.yaml and *.yml.</summary>
    /// <exception cref="PolicyException">A path does not exist.</exception>
    public static IReadOnlyList<PolicyFile> ReadPaths(IEnumerable<string> paths)
    {
        var files = new List<PolicyFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new PolicyFile(f, SettingsFile.ReadText(f))));
            }
            else if (File.Exists(path))
            {
                files.Add(new PolicyFile(path, SettingsFile.ReadText(path)));
            }
            else
            {
                throw new PolicyException(path, 1, 1, "no such policy file or folder");
            }
        }

        return files;
    }

    /// <summary>Loads and compiles a policy set.</summary>
    /// <exception cref="PolicyException">Any file has a mistake.</exception>
    public PolicySet Load(IReadOnlyList<PolicyFile> files) => Load(files, []);

    /// <summary>
    /// Loads and compiles a policy set, replacing keys of rules' <c>options:</c> with configuration overrides
    /// (later overrides win) before each rule kind sees them.
    /// </summary>
    /// <exception cref="PolicyException">Any file or override has a mistake.</exception>
    public PolicySet Load(IReadOnlyList<PolicyFile> files, IReadOnlyList<Configuration.RuleOptionOverride> overrides)
    {
        var documents = files.Select(f => (File: f, Root: YamlNodeReader.Load(f.Name, f.Text))).ToList();
        var lexicons = LoadLexicons(documents.Select(d => d.Root));
        var lexiconSet = new LexiconSet(lexicons.Values);
        var analysisLexicons = new AnalysisLexicons(lexiconSet);
        var context = new PolicyContext(lexiconSet, analysisLexicons);
        var analyzers = new List<IRuleAnalyzer>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, root) in documents)
        {
            root.OptionalString("policy");
            root.OptionalString("description");
            ReadSettings(root, settings);
            foreach (var rule in RuleNodes(root))
            {
                var analyzer = LoadRule(rule, context, overrides);
                if (seen.TryGetValue(analyzer.Rule.Id, out var first))
                {
                    throw YamlNodeReader.Error(rule.File, rule.Node("id")!, $"duplicate rule id '{analyzer.Rule.Id}' (first defined in {first})");
                }

                seen[analyzer.Rule.Id] = rule.File;
                analyzers.Add(analyzer);
            }

            root.EnsureNoUnknownKeys("a policy file");
        }

        foreach (var unknown in overrides.Where(o => !seen.ContainsKey(o.RuleId)))
        {
            throw new PolicyException(unknown.Origin.File, unknown.Origin.Line, unknown.Origin.Column, $"options for '{unknown.RuleId}', but no rule of that id is loaded");
        }

        return new PolicySet(analyzers, lexiconSet, analysisLexicons, [.. files.Select(f => f.Name)], HashOf(files), settings);
    }

    private static void ReadSettings(YamlNodeReader root, Dictionary<string, string> settings)
    {
        if (root.OptionalMapping("settings") is not { } section)
        {
            return;
        }

        foreach (var (key, _, value) in section.Entries())
        {
            settings[key] = value is YamlScalarNode { Value: { } text } ? text : throw YamlNodeReader.Error(section.File, value, $"setting '{key}' must be a string");
        }
    }

    private static Dictionary<string, Lexicon> LoadLexicons(IEnumerable<YamlNodeReader> roots)
    {
        var lexicons = new Dictionary<string, Lexicon>(StringComparer.OrdinalIgnoreCase);
        foreach (var root in roots)
        {
            if (root.OptionalMapping("lexicons") is not { } section)
            {
                continue;
            }

            foreach (var (name, keyNode, value) in section.Entries())
            {
                var (entries, description, mode) = ReadLexicon(section.File, name, value);
                lexicons.TryGetValue(name, out var existing);
                lexicons[name] = (mode, existing) switch
                {
                    ("extend", null) => throw YamlNodeReader.Error(section.File, keyNode, $"cannot extend lexicon '{name}': no lexicon of that name is loaded"),
                    ("extend", _) => existing with { Entries = [.. existing.Entries, .. entries], Origins = [.. existing.Origins, section.File] },
                    ("define", not null) => throw YamlNodeReader.Error(section.File, keyNode, $"lexicon '{name}' is already defined in {string.Join(", ", existing.Origins)}; use 'extend: true' or 'replace: true'"),
                    _ => new Lexicon { Name = name, Entries = entries, Description = description ?? existing?.Description, Origins = [section.File] },
                };
            }
        }

        return lexicons;
    }

    private static (IReadOnlyList<string> Entries, string? Description, string Mode) ReadLexicon(string file, string name, YamlNode value)
    {
        if (value is YamlSequenceNode)
        {
            var wrapper = new YamlMappingNode { { "entries", value } };
            return (new YamlNodeReader(file, wrapper).OptionalStringList("entries")!, null, "define");
        }

        if (value is not YamlMappingNode mapping)
        {
            throw YamlNodeReader.Error(file, value, $"lexicon '{name}' must be a list of words or a mapping with 'entries'");
        }

        var reader = new YamlNodeReader(file, mapping);
        var entries = reader.OptionalStringList("entries") ?? throw reader.Error($"lexicon '{name}' needs 'entries'");
        var description = reader.OptionalString("description");
        var extend = reader.OptionalBool("extend") ?? false;
        var replace = reader.OptionalBool("replace") ?? false;
        reader.EnsureNoUnknownKeys($"lexicon '{name}'");
        if (extend && replace)
        {
            throw reader.Error($"lexicon '{name}': 'extend' and 'replace' cannot both be true");
        }

        return (entries, description, extend ? "extend" : replace ? "replace" : "define");
    }

    private static IEnumerable<YamlNodeReader> RuleNodes(YamlNodeReader root)
    {
        var node = root.Node("rules");
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw YamlNodeReader.Error(root.File, node, "'rules' must be a list of rules");
        }

        foreach (var item in sequence.Children)
        {
            yield return item is YamlMappingNode mapping
                ? new YamlNodeReader(root.File, mapping)
                : throw YamlNodeReader.Error(root.File, item, "each rule must be a mapping (id, title, message, kind, …)");
        }
    }

    private IRuleAnalyzer LoadRule(YamlNodeReader rule, PolicyContext context, IReadOnlyList<Configuration.RuleOptionOverride> overrides)
    {
        var id = rule.RequireString("id");
        if (!IdPattern().IsMatch(id))
        {
            throw YamlNodeReader.Error(rule.File, rule.Node("id")!, $"rule id '{id}' must be letters followed by digits, such as PC2001 or NEWS101");
        }

        var kindName = rule.RequireString("kind");
        if (!_kinds.TryGetValue(kindName, out var kind))
        {
            throw YamlNodeReader.Error(rule.File, rule.Node("kind")!, $"unknown rule kind '{kindName}' (known: {string.Join(", ", KindNames)})");
        }

        var severityText = rule.OptionalString("severity") ?? "warning";
        if (!SeverityNames.TryParse(severityText, out var severity))
        {
            throw YamlNodeReader.Error(rule.File, rule.Node("severity")!, $"severity must be error, warning, info or none, not '{severityText}'");
        }

        var examples = rule.OptionalMapping("examples");
        var descriptor = new RuleDescriptor
        {
            Id = id,
            Title = rule.RequireString("title"),
            MessageFormat = rule.RequireString("message"),
            Category = rule.OptionalString("category") ?? "General",
            DefaultSeverity = severity,
            Kind = kindName,
            HelpUri = rule.OptionalString("help"),
            Description = rule.OptionalString("description")?.Trim(),
            Tags = rule.OptionalStringList("tags") ?? [],
            Fix = rule.OptionalString("fix"),
            Fixes = ReadFixes(rule),
            CompliantExamples = examples?.OptionalStringList("compliant") ?? [],
            NonCompliantExamples = examples?.OptionalStringList("non-compliant") ?? [],
            Origin = rule.File,
        };
        examples?.EnsureNoUnknownKeys($"the examples of {id}");
        ValidatePlaceholders(rule, descriptor);
        var formats = ReadFormats(rule);
        var options = rule.OptionalMapping("options") ?? new YamlNodeReader(rule.File, new YamlMappingNode());
        options = ApplyOverrides(id, rule, options, overrides);
        rule.EnsureNoUnknownKeys($"rule {id}");
        var analyzer = kind.Create(descriptor, options, context);
        return formats is null ? analyzer : new FormatFilteredAnalyzer(analyzer, formats);
    }

    /// <summary>
    /// Copies the rule's options and replaces the keys the overrides set. Errors then point at the configuration
    /// file: the rule's own options were already validated when the same policies loaded without overrides.
    /// </summary>
    private static YamlNodeReader ApplyOverrides(string id, YamlNodeReader rule, YamlNodeReader options, IReadOnlyList<Configuration.RuleOptionOverride> overrides)
    {
        var applicable = overrides.Where(o => string.Equals(o.RuleId, id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (applicable.Count == 0)
        {
            return options;
        }

        var merged = new YamlMappingNode();
        if (rule.Node("options") is YamlMappingNode original)
        {
            foreach (var (key, value) in original.Children)
            {
                merged.Children[key] = value;
            }
        }

        foreach (var (key, value) in applicable.SelectMany(o => o.Options.Children))
        {
            merged.Children[key] = value;
        }

        return new YamlNodeReader(applicable[^1].Origin.File, merged);
    }

    private static IReadOnlyList<Fixes.FixDefinition> ReadFixes(YamlNodeReader rule)
    {
        var node = rule.Node("fixes");
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw YamlNodeReader.Error(rule.File, node, "'fixes' must be a list of {title, action, text}");
        }

        var fixes = new List<Fixes.FixDefinition>();
        foreach (var item in sequence.Children)
        {
            var fix = item is YamlMappingNode mapping ? new YamlNodeReader(rule.File, mapping) : throw YamlNodeReader.Error(rule.File, item, "each fix must be a mapping");
            var action = fix.RequireString("action");
            if (!Fixes.FixDefinition.Actions.Contains(action))
            {
                throw YamlNodeReader.Error(rule.File, fix.Node("action")!, $"unknown fix action '{action}' (known: {string.Join(", ", Fixes.FixDefinition.Actions)})");
            }

            var definition = new Fixes.FixDefinition
            {
                Title = fix.RequireString("title"),
                Action = action,
                Text = fix.OptionalString("text") ?? "",
                Before = fix.OptionalString("before") ?? "",
                After = fix.OptionalString("after") ?? "",
                Automatic = fix.OptionalBool("automatic") ?? true,
            };
            fix.EnsureNoUnknownKeys("a fix");
            if (action != "wrap-sentence" && definition.Text.Length == 0)
            {
                throw fix.Error($"fix action '{action}' needs 'text'");
            }

            fixes.Add(definition);
        }

        return fixes;
    }

    private static HashSet<Documents.ArticleFormat>? ReadFormats(YamlNodeReader rule)
    {
        if (rule.OptionalStringList("formats") is not { } names)
        {
            return null;
        }

        var formats = new HashSet<Documents.ArticleFormat>();
        foreach (var name in names)
        {
            if (!Documents.ArticleFormatNames.TryParse(name, out var format))
            {
                throw YamlNodeReader.Error(rule.File, rule.Node("formats")!, $"unknown format '{name}' (known: html, md, text)");
            }

            formats.Add(format);
        }

        return formats;
    }

    private static void ValidatePlaceholders(YamlNodeReader rule, RuleDescriptor descriptor)
    {
        var known = KindPlaceholders.GetValueOrDefault(descriptor.Kind, []);
        foreach (var name in MessageFormatter.Placeholders(descriptor.MessageFormat))
        {
            if (!MessageFormatter.CommonPlaceholders.Contains(name) && !known.Contains(name))
            {
                var allowed = string.Join(", ", MessageFormatter.CommonPlaceholders.Concat(known).Select(p => "{" + p + "}"));
                throw YamlNodeReader.Error(rule.File, rule.Node("message")!, $"unknown placeholder {{{name}}} in message (this kind allows {allowed})");
            }
        }
    }

    private static readonly Dictionary<string, string[]> KindPlaceholders = new(StringComparer.Ordinal)
    {
        ["attribution"] = ["source", "cue"],
        ["claim-needs-source"] = ["evidence"],
        ["require"] = ["missing"],
        ["metadata"] = ["field", "value", "problem"],
    };

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The hash a policy set loaded from <paramref name="files"/> has (<see cref="PolicySet.Hash"/>), without loading it.</summary>
    public static string HashOf(IEnumerable<PolicyFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.Name + "\n" + file.Text + "\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    [GeneratedRegex(@"^[A-Za-z]+[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
