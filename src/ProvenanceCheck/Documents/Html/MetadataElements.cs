using System.Buffers;
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
    private static readonly ISelector JsonLd = Parse("script[type='application/ld+json']");
    private static readonly ISelector MarkedAuthor = Parse("[rel~='author'], [itemprop='author']");
    // IsByline answers "[class*='byline' i], [id*='byline' i], [class*='author' i], [class*='writtenby' i], [itemprop~='author']"
    // from the attribute values read once per element, instead of five attribute look-ups and substring searches per element.
    private static readonly SearchValues<string> BylineClassWords = SearchValues.Create(["byline", "author", "writtenby"], StringComparison.OrdinalIgnoreCase);
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

        var attributes = AttributesOf(element);
        if (attributes.Marked && MarkedAuthor.Match(element, scope))
        {
            MarkedAuthors.Add(element);
        }

        if (inBody && attributes.IsByline)
        {
            BylineCandidates.Add(element);
        }
    }

    /// <summary>The selector of bylines, "[class*='byline' i], [id*='byline' i], [class*='author' i], [class*='writtenby' i], [itemprop~='author']", on attribute values.</summary>
    internal static bool IsByline(string? classValue, string? id, string? itemprop) =>
        (classValue is not null && classValue.AsSpan().ContainsAny(BylineClassWords)) ||
        (id is not null && id.Contains("byline", StringComparison.OrdinalIgnoreCase)) ||
        (itemprop is not null && HasWord(itemprop, "author"));

    /// <summary>CSS <c>~=</c>: one of the whitespace-separated words is exactly <paramref name="word"/>.</summary>
    private static bool HasWord(string value, string word)
    {
        foreach (var range in value.AsSpan().SplitAny(" \t\n\f\r"))
        {
            if (value.AsSpan()[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element has an attribute the author selector reads (rel, itemprop), and whether it is a byline.</summary>
    private static (bool Marked, bool IsByline) AttributesOf(IElement element)
    {
        var marked = false;
        string? classValue = null, id = null, itemprop = null;
        // Indexed: enumerating a NamedNodeMap allocates an enumerator for every element of the page.
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "rel":
                    marked = true;
                    break;
                case "itemprop":
                    marked = true;
                    itemprop = attribute.Value;
                    break;
                case "class":
                    classValue = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
            }
        }

        return (marked, IsByline(classValue, id, itemprop));
    }

    private static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new InvalidOperationException($"bad selector: {selector}");
}
