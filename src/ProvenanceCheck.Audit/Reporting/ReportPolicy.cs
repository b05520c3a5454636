using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>The policy set applied by the latest run.</summary>
/// <param name="Hash">The policy hash.</param>
/// <param name="Files">The files it was loaded from.</param>
/// <param name="Rules">Its rules.</param>
public sealed record ReportPolicy(string Hash, IReadOnlyList<string> Files, IReadOnlyList<StoredRule> Rules);
