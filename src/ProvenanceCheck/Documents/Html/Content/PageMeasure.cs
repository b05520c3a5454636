using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>
/// One bottom-up pass over the page body: text, link and tag counts for every visible element,
/// in document order. Iterative, so no nesting depth can overflow the stack.
/// </summary>
internal sealed class PageMeasure
{
    private static readonly HashSet<string> BlockChildTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "header", "footer",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "aside", "nav", "main", "form", "hr", "address",
    };

    private PageMeasure(IElement body)
    {
        Body = body;
    }

    public IElement Body { get; }

    /// <summary>Stats of every measured element (dropped subtrees are not measured).</summary>
    public Dictionary<IElement, NodeStats> Stats { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Measured elements in document order.</summary>
    public List<IElement> Order { get; } = [];

    /// <summary>Subtrees left out before scoring: invisible, never read, or unlikely to be content.</summary>
    public HashSet<IElement> Dropped { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether any subtree was left out only for looking unlikely to be content (so measuring without that rule differs).</summary>
    public bool StrippedUnlikely { get; private set; }

    public static PageMeasure Measure(IElement body, bool stripUnlikely)
    {
        var measure = new PageMeasure(body);
        measure.Run(stripUnlikely);
        return measure;
    }

    public NodeStats? Of(IElement element) => Stats.GetValueOrDefault(element);

    /// <summary>Whether the element reads like a paragraph: a p, or a div with no block children.</summary>
    public bool IsParagraphLike(IElement element) =>
        element.LocalName == "p" || (element.LocalName == "div" && Of(element) is { HasBlockChild: false });

    private void Run(bool stripUnlikely)
    {
        var stack = new Stack<(IElement Element, bool Exit)>();
        stack.Push((Body, false));
        while (stack.Count > 0)
        {
            var (element, exit) = stack.Pop();
            if (exit)
            {
                Close(element);
                continue;
            }

            if (element != Body && IsLeftOut(element, stripUnlikely))
            {
                Dropped.Add(element);
                continue;
            }

            var stats = new NodeStats
            {
                InLandmark = element.LocalName is "footer" or "nav" or "aside" ||
                             (element.ParentElement is { } parent && Stats.TryGetValue(parent, out var parentStats) && parentStats.InLandmark),
            };
            Stats[element] = stats;
            Order.Add(element);
            stack.Push((element, true));
            // Indexing ChildNodes, not walking PreviousSibling: AngleSharp finds a sibling by searching the parent's
            // children, which makes a sibling walk quadratic on wide elements.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                if (child is IElement childElement)
                {
                    stack.Push((childElement, false));
                }
                else if (child is IText text)
                {
                    AddText(stats, text.Data);
                }
            }
        }
    }

    private bool IsLeftOut(IElement element, bool stripUnlikely)
    {
        if (element.LocalName != "form" && HtmlElementRoles.IsNeverRead(element))
        {
            return true;
        }

        if (stripUnlikely && ContentHints.IsUnlikelyCandidate(element))
        {
            StrippedUnlikely = true;
            return true;
        }

        return false;
    }

    private void Close(IElement element)
    {
        var stats = Stats[element];
        switch (element.LocalName)
        {
            case "p":
                stats.Paragraphs++;
                break;
            case "img":
                stats.Images++;
                break;
            case "li":
                stats.ListItems++;
                stats.ListLength = stats.TextLength;
                break;
            case "input":
                stats.Inputs++;
                break;
            case "object" or "embed" or "iframe" or "video":
                stats.Embeds++;
                break;
            case "a":
                stats.LinkLength = stats.TextLength;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                stats.HeadingLength = stats.TextLength;
                break;
        }

        if (element != Body && element.ParentElement is { } parent && Stats.TryGetValue(parent, out var parentStats))
        {
            parentStats.Add(stats);
            if (BlockChildTags.Contains(element.LocalName))
            {
                parentStats.HasBlockChild = true;
            }
        }
    }

    private static void AddText(NodeStats stats, string data)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
            }
            else
            {
                length++;
                inSpace = false;
                if (c is ',' or '،' or '，' or '、' or '︐' or '︑' or '⹀' or '⸴' or '⹁')
                {
                    stats.Commas++;
                }
            }
        }

        stats.TextLength += length;
    }
}
