using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Server.Policies;

/// <summary>
/// One loaded policy set with the options it runs under. Immutable: a reload builds a new snapshot
/// and swaps it in, so a request in flight finishes with the snapshot it started with.
/// </summary>
/// <param name="Checker">The compiled checker.</param>
/// <param name="Options">The check options (severity overrides, reader options).</param>
/// <param name="FailLevel">The lowest severity that makes the verdict <c>fail</c>.</param>
/// <param name="WatchedPaths">The files and folders whose changes trigger a reload.</param>
/// <param name="LoadedAt">When it was loaded.</param>
public sealed record CheckerSnapshot(
    ArticleChecker Checker,
    CheckOptions Options,
    Severity FailLevel,
    IReadOnlyList<string> WatchedPaths,
    DateTimeOffset LoadedAt)
{
    /// <summary>The policy hash (changes whenever any policy file's content changes).</summary>
    public string PolicyHash => Checker.Policies.Hash;
}
