namespace ProvenanceCheck.Fixes;

/// <summary>What fixing one file would change.</summary>
/// <param name="Path">The file.</param>
/// <param name="OriginalBytes">The file as read.</param>
/// <param name="OriginalText">The decoded original.</param>
/// <param name="NewText">The text after the fixes.</param>
/// <param name="Fixes">The fixes applied.</param>
public sealed record FileFixResult(string Path, byte[] OriginalBytes, string OriginalText, string NewText, IReadOnlyList<ProposedFix> Fixes)
{
    /// <summary>Whether anything changes.</summary>
    public bool Changed => !string.Equals(OriginalText, NewText, StringComparison.Ordinal);
}
