namespace ProvenanceCheck.Analysis;

/// <summary>A source phrase found next to a cue: its token range and how it was classed.</summary>
internal readonly record struct SourcePhrase(int Start, int End, SourceClass Class, string? Head, string Reason)
{
    public bool IsEmpty => End <= Start;
}
