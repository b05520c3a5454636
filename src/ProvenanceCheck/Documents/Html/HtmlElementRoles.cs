using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html;

/// <summary>What the block walker does with each kind of element.</summary>
internal static partial class HtmlElementRoles
{
    private const int MaxBylineLength = 300;

    private static readonly HashSet<string> NeverRead = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "nav", "aside", "form", "button", "select", "option", "textarea",
        "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "map", "dialog", "input", "head",
        "title", "meta", "link", "frameset", "frame",
    };

    // Elements the HTML parser never gives an end tag or content.
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "caption", "pre", "address", "hr", "details", "summary", "center", "fieldset", "hgroup", "body", "html",
    };

    // What a reader of the whole page still sees: navigation, asides and the labels of a form.
    private static readonly HashSet<string> ReadWhenWhole = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "form" };

    /// <summary>
    /// Navigation, forms, scripts and hidden elements are never article text. An aside is skipped too, unless it is
    /// marked as an editor's note or a disclosure: those belong to the article.
    /// </summary>
    public static bool IsNeverRead(IElement element) => IsNeverRead(element, whole: false);

    /// <summary>
    /// With <paramref name="whole"/> (<c>--body whole</c>) every visible block is read, navigation and asides
    /// included; scripts, styles, templates, hidden elements, form controls' values and the head still are not.
    /// </summary>
    public static bool IsNeverRead(IElement element, bool whole) =>
        (NeverRead.Contains(element.LocalName) && !IsNoteAside(element) && !(whole && ReadWhenWhole.Contains(element.LocalName))) ||
        IsHidden(element);

    private static bool IsNoteAside(IElement element) =>
        element.LocalName == "aside" && Marker(element) is { } marker && NoteMarker().IsMatch(marker);

    public static bool IsVoid(string localName) => VoidElements.Contains(localName);

    public static bool IsBlock(IElement element) => BlockElements.Contains(element.LocalName);

    /// <summary>In <c>--body whole</c> the chrome read only there (navigation, asides, forms) also makes blocks of its own.</summary>
    public static bool IsBlock(IElement element, bool whole) => IsBlock(element) || (whole && ReadWhenWhole.Contains(element.LocalName));

    public static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public static bool IsEmphasis(IElement element) => element.LocalName is "em" or "i" or "cite";

    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") ||
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    public static bool IsBylineContainer(IElement element)
    {
        if (element.LocalName == "address")
        {
            return true;
        }

        // A class like "author-page" on a whole article wrapper must not turn its paragraphs into bylines.
        var marker = Marker(element);
        return marker is not null && BylineMarker().IsMatch(marker) && element.TextContent.Length <= MaxBylineLength;
    }

    /// <summary>The element's class and id, which rules may use to recognise notes or disclosure boxes.</summary>
    public static string? Marker(IElement element)
    {
        var cls = element.ClassName;
        var id = element.Id;
        return (cls, id) switch
        {
            (null or "", null or "") => null,
            (null or "", _) => "#" + id,
            (_, null or "") => cls,
            _ => cls + " #" + id,
        };
    }

    /// <summary>Block kind and heading level implied by an element inside a parent block context.</summary>
    public static (BlockKind Kind, int Level) KindOf(IElement element, BlockKind parentKind, int parentLevel)
    {
        return element.LocalName switch
        {
            "h1" => (BlockKind.Heading, 1),
            "h2" => (BlockKind.Heading, 2),
            "h3" => (BlockKind.Heading, 3),
            "h4" => (BlockKind.Heading, 4),
            "h5" => (BlockKind.Heading, 5),
            "h6" => (BlockKind.Heading, 6),
            _ when Content.ContentHints.IsPullQuote(element) => (BlockKind.PullQuote, 0),
            "li" or "dd" or "dt" => (parentKind == BlockKind.BlockQuote ? BlockKind.BlockQuote : BlockKind.ListItem, 0),
            "blockquote" => (BlockKind.BlockQuote, 0),
            "figcaption" or "caption" => (BlockKind.Caption, 0),
            _ when IsBylineContainer(element) => (BlockKind.Byline, 0),
            _ => (parentKind, parentLevel),
        };
    }

    [GeneratedRegex(@"note|disclos|correction|transparen|editor|methodolog|\bai\b|ai[-_]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarker();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"\b(byline|by-line|author|contributor)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineMarker();
}
