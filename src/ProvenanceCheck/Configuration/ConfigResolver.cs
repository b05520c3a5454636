using System.Collections.Concurrent;

namespace ProvenanceCheck.Configuration;

/// <summary>
/// Finds and merges the configuration for each article, as .editorconfig does: from the article's folder
/// upwards until a file says <c>root: true</c>. Layers apply outermost first so that nearer files win:
/// every <c>.editorconfig</c>, then every <c>.provcheck.yaml</c> (or the one <c>--config</c> names); within a
/// file, its top level and then its <c>overrides:</c> in order. Parsed files are cached, so resolving
/// many articles in one tree reads each file once, and so are merged configurations: articles of one folder that
/// the same sections apply to share one <see cref="EffectiveConfig"/> instance, which callers may key caches on.
/// </summary>
public sealed class ConfigResolver
{
    private readonly string? _explicitConfig;
    private readonly ConcurrentDictionary<string, ConfigFile?> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<ConfigFile>> _layers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Folder, string Applies), EffectiveConfig> _merged = new();

    /// <summary>Creates a resolver; <paramref name="explicitConfig"/> replaces the search for <c>.provcheck.yaml</c>.</summary>
    public ConfigResolver(string? explicitConfig = null)
    {
        _explicitConfig = explicitConfig is null ? null : Path.GetFullPath(explicitConfig);
        if (_explicitConfig is not null)
        {
            _cache[_explicitConfig] = ConfigFileLoader.Load(_explicitConfig);
        }
    }

    /// <summary>The configuration for an article; "-" (standard input) resolves from the current folder.</summary>
    /// <exception cref="Policies.PolicyException">A configuration file has a mistake.</exception>
    public EffectiveConfig Resolve(string articlePath)
    {
        var fullPath = Path.GetFullPath(articlePath == "-" ? Path.Combine(Directory.GetCurrentDirectory(), "<stdin>") : articlePath);
        var folder = Path.GetDirectoryName(fullPath) ?? fullPath;
        var layers = _layers.GetOrAdd(folder, _ => LayersFor(fullPath));

        // Only the sections that apply make a difference between two articles of one folder.
        var applies = string.Create(layers.Sum(l => l.Sections.Count), (layers, fullPath), static (chars, state) =>
        {
            var i = 0;
            foreach (var section in state.layers.SelectMany(l => l.Sections))
            {
                chars[i++] = section.AppliesTo(state.fullPath) ? '1' : '0';
            }
        });
        return _merged.GetOrAdd((folder, applies), _ => Merge(layers, fullPath));
    }

    private List<ConfigFile> LayersFor(string fullPath)
    {
        var layers = new List<ConfigFile>();
        layers.AddRange(Discover(fullPath, EditorConfigReader.FileName));
        layers.AddRange(_explicitConfig is null ? Discover(fullPath, ConfigFileLoader.FileName) : [_cache[_explicitConfig]!]);
        return layers;
    }

    /// <summary>Merges layers (outermost first) for one file.</summary>
    public static EffectiveConfig Merge(IReadOnlyList<ConfigFile> layers, string fullPath)
    {
        var useDefaults = true;
        var policies = new List<string>();
        var severities = new Dictionary<string, ConfigSetting>(StringComparer.OrdinalIgnoreCase);
        var settings = new Dictionary<string, ConfigSetting>(StringComparer.Ordinal);
        var options = new List<RuleOptionOverride>();
        ConfigSetting? failOn = null;
        ConfigSetting? reasons = null;
        foreach (var layer in layers)
        {
            useDefaults = layer.DefaultRules is { } defaults ? defaults.Value == "true" : useDefaults;
            policies.AddRange(layer.Policies.Select(p => p.Value).Where(p => !policies.Contains(p)));
            foreach (var section in layer.Sections.Where(s => s.AppliesTo(fullPath)))
            {
                section.Severities.ToList().ForEach(s => severities[s.Key] = s);
                section.Settings.ToList().ForEach(s => settings[s.Key] = s);
                options.AddRange(section.RuleOptions);
                failOn = section.FailOn ?? failOn;
                reasons = section.RequireSuppressionReasons ?? reasons;
            }
        }

        return new EffectiveConfig
        {
            Files = [.. layers.Select(l => l.Path)],
            UseDefaultRules = useDefaults,
            PolicyPaths = policies,
            Severities = severities,
            Settings = settings,
            RuleOptions = options,
            FailOn = failOn,
            RequireSuppressionReasons = reasons?.Value == "true",
        };
    }

    private List<ConfigFile> Discover(string fullPath, string fileName)
    {
        var found = new List<ConfigFile>();
        for (var directory = Path.GetDirectoryName(fullPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Load(Path.Combine(directory, fileName)) is { } file)
            {
                found.Add(file);
                if (file.Root)
                {
                    break;
                }
            }
        }

        found.Reverse();
        return found;
    }

    private ConfigFile? Load(string path) => _cache.GetOrAdd(path, static p =>
    {
        if (!File.Exists(p))
        {
            return null;
        }

        var text = Policies.SettingsFile.ReadText(p);
        return Path.GetFileName(p) == EditorConfigReader.FileName ? EditorConfigReader.Parse(p, text) : ConfigFileLoader.Parse(p, text);
    });
}
