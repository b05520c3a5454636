namespace ProvenanceCheck.Fixes;

/// <summary>What fixing one file would change, worked out completely before anything is written.</summary>
/// <param name="Path">The file.</param>
/// <param name="OriginalBytes">The file as read.</param>
/// <param name="OriginalText">The decoded original.</param>
/// <param name="NewText">The text after the fixes.</param>
/// <param name="Fixes">The fixes applied.</param>
public sealed record FileFixResult(string Path, byte[] OriginalBytes, string OriginalText, string NewText, IReadOnlyList<ProposedFix> Fixes)
{
    /// <summary>Whether anything changes.</summary>
    public bool Changed => !string.Equals(OriginalText, NewText, StringComparison.Ordinal);

    /// <summary>The bytes to write, in the file's own encoding; null when nothing changes or the file cannot be fixed.</summary>
    public byte[]? NewBytes { get; init; }

    /// <summary>Why the fixed text cannot be written (one line naming the file), or null.</summary>
    public string? Refusal { get; init; }
}
