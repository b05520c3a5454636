using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>
/// What the block walker reads of a page: the subtree under <see cref="Root"/>, restricted to the
/// <see cref="Kept"/> subtrees when there are any, minus the <see cref="Dropped"/> ones.
/// Every element is a node of the original document, so positions stay those of the file.
/// </summary>
internal sealed class ContentSelection
{
    public ContentSelection(IElement root, IReadOnlySet<IElement>? kept = null, IReadOnlySet<IElement>? dropped = null)
    {
        Root = root;
        Kept = kept;
        Dropped = dropped ?? new HashSet<IElement>();
    }

    /// <summary>The element whose subtree holds everything read (the walker's body).</summary>
    public IElement Root { get; }

    /// <summary>The subtrees read under <see cref="Root"/>; null when the whole root is read.</summary>
    public IReadOnlySet<IElement>? Kept { get; }

    /// <summary>Subtrees never read: boilerplate, hidden or unlikely content.</summary>
    public IReadOnlySet<IElement> Dropped { get; }

    /// <summary>Whether detection found enough prose to trust its choice over the page's own markup.</summary>
    public bool IsConfident { get; set; } = true;

    /// <summary>Things the detector wants the user to know (not an article, little text found).</summary>
    public List<string> Notes { get; } = [];
}
