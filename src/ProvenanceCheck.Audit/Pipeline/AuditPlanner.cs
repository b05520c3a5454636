using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// Plans the check of each audited file as <c>provcheck check</c> would: its <c>.provcheck.yaml</c> (found from
/// the file's folder upwards, or the one <c>--config</c> names) with the command line on top. Articles inside an
/// archive (zip, WARC, WXR, JSON Lines) are planned by the archive file's path: one configuration for the whole archive.
/// Articles that get the same configuration share one plan, so an archive of many articles in few folders plans
/// (and hashes the plan) a few times, not once per article.
/// </summary>
public sealed class AuditPlanner
{
    // A new build of the engine may find other things in the same article: its results are not reused.
    private static readonly string ThisEngine =
        typeof(ArticleChecker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private readonly string _engineVersion = ThisEngine;
    private readonly Func<string, EffectiveConfig> _resolve;
    private readonly Func<EffectiveConfig, AuditPlan> _plan;
    private readonly ArticleFormat? _forcedFormat;

    // Keyed by instance: the resolver hands out one configuration instance per folder and set of applying sections.
    private readonly ConcurrentDictionary<EffectiveConfig, AuditPlan> _plans = new(ReferenceEqualityComparer.Instance);

    /// <summary>One checker and one set of options for every article, no configuration files.</summary>
    public AuditPlanner(ArticleChecker checker, CheckOptions options, Severity failLevel = Severity.Warning, ArticleFormat? forcedFormat = null)
    {
        _forcedFormat = forcedFormat;
        var fixedPlan = Plan(() => checker, options, EffectiveConfig.Empty, failLevel, checker.Policies.Hash);
        _resolve = _ => EffectiveConfig.Empty;
        _plan = _ => fixedPlan;
    }

    /// <summary>Each file planned from its configuration, on top of <paramref name="baseOptions"/> (the reader options).</summary>
    public AuditPlanner(ConfiguredChecker configured, CheckOptions baseOptions, ArticleFormat? forcedFormat = null)
        : this(configured, baseOptions, forcedFormat, ThisEngine)
    {
    }

    /// <summary>As if run by the engine of version <paramref name="engineVersion"/> (for tests of what a new build re-checks).</summary>
    internal AuditPlanner(ConfiguredChecker configured, CheckOptions baseOptions, ArticleFormat? forcedFormat, string engineVersion)
    {
        _engineVersion = engineVersion;
        _forcedFormat = forcedFormat;
        _resolve = configured.Resolve;
        _plan = config => Plan(
            () => configured.Plan(config, baseOptions).Checker,
            config.ToCheckOptions(baseOptions),
            config,
            configured.FailLevelFor(config),
            configured.PolicyHashFor(config));
    }

    /// <summary>The plan for the articles of the file or archive at <paramref name="sourcePath"/>; its checker is compiled on first use.</summary>
    /// <exception cref="Policies.PolicyException">A configuration file has a mistake, or a policy path does not exist.</exception>
    public AuditPlan For(string sourcePath) => _plans.GetOrAdd(_resolve(sourcePath), _plan);

    /// <summary>The plan for an input as typed: a folder is planned as a file inside it, so its own configuration counts.</summary>
    public AuditPlan ForInput(string input) => For(Directory.Exists(input) ? Path.Combine(input, "<audit>") : input);

    private AuditPlan Plan(Func<ArticleChecker> compile, CheckOptions options, EffectiveConfig config, Severity failLevel, string policyHash) =>
        new(compile, options, failLevel, policyHash, DecisionHash(options, config, failLevel, policyHash));

    private string DecisionHash(CheckOptions options, EffectiveConfig config, Severity failLevel, string policyHash)
    {
        var text = new StringBuilder();
        text.Append("engine=").Append(_engineVersion).Append('\n');
        text.Append("policies=").Append(policyHash).Append('\n');
        text.Append("selection=").Append(config.Selection.Key).Append('\n');
        foreach (var (key, severity) in options.Severities.OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append("severity:").Append(key.ToUpperInvariant()).Append('=').Append(severity).Append('\n');
        }

        foreach (var (key, setting) in config.Settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append("setting:").Append(key).Append('=').Append(setting.Value).Append('\n');
        }

        text.Append("only=").AppendJoin(',', options.OnlyRules.Order(StringComparer.Ordinal)).Append('\n');
        text.Append("suppressions=").Append(options.ApplySuppressions).Append(',').Append(options.RequireSuppressionReasons).Append('\n');
        text.Append("max-findings=").Append(options.MaxFindings).Append('\n');
        text.Append("body=").Append(options.Reader.Body).Append('\n');
        foreach (var (key, value) in options.Reader.Metadata)
        {
            text.Append("metadata:").Append(key).Append('=').Append(value).Append('\n');
        }

        text.Append("format-in=").Append(_forcedFormat?.ToString() ?? "auto").Append('\n');
        text.Append("fail-on=").Append(failLevel).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
