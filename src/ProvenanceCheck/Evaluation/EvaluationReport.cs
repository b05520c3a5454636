namespace ProvenanceCheck.Evaluation;

/// <summary>The result of evaluating a policy set against labelled articles.</summary>
public sealed class EvaluationReport
{
    /// <summary>Scores per sentence family.</summary>
    public required IReadOnlyList<FamilyScore> Families { get; init; }

    /// <summary>Articles whose AI-disclosure class was right.</summary>
    public int DisclosureCorrect { get; init; }

    /// <summary>Articles with an AI-disclosure label.</summary>
    public int DisclosureTotal { get; init; }

    /// <summary>The share of articles whose disclosure class (none, hedged, specific) was right.</summary>
    public double DisclosureAccuracy => DisclosureTotal == 0 ? 1 : (double)DisclosureCorrect / DisclosureTotal;

    /// <summary>Sentences labelled casualty-sourced or hearsay-explained.</summary>
    public int ControlSentences { get; init; }

    /// <summary>Of those, how many got any diagnostic at all.</summary>
    public int ControlSentencesFlagged { get; init; }

    /// <summary>Articles evaluated.</summary>
    public int Articles { get; init; }

    /// <summary>Every miss and false alarm.</summary>
    public required IReadOnlyList<EvaluationFinding> Findings { get; init; }
}
