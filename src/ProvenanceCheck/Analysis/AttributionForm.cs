namespace ProvenanceCheck.Analysis;

/// <summary>How an attribution is built.</summary>
public enum AttributionForm
{
    /// <summary>"Police said…", "…, sources confirmed."</summary>
    SubjectVerb,

    /// <summary>"…, said an official."</summary>
    VerbSubject,

    /// <summary>"According to X, …"</summary>
    AccordingTo,

    /// <summary>"X quotes Y as saying…": the source is Y.</summary>
    QuotedAs,

    /// <summary>"…, as one source put it."</summary>
    PutIt,

    /// <summary>"…had been expressed by some lawmakers": the agent is the source.</summary>
    PassiveBy,
}
