namespace ProvenanceCheck.Documents;

/// <summary>What role a block plays in the article.</summary>
public enum BlockKind
{
    /// <summary>A headline or section heading.</summary>
    Heading,

    /// <summary>Body text.</summary>
    Paragraph,

    /// <summary>One item of a list.</summary>
    ListItem,

    /// <summary>A block quotation.</summary>
    BlockQuote,

    /// <summary>A figure or image caption.</summary>
    Caption,

    /// <summary>The author line.</summary>
    Byline,

    /// <summary>A pull quote: a sentence of the article repeated in display type (rules may skip it).</summary>
    PullQuote,
}
