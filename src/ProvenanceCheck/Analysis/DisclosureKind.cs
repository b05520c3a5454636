namespace ProvenanceCheck.Analysis;

/// <summary>What an AI-use statement says.</summary>
public enum DisclosureKind
{
    /// <summary>AI was used, and the statement says so.</summary>
    Affirmative,

    /// <summary>No AI was used.</summary>
    Negative,

    /// <summary>The statement leaves open whether AI was used ("may have used AI").</summary>
    Hedged,
}
