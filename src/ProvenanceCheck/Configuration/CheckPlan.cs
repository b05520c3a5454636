using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Configuration;

/// <summary>How one article is to be checked: the checker for its policies, its options and its configuration.</summary>
/// <param name="Checker">The checker compiled for the article's policies and rule options.</param>
/// <param name="Options">The check options, with the configured severities.</param>
/// <param name="Config">The merged configuration.</param>
/// <param name="FailLevel">The lowest severity that fails the article.</param>
public sealed record CheckPlan(ArticleChecker Checker, CheckOptions Options, EffectiveConfig Config, Severity FailLevel)
{
    /// <summary>Policy settings with the configuration's settings laid over them (for fixes).</summary>
    public IReadOnlyDictionary<string, string> Settings
    {
        get
        {
            var settings = new Dictionary<string, string>(Checker.Policies.Settings, StringComparer.Ordinal);
            foreach (var (key, setting) in Config.Settings)
            {
                settings[key] = setting.Value;
            }

            return settings;
        }
    }
}
