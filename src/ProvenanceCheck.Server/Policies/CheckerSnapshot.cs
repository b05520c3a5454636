using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Server.Policies;

/// <summary>
/// One loaded policy set and configuration. Immutable: a reload builds a new snapshot and swaps it in,
/// so a request in flight finishes with the snapshot it started with.
/// </summary>
public sealed class CheckerSnapshot
{
    private readonly ArticlePlanner _planner;

    internal CheckerSnapshot(ArticlePlanner planner, string policyHash, IReadOnlyList<string> watchedPaths, DateTimeOffset loadedAt)
    {
        _planner = planner;
        Default = planner.Plan(null);
        PolicyHash = policyHash;
        WatchedPaths = watchedPaths;
        LoadedAt = loadedAt;
    }

    /// <summary>The plan for an article sent without a path: the configuration's top level only.</summary>
    public CheckPlan Default { get; }

    /// <summary>The compiled checker for an article sent without a path.</summary>
    public ArticleChecker Checker => Default.Checker;

    /// <summary>The check options (configured severities) for an article sent without a path.</summary>
    public CheckOptions Options => Default.Options;

    /// <summary>The lowest severity that makes the verdict <c>fail</c> for an article sent without a path.</summary>
    public Severity FailLevel => Default.FailLevel;

    /// <summary>A hash of every policy file and the configuration file; changes whenever any of them changes.</summary>
    public string PolicyHash { get; }

    /// <summary>The files and folders whose changes trigger a reload.</summary>
    public IReadOnlyList<string> WatchedPaths { get; }

    /// <summary>When it was loaded.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The plan for an article labelled <paramref name="path"/>: the overrides whose globs match it apply.</summary>
    /// <exception cref="ProvenanceCheck.Policies.PolicyException">A combination of overrides has a mistake.</exception>
    public CheckPlan PlanFor(string? path) => path is null ? Default : _planner.Plan(path);
}
