using System.Collections.Concurrent;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Server.Policies;

/// <summary>
/// Plans each request's check from the one configuration file given with <c>--config</c>, as <c>check --config</c>
/// does for a file: the request's <c>path</c> picks the <c>overrides:</c> whose globs match it, relative to the
/// configuration's folder. Unlike the command line it never looks for <c>.provcheck.yaml</c> or <c>.editorconfig</c>
/// next to the path: the path is only a label and is never opened.
/// </summary>
internal sealed class ArticlePlanner
{
    private readonly ConfigFile? _config;
    private readonly string _baseDirectory;
    private readonly CheckerFactory _factory;
    private readonly ServerSettings _settings;
    // Keyed by which sections apply, not by path: a CMS sends endless distinct paths but only a few section combinations exist.
    private readonly ConcurrentDictionary<string, CheckPlan> _plans = new(StringComparer.Ordinal);

    public ArticlePlanner(ConfigFile? config, CheckerFactory factory, ServerSettings settings)
    {
        _config = config;
        _baseDirectory = config is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(config.Path))!;
        _factory = factory;
        _settings = settings;
    }

    /// <summary>The plan for an article labelled <paramref name="path"/>; <c>null</c> means only the top level applies.</summary>
    /// <exception cref="ProvenanceCheck.Policies.PolicyException">A policy, a severity key or a rule option has a mistake.</exception>
    public CheckPlan Plan(string? path)
    {
        if (_config is null)
        {
            return _plans.GetOrAdd(string.Empty, _ => Build([]));
        }

        var fullPath = path is null ? null : Path.GetFullPath(Path.Combine(_baseDirectory, path));
        var sections = _config.Sections.Where(s => fullPath is null ? s.Files is null : s.AppliesTo(fullPath)).ToList();
        var key = string.Join(',', sections.Select(s => IndexOf(s)));
        return _plans.GetOrAdd(key, _ => Build([_config with { Sections = sections }]));
    }

    /// <summary>
    /// Plans the top level and then each override on its own, so that a severity key naming no rule or a bad rule
    /// option fails the load (keeping the last good snapshot) instead of failing a CMS request later.
    /// </summary>
    public IReadOnlyList<CheckPlan> PlanEverySection()
    {
        var plans = new List<CheckPlan> { Plan(null) };
        if (_config is not null)
        {
            foreach (var section in _config.Sections.Where(s => s.Files is not null))
            {
                plans.Add(Build([_config with { Sections = [.. _config.Sections.Where(s => s.Files is null), section] }]));
            }
        }

        return plans;
    }

    private int IndexOf(ConfigSection section)
    {
        for (var i = 0; i < _config!.Sections.Count; i++)
        {
            if (ReferenceEquals(_config.Sections[i], section))
            {
                return i;
            }
        }

        return -1;
    }

    private CheckPlan Build(IReadOnlyList<ConfigFile> layers)
    {
        // The caller already chose the sections that apply; clearing their globs makes Merge apply exactly those, in order.
        var config = layers.Count == 0
            ? EffectiveConfig.Empty
            : ConfigResolver.Merge([.. layers.Select(l => l with { Sections = [.. l.Sections.Select(s => s with { Files = null })] })], _baseDirectory);
        var policyPaths = _settings.PolicyPaths.Select(Path.GetFullPath).ToList();
        var selection = config.Selection with
        {
            UseDefaultRules = config.UseDefaultRules && _settings.UseDefaultRules,
            PolicyPaths = [.. config.PolicyPaths, .. policyPaths.Where(p => !config.PolicyPaths.Contains(p))],
        };
        var checker = _factory.Get(selection);
        config.Validate(checker.Policies);
        var failLevel = _settings.FailLevel
            ?? (config.FailOn is { } setting && SeverityNames.TryParse(setting.Value, out var level) ? level : Severity.Warning);
        return new CheckPlan(checker, config.ToCheckOptions(CheckOptions.Default), config, failLevel);
    }
}
