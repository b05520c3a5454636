namespace ProvenanceCheck.Documents;

/// <summary>Where a block stands relative to the article body.</summary>
public enum BlockRegion
{
    /// <summary>Inside the article body.</summary>
    Body,

    /// <summary>Visible page text after the body, such as a site footer.</summary>
    Footer,
}
