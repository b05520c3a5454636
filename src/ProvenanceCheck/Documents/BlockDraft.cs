using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>A block as a reader found it, before sentences are split.</summary>
internal sealed record BlockDraft(BlockKind Kind, MappedText Content)
{
    public BlockRegion Region { get; init; } = BlockRegion.Body;

    public int Level { get; init; }

    public bool IsEmphasized { get; init; }

    public string? Marker { get; init; }

    public IReadOnlyList<Link> Links { get; init; } = [];

    /// <summary>Where single line breaks (&lt;br&gt;) fell in the text.</summary>
    public IReadOnlyList<int> LineBreaks { get; init; } = [];
}
