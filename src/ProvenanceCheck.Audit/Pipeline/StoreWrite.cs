using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// One change a worker hands to the writer: a checked (or failed) article, a new stamp for an unchanged one, or a plan
/// that compiled (see <see cref="AuditStore.SaveDecision"/>).
/// </summary>
/// <param name="Article">The article to store whole, or null.</param>
/// <param name="Refresh">The stamp to put on a stored article, or null.</param>
/// <param name="Decision">A compiled plan to record, or null.</param>
internal readonly record struct StoreWrite(ArticleRecord? Article, StampRefresh? Refresh, AuditPlan? Decision = null);
