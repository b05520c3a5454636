using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// The elements metadata is read from, found in one walk of the document instead of one whole-document
/// selector query each; every list is in document order, as the queries returned them.
/// </summary>
internal sealed class MetadataElements
{
    private static readonly ISelector Meta = Parse("meta");
    private static readonly ISelector JsonLd = Parse("script[type='application/ld+json']");
    private static readonly ISelector MarkedAuthor = Parse("[rel~='author'], [itemprop='author']");
    private static readonly ISelector Byline = Parse("[class*='byline' i], [id*='byline' i], [class*='author' i], [class*='writtenby' i], [itemprop~='author']");
    private static readonly ISelector Time = Parse("article time[datetime], time[pubdate], time[datetime]");

    private MetadataElements()
    {
    }

    public List<IElement> Metas { get; } = [];

    public List<IElement> JsonLdScripts { get; } = [];

    /// <summary>Elements marked as authors (rel=author, itemprop=author).</summary>
    public List<IElement> MarkedAuthors { get; } = [];

    /// <summary>Descendants of the body whose class or id says byline or author.</summary>
    public List<IElement> BylineCandidates { get; } = [];

    /// <summary>The first &lt;time&gt; with a machine-readable date.</summary>
    public IElement? FirstTime { get; private set; }

    public static MetadataElements Of(IDocument document)
    {
        var found = new MetadataElements();
        var body = document.Body;
        var stack = new Stack<(IElement Element, bool InBody)>();
        stack.Push((document.DocumentElement, false));
        while (stack.Count > 0)
        {
            var (element, inBody) = stack.Pop();
            found.Visit(element, document.DocumentElement, inBody);
            var childrenInBody = inBody || element == body;
            // Indexed, not a sibling walk, which AngleSharp answers by searching the parent's children.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, childrenInBody));
                }
            }
        }

        return found;
    }

    private void Visit(IElement element, IElement scope, bool inBody)
    {
        // Most elements are none of these; their name and attribute names rule them out before any selector runs.
        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                break;
            case "script" when JsonLd.Match(element, scope):
                JsonLdScripts.Add(element);
                break;
            case "time" when FirstTime is null && Time.Match(element, scope):
                FirstTime = element;
                break;
        }

        var (marked, named) = AttributesOf(element);
        if (marked && MarkedAuthor.Match(element, scope))
        {
            MarkedAuthors.Add(element);
        }

        if (inBody && named && Byline.Match(element, scope))
        {
            BylineCandidates.Add(element);
        }
    }

    /// <summary>Whether the element has an attribute an author selector reads (rel, itemprop) or a byline selector reads (class, id, itemprop).</summary>
    private static (bool Marked, bool Named) AttributesOf(IElement element)
    {
        var marked = false;
        var named = false;
        // Indexed: enumerating a NamedNodeMap allocates an enumerator for every element of the page.
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            switch (attributes[i]!.Name)
            {
                case "rel":
                    marked = true;
                    break;
                case "itemprop":
                    marked = named = true;
                    break;
                case "class" or "id":
                    named = true;
                    break;
            }
        }

        return (marked, named);
    }

    private static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new InvalidOperationException($"bad selector: {selector}");
}
