using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// How the articles of one file or archive are checked, and the hash that decides whether a stored result still holds.
/// The checker is compiled when an article first needs checking: an audit in which nothing changed never compiles
/// its policies (a third of such a run's time).
/// </summary>
public sealed class AuditPlan
{
    private readonly Lazy<ArticleChecker> _checker;

    /// <summary>A plan whose checker <paramref name="compile"/> builds (and validates the configuration against) on first use.</summary>
    /// <param name="compile">Compiles the policies; throws <see cref="Policies.PolicyException"/> for a mistake in them or the configuration.</param>
    /// <param name="options">The check options: reader options and configured severities.</param>
    /// <param name="failLevel">The lowest severity that fails the article.</param>
    /// <param name="policyHash">The policy set's own hash, from its files (for the report's "policy applied").</param>
    /// <param name="decisionHash">See <see cref="DecisionHash"/>.</param>
    public AuditPlan(Func<ArticleChecker> compile, CheckOptions options, Severity failLevel, string policyHash, string decisionHash)
    {
        _checker = new Lazy<ArticleChecker>(compile, LazyThreadSafetyMode.ExecutionAndPublication);
        Options = options;
        FailLevel = failLevel;
        PolicyHash = policyHash;
        DecisionHash = decisionHash;
    }

    /// <summary>The checker compiled for the article's policies and rule options; compiled on first use.</summary>
    /// <exception cref="Policies.PolicyException">A policy file or the configuration has a mistake (every use throws it again).</exception>
    public ArticleChecker Checker => _checker.Value;

    /// <summary>Whether <see cref="Checker"/> has been compiled.</summary>
    public bool IsCompiled => _checker.IsValueCreated;

    /// <summary>The check options: reader options and configured severities.</summary>
    public CheckOptions Options { get; }

    /// <summary>The lowest severity that fails the article.</summary>
    public Severity FailLevel { get; }

    /// <summary>The policy set's own hash (for the report's "policy applied").</summary>
    public string PolicyHash { get; }

    /// <summary>
    /// SHA-256 over the engine's version, the policy set, the effective configuration, the reader options and the fail
    /// level: with the content hash, everything that decides the stored result. A stored article is skipped only when
    /// both match.
    /// </summary>
    public string DecisionHash { get; }
}
