using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>How the articles of one file or archive are checked, and the hash that decides whether a stored result still holds.</summary>
/// <param name="Checker">The checker compiled for the article's policies and rule options.</param>
/// <param name="Options">The check options: reader options and configured severities.</param>
/// <param name="FailLevel">The lowest severity that fails the article.</param>
/// <param name="PolicyHash">The policy set's own hash (for the report's "policy applied").</param>
/// <param name="DecisionHash">
/// SHA-256 over the policy set, the effective configuration, the reader options and the fail level: with the
/// content hash, everything that decides the stored result. A stored article is skipped only when both match.
/// </param>
public sealed record AuditPlan(ArticleChecker Checker, CheckOptions Options, Severity FailLevel, string PolicyHash, string DecisionHash);
