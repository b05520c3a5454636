using ProvenanceCheck.Audit.Sources;

namespace ProvenanceCheck.Audit.Store;

/// <summary>
/// A new stamp for a stored article whose file was touched but whose content hash is unchanged: written
/// without its diagnostics, and only onto the row with that content and decision hash.
/// </summary>
/// <param name="Id">The article id.</param>
/// <param name="ContentHash">The content hash the stamp vouches for.</param>
/// <param name="PolicyHash">The decision hash the stored result was made under.</param>
/// <param name="Stamp">The file's stamp now.</param>
/// <param name="StampedAt">When its content began to be read (UTC).</param>
internal sealed record StampRefresh(string Id, string ContentHash, string PolicyHash, FileStamp Stamp, DateTime StampedAt);
