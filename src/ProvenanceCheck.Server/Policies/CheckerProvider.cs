using Microsoft.Extensions.Logging;

namespace ProvenanceCheck.Server.Policies;

/// <summary>
/// Holds the policy snapshot in force. The first load happens on construction, so a broken policy stops
/// the service from starting; later reloads that fail keep the running snapshot and record why.
/// </summary>
public sealed partial class CheckerProvider
{
    private readonly Func<CheckerSnapshot> _load;
    private readonly ILogger<CheckerProvider> _logger;
    private readonly Lock _reloadLock = new();
    private volatile CheckerSnapshot _current;

    internal CheckerProvider(SnapshotLoader loader, ILogger<CheckerProvider> logger)
    {
        _load = loader.Load;
        _logger = logger;
        _current = _load();
        LogLoaded(_logger, _current.Checker.Policies.Analyzers.Count, _current.PolicyHash);
    }

    /// <summary>The snapshot in force.</summary>
    public CheckerSnapshot Current => _current;

    /// <summary>Why the last reload failed, or <c>null</c> when it succeeded (or none was tried).</summary>
    public string? LastReloadError { get; private set; }

    /// <summary>When the last reload was tried.</summary>
    public DateTimeOffset? LastReloadAttempt { get; private set; }

    /// <summary>Loads the policies again; on failure keeps the current snapshot and logs the reason.</summary>
    /// <returns>Whether the new policies are now in force.</returns>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            LastReloadAttempt = DateTimeOffset.UtcNow;
            try
            {
                var next = _load();
                _current = next;
                LastReloadError = null;
                LogReloaded(_logger, next.Checker.Policies.Analyzers.Count, next.PolicyHash);
                return true;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A half-written or broken policy must never take the service down: keep serving the last good set.
                LastReloadError = ex.Message.ReplaceLineEndings(" ");
                LogReloadFailed(_logger, _current.PolicyHash, LastReloadError);
                return false;
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Policies loaded: {RuleCount} rules, policy hash {PolicyHash}")]
    private static partial void LogLoaded(ILogger logger, int ruleCount, string policyHash);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Policies reloaded: {RuleCount} rules, policy hash {PolicyHash}")]
    private static partial void LogReloaded(ILogger logger, int ruleCount, string policyHash);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Policy reload failed; still serving policy hash {PolicyHash}: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, string policyHash, string reason);
}
