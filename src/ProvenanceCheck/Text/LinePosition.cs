namespace ProvenanceCheck.Text;

/// <summary>A zero-based line and character (UTF-16 column) in a source file.</summary>
/// <param name="Line">Zero-based line number.</param>
/// <param name="Character">Zero-based column, in UTF-16 code units.</param>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <inheritdoc />
    public override string ToString() => $"({Line + 1},{Character + 1})";
}
