using AngleSharp.Dom;
using AngleSharp.Text;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// Where each element's start tag is in the page, recorded as the parser creates the element. AngleSharp's own
/// source references keep every tag token (its name and attribute list) alive as long as the document, a fifth of
/// the parse's garbage, when the reader needs only the offset.
/// </summary>
internal sealed class ElementPositions
{
    // A large news page has 5,000–10,000 elements.
    private const int KeptCapacity = 16_384;

    private readonly Dictionary<IElement, int> _starts = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The element's position as AngleSharp counts it (one-based: its '&lt;' is at index <c>Of - 1</c>), or 0 for an
    /// element the page does not write (an implied html, head or body).
    /// </summary>
    public int Of(IElement element) => _starts.GetValueOrDefault(element);

    /// <summary>Records a new element; the parser's <c>OnCreated</c> callback.</summary>
    public void Record(IElement element, TextPosition position) => _starts.TryAdd(element, position.Position);

    /// <summary>
    /// Forgets every element. The table is reused page after page and keeps its capacity, up to what a large news page
    /// needs: one huge page must not leave every thread of a long-running service holding a table its size.
    /// </summary>
    public void Clear()
    {
        var large = _starts.Count > KeptCapacity;
        _starts.Clear();
        if (large)
        {
            _starts.TrimExcess(KeptCapacity);
        }
    }
}
