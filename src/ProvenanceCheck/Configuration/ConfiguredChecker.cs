using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Configuration;

/// <summary>
/// Plans the check of each article from the configuration that applies to it, with command-line settings
/// laid on top: extra policies, <c>--no-default-rules</c> and an explicit <c>--fail-on</c> win over files.
/// </summary>
public sealed class ConfiguredChecker(CheckerFactory factory, ConfigResolver resolver, ConfiguredCheckerOptions options)
{
    /// <summary>The plan for the article at <paramref name="path"/> ("-" for standard input).</summary>
    /// <exception cref="Policies.PolicyException">A configuration or policy file has a mistake.</exception>
    public CheckPlan Plan(string path, CheckOptions baseOptions) => Plan(Resolve(path), baseOptions);

    /// <summary>
    /// The configuration for the article at <paramref name="path"/>; articles of one folder that the same sections
    /// apply to get the same instance (see <see cref="ConfigResolver"/>).
    /// </summary>
    /// <exception cref="Policies.PolicyException">A configuration file has a mistake.</exception>
    public EffectiveConfig Resolve(string path) => resolver.Resolve(path);

    /// <summary>The plan for an article under <paramref name="config"/>.</summary>
    /// <exception cref="Policies.PolicyException">A policy file has a mistake, or the configuration names no loaded rule or setting.</exception>
    public CheckPlan Plan(EffectiveConfig config, CheckOptions baseOptions)
    {
        var checker = factory.Get(SelectionFor(config));
        config.Validate(checker.Policies);
        return new CheckPlan(checker, config.ToCheckOptions(baseOptions), config, FailLevelFor(config));
    }

    /// <summary>
    /// The hash of the policy set an article under <paramref name="config"/> is checked with, read from the policy
    /// files without compiling them (see <see cref="CheckerFactory.PolicyHash"/>).
    /// </summary>
    /// <exception cref="Policies.PolicyException">A policy path does not exist.</exception>
    public string PolicyHashFor(EffectiveConfig config) => factory.PolicyHash(SelectionFor(config));

    /// <summary>The lowest severity that fails an article under <paramref name="config"/>: the command line's, else the file's, else warning.</summary>
    public Severity FailLevelFor(EffectiveConfig config) =>
        options.FailOn ?? (config.FailOn is { } setting && SeverityNames.TryParse(setting.Value, out var level) ? level : Severity.Warning);

    private PolicySelection SelectionFor(EffectiveConfig config) => config.Selection with
    {
        UseDefaultRules = config.UseDefaultRules && options.UseDefaultRules,
        PolicyPaths = [.. config.PolicyPaths, .. options.PolicyPaths.Select(Path.GetFullPath).Where(p => !config.PolicyPaths.Contains(p))],
    };
}
