namespace ProvenanceCheck.Evaluation;

/// <summary>A miss or a false alarm, for the report.</summary>
/// <param name="Kind"><c>miss</c>, <c>false-alarm</c>, <c>not-found</c> (a labelled sentence the reader did not produce) or <c>disclosure</c>.</param>
/// <param name="Family">The family.</param>
/// <param name="File">The article.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Rules">The rules that fired (for false alarms) or the label's rules (for misses).</param>
public sealed record EvaluationFinding(string Kind, string Family, string File, string Sentence, string Rules);
