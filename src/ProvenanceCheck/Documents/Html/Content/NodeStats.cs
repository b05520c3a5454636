namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>Text and tag counts of one element's visible subtree, measured once bottom-up.</summary>
internal sealed class NodeStats
{
    /// <summary>Visible characters, whitespace runs counted once.</summary>
    public int TextLength;

    /// <summary>Characters inside links.</summary>
    public int LinkLength;

    /// <summary>Characters inside headings.</summary>
    public int HeadingLength;

    /// <summary>Characters inside list items.</summary>
    public int ListLength;

    public int Commas;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Embeds;

    /// <summary>Whether the element is, or sits inside, a page footer, navigation or aside, which no article is.</summary>
    public bool InLandmark;

    /// <summary>Whether a direct child is a block element (a div without one reads like a paragraph).</summary>
    public bool HasBlockChild;

    /// <summary>Readability-style content score; NaN while the element is not a candidate.</summary>
    public double Score = double.NaN;

    public bool IsCandidate => !double.IsNaN(Score);

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public void Add(NodeStats child)
    {
        TextLength += child.TextLength;
        LinkLength += child.LinkLength;
        HeadingLength += child.HeadingLength;
        ListLength += child.ListLength;
        Commas += child.Commas;
        Paragraphs += child.Paragraphs;
        Images += child.Images;
        ListItems += child.ListItems;
        Inputs += child.Inputs;
        Embeds += child.Embeds;
    }
}
