using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>One change a worker hands to the writer: a checked (or failed) article, or a new stamp for an unchanged one.</summary>
/// <param name="Article">The article to store whole, or null.</param>
/// <param name="Refresh">The stamp to put on a stored article, or null.</param>
internal readonly record struct StoreWrite(ArticleRecord? Article, StampRefresh? Refresh);
