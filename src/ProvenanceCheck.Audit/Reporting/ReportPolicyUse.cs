namespace ProvenanceCheck.Audit.Reporting;

/// <summary>
/// One policy set and how many of the store's articles were checked with it. A store holds more than one when shards
/// ran with different policies, an interrupted re-run left some articles on the old set, or a folder's own
/// configuration adds policies.
/// </summary>
/// <param name="Hash">The policy hash.</param>
/// <param name="Articles">The articles last checked (or found unreadable) with it.</param>
/// <param name="Files">The files it was loaded from.</param>
public sealed record ReportPolicyUse(string Hash, long Articles, IReadOnlyList<string> Files);
