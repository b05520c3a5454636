using AngleSharp.Dom;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>
/// Marks the subtrees inside chosen content that are not article text: Readability's conditional
/// cleaning (link-heavy lists and boxes, image galleries, forms) and the boilerplate rules
/// (teasers, share and follow prompts, newsletter boxes, advert labels, image credits, comments).
/// Nothing is removed from the document; dropped subtrees are only skipped by the block walker.
/// </summary>
internal sealed class ContentCleaner(PageMeasure measure, HashSet<IElement> dropped, bool cleanConditionally, bool weightClasses)
{
    private const int ShortBlockLength = 200;
    private const double MarkerShareLimit = 0.3;

    private readonly DataTables _tables = new();

    /// <summary>Characters of the content dropped so far.</summary>
    public int DroppedLength { get; private set; }

    /// <summary>Whether a class or id weight other than zero was consulted (so cleaning without weights may differ).</summary>
    public bool WeighedClasses { get; private set; }

    /// <summary>Whether conditional cleaning dropped anything (so cleaning without it differs).</summary>
    public bool CleanedConditionally { get; private set; }

    public void Clean(IElement root, int contentLength)
    {
        // What the clutter test asks of an element's ancestors travels down with the walk: asked of each element
        // by climbing to the top, it made deep pages quadratic.
        var stack = new Stack<(IElement Element, Ancestry Above)>();
        PushChildren(stack, root, Ancestry.Of(root));
        while (stack.Count > 0)
        {
            var (element, above) = stack.Pop();
            if (dropped.Contains(element) || measure.Of(element) is not { } stats)
            {
                continue;
            }

            if (element.LocalName == "table")
            {
                _tables.NoteEnclosing(element, above.Table);
            }

            if (ShouldDrop(element, stats, contentLength, above))
            {
                Drop(element, stats);
                continue;
            }

            if (HtmlElementRoles.IsHeading(element) && ContentHints.IsBoilerplateHeading(Whitespace.Collapse(element.TextContent)))
            {
                Drop(element, stats);
                DropTeaserListAfter(element);
                continue;
            }

            PushChildren(stack, element, above.Below(element));
        }
    }

    private static void PushChildren(Stack<(IElement, Ancestry)> stack, IElement element, Ancestry above)
    {
        // Indexed, not a PreviousElementSibling walk, which AngleSharp answers by searching the parent's children.
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push((child, above));
            }
        }
    }

    private void Drop(IElement element, NodeStats stats)
    {
        dropped.Add(element);
        DroppedLength += stats.TextLength;
    }

    private void DropTeaserListAfter(IElement heading)
    {
        if (heading.NextElementSibling is { } next && measure.Of(next) is { } stats && stats.LinkDensity > 0.5)
        {
            Drop(next, stats);
        }
    }

    private bool ShouldDrop(IElement element, NodeStats stats, int contentLength, Ancestry above)
    {
        if (stats.TextLength <= ShortBlockLength && IsBoilerplateBlock(element, stats))
        {
            return true;
        }

        if (ContentHints.HasBoilerplateMarker(element) && stats.TextLength <= contentLength * MarkerShareLimit)
        {
            return true;
        }

        if (weightClasses && element.LocalName is "h1" or "h2" && Weigh(element) < 0)
        {
            return true;
        }

        if (cleanConditionally && element.LocalName is "table" or "ul" or "div" or "form" or "fieldset" && IsClutter(element, stats, above))
        {
            CleanedConditionally = true;
            return true;
        }

        return false;
    }

    private int Weigh(IElement element)
    {
        var weight = ContentHints.ClassWeight(element);
        WeighedClasses |= weight != 0;
        return weight;
    }

    private static bool IsBoilerplateBlock(IElement element, NodeStats stats)
    {
        if (stats.TextLength == 0 || element.LocalName is "a" or "em" or "i" or "b" or "strong")
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent);
        return ContentHints.IsBoilerplateText(text) || ContentHints.IsAdOrLoadingLabel(text);
    }

    /// <summary>Readability's conditional cleaning: boxes whose mix of links, images, inputs and paragraphs says they are not prose.</summary>
    private bool IsClutter(IElement element, NodeStats stats, Ancestry above)
    {
        // Only tables, lists, divs, forms and fieldsets are asked, so the element itself is never the code or figure.
        if (above.InCode || _tables.IsInsideData(element.LocalName == "table" ? element : above.Table))
        {
            return false;
        }

        var weight = weightClasses ? Weigh(element) : 0;
        var score = stats.IsCandidate ? stats.Score : 0;
        if (weight + score < 0)
        {
            return true;
        }

        if (stats.Commas >= 10)
        {
            return false;
        }

        var isList = element.LocalName is "ul" or "ol" || (stats.TextLength > 0 && (double)stats.ListLength / stats.TextLength > 0.9);
        var isFigureChild = above.InFigure;
        var paragraphs = stats.Paragraphs;
        var listItems = stats.ListItems - 100;
        var headingDensity = stats.TextLength == 0 ? 0 : (double)stats.HeadingLength / stats.TextLength;
        var linkDensity = stats.LinkDensity;
        var remove =
            (!isFigureChild && stats.Images > 1 && (double)paragraphs / stats.Images < 0.5) ||
            (!isList && listItems > paragraphs) ||
            stats.Inputs > paragraphs / 3 ||
            (!isList && !isFigureChild && headingDensity < 0.9 && stats.TextLength < 25 && (stats.Images == 0 || stats.Images > 2) && linkDensity > 0) ||
            (!isList && weight < 25 && linkDensity > 0.2) ||
            (weight >= 25 && linkDensity > 0.5) ||
            (stats.Embeds == 1 && stats.TextLength < 75) || stats.Embeds > 1;
        return remove && !(isList && IsImageList(element, stats));
    }

    private static bool IsImageList(IElement element, NodeStats stats) =>
        stats.Images > 0 && stats.Images == element.Children.Length && element.Children.All(c => c.ChildElementCount <= 1);
}
