namespace ProvenanceCheck.Documents;

/// <summary>How the HTML reader chooses the article body.</summary>
public enum BodyMode
{
    /// <summary>Detect the main content.</summary>
    Auto,

    /// <summary>Use <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> when present, else the whole page.</summary>
    Article,

    /// <summary>Every visible block of the page.</summary>
    Whole,
}
