using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>A cue that attributes information to a source, with the source phrase and whether it is named.</summary>
public sealed record Attribution
{
    /// <summary>The sentence it stands in.</summary>
    public required Sentence Sentence { get; init; }

    /// <summary>The cue ("said", "according to") as a span of the sentence.</summary>
    public required TextSpan CueSpan { get; init; }

    /// <summary>The cue text.</summary>
    public required string Cue { get; init; }

    /// <summary>The source phrase as a span of the sentence.</summary>
    public required TextSpan SourceSpan { get; init; }

    /// <summary>The source phrase ("a source close to the Russian administration").</summary>
    public required string Source { get; init; }

    /// <summary>Named, unnamed, or not recognised as a source.</summary>
    public required SourceClass Class { get; init; }

    /// <summary>How the attribution is built.</summary>
    public required AttributionForm Form { get; init; }

    /// <summary>The cue's first token.</summary>
    public required int CueToken { get; init; }

    /// <summary>The head word of the source phrase, lower case.</summary>
    public string? Head { get; init; }

    /// <summary>Why the source was classed as it was, for <c>inspect</c> and rule authors.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Whether the reason for anonymity is given in the sentence's window.</summary>
    public bool AnonymityExplained { get; init; }

    /// <summary>Whether the attribution closes its sentence ("…, police said.") and so covers all of it.</summary>
    public bool IsTrailing { get; init; }

    /// <summary>Whether the source is named.</summary>
    public bool IsNamed => Class == SourceClass.Named;

    /// <summary>
    /// Whether the attribution stands behind the token at <paramref name="token"/>: a closing "…, police said" or an
    /// "according to" covers the whole sentence; "police said that …" covers what follows the cue.
    /// </summary>
    public bool Covers(int token) => CoversWholeSentence || token > CueToken;

    /// <summary>Whether the attribution covers every token of its sentence (a closing "…, police said", an "according to").</summary>
    public bool CoversWholeSentence =>
        IsTrailing || Form is AttributionForm.AccordingTo or AttributionForm.PutIt or AttributionForm.PassiveBy;
}
