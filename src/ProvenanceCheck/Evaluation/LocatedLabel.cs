namespace ProvenanceCheck.Evaluation;

/// <summary>A labelled sentence and the indexes of the article sentences it overlaps (empty when not found).</summary>
internal sealed record LocatedLabel(string Text, IReadOnlyList<string> Labels, IReadOnlyList<int> SentenceIndexes);
