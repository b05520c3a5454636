using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Configuration;

/// <summary>
/// The configuration that applies to one article after every layer is merged: which policies load, the
/// severities, rule options and settings, the fail level, and where each value came from.
/// </summary>
public sealed record EffectiveConfig
{
    /// <summary>No configuration at all: the built-in rules with their own severities.</summary>
    public static EffectiveConfig Empty { get; } = new();

    /// <summary>The configuration files that were read, outermost first.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Whether the built-in rules load.</summary>
    public bool UseDefaultRules { get; init; } = true;

    /// <summary>Policy files and folders to load after the defaults.</summary>
    public IReadOnlyList<string> PolicyPaths { get; init; } = [];

    /// <summary>The winning severity setting for each rule id and <c>category:Name</c>.</summary>
    public IReadOnlyDictionary<string, ConfigSetting> Severities { get; init; } = new Dictionary<string, ConfigSetting>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rule option overrides, in the order they apply (later keys win).</summary>
    public IReadOnlyList<RuleOptionOverride> RuleOptions { get; init; } = [];

    /// <summary>The winning value of each policy setting.</summary>
    public IReadOnlyDictionary<string, ConfigSetting> Settings { get; init; } = new Dictionary<string, ConfigSetting>(StringComparer.Ordinal);

    /// <summary>The fail level, if a file sets one.</summary>
    public ConfigSetting? FailOn { get; init; }

    /// <summary>Whether suppressions must give reasons.</summary>
    public bool RequireSuppressionReasons { get; init; }

    /// <summary>The policies this configuration loads, as a key for a checker cache.</summary>
    public PolicySelection Selection => new(UseDefaultRules, PolicyPaths, RuleOptions);

    /// <summary>Check options carrying this configuration's severities; severities already in <paramref name="baseOptions"/> (per-call overrides) win.</summary>
    public CheckOptions ToCheckOptions(CheckOptions baseOptions)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, setting) in Severities)
        {
            SeverityNames.TryParse(setting.Value, out var severity);
            severities[key] = severity;
        }

        foreach (var (key, severity) in baseOptions.Severities)
        {
            severities[key] = severity;
        }

        return baseOptions with { Severities = severities, RequireSuppressionReasons = RequireSuppressionReasons || baseOptions.RequireSuppressionReasons };
    }

    /// <summary>The severity a rule has under this configuration and the setting it comes from.</summary>
    public (Severity Severity, string Origin) SeverityOf(RuleDescriptor rule)
    {
        if (Severities.TryGetValue(rule.Id, out var byId))
        {
            SeverityNames.TryParse(byId.Value, out var severity);
            return (severity, byId.Origin);
        }

        if (Severities.TryGetValue("category:" + rule.Category, out var byCategory))
        {
            SeverityNames.TryParse(byCategory.Value, out var severity);
            return (severity, $"{byCategory.Origin} (category:{rule.Category})");
        }

        return (rule.DefaultSeverity, $"default ({rule.Origin})");
    }

    /// <summary>
    /// Fails on a severity for a rule id or category that no loaded rule has, and on a setting that no loaded policy
    /// declares: a typo must not silently do nothing.
    /// </summary>
    /// <exception cref="Policies.PolicyException">A key names no loaded rule, category or setting.</exception>
    public void Validate(Policies.PolicySet policies)
    {
        ValidateSeverities(policies);
        ValidateSettings(policies);
    }

    private void ValidateSettings(Policies.PolicySet policies)
    {
        foreach (var setting in Settings.Values.Where(s => !policies.Settings.ContainsKey(s.Key)))
        {
            var known = policies.Settings.Count == 0
                ? "the loaded policies declare no settings"
                : "known settings: " + string.Join(", ", policies.Settings.Keys.Order(StringComparer.Ordinal));
            throw new Policies.PolicyException(setting.File, setting.Line, setting.Column, $"unknown setting '{setting.Key}' ({known})");
        }
    }

    private void ValidateSeverities(Policies.PolicySet policies)
    {
        var rules = policies.Rules.Concat(Suppressions.SuppressionRules.BuiltIn).ToList();
        foreach (var setting in Severities.Values)
        {
            var known = setting.Key.StartsWith("category:", StringComparison.OrdinalIgnoreCase)
                ? rules.Any(r => string.Equals("category:" + r.Category, setting.Key, StringComparison.OrdinalIgnoreCase))
                : rules.Any(r => string.Equals(r.Id, setting.Key, StringComparison.OrdinalIgnoreCase));
            if (!known)
            {
                var categories = string.Join(", ", rules.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal));
                throw new Policies.PolicyException(setting.File, setting.Line, setting.Column, $"'{setting.Key}' names no loaded rule or category (categories: {categories})");
            }
        }
    }
}
