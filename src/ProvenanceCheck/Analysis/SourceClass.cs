namespace ProvenanceCheck.Analysis;

/// <summary>Whether a reader could look the source up (LABELING.md, "Named and unnamed sources").</summary>
public enum SourceClass
{
    /// <summary>Not a source phrase the analysis recognises ("the decision suggests").</summary>
    Unknown,

    /// <summary>A person, organisation, publication or the institution in charge.</summary>
    Named,

    /// <summary>"sources", "officials", "a Kremlin insider", "analysts".</summary>
    Unnamed,
}
