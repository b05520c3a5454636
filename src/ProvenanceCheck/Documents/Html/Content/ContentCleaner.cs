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

    /// <summary>Characters of the content dropped so far.</summary>
    public int DroppedLength { get; private set; }

    /// <summary>Whether a class or id weight other than zero was consulted (so cleaning without weights may differ).</summary>
    public bool WeighedClasses { get; private set; }

    /// <summary>Whether conditional cleaning dropped anything (so cleaning without it differs).</summary>
    public bool CleanedConditionally { get; private set; }

    public void Clean(IElement root, int contentLength)
    {
        var stack = new Stack<IElement>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (dropped.Contains(element) || measure.Of(element) is not { } stats)
            {
                continue;
            }

            if (ShouldDrop(element, stats, contentLength))
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

            PushChildren(stack, element);
        }
    }

    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        // Indexed, not a PreviousElementSibling walk, which AngleSharp answers by searching the parent's children.
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
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

    private bool ShouldDrop(IElement element, NodeStats stats, int contentLength)
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

        if (cleanConditionally && element.LocalName is "table" or "ul" or "div" or "form" or "fieldset" && IsClutter(element, stats))
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
    private bool IsClutter(IElement element, NodeStats stats)
    {
        if (element.Closest("code") is not null || IsInsideDataTable(element))
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
        var isFigureChild = element.Closest("figure") is not null;
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

    private static bool IsInsideDataTable(IElement element)
    {
        for (var table = element.LocalName == "table" ? element : element.Closest("table"); table is not null; table = table.ParentElement?.Closest("table"))
        {
            if (IsDataTable(table))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0")
        {
            return false;
        }

        if (table.HasAttribute("summary") || table.QuerySelector("caption, thead, tfoot, colgroup, th") is not null)
        {
            return true;
        }

        if (table.QuerySelector("table") is not null)
        {
            return false;
        }

        var rows = table.QuerySelectorAll("tr");
        var columns = rows.Length == 0 ? 0 : rows.Max(r => r.Children.Length);
        return rows.Length >= 10 || columns > 4 || rows.Length * columns > 10;
    }
}
