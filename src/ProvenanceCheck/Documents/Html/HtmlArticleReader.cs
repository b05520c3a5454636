using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using ProvenanceCheck.Documents.Html.Content;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Html;

/// <summary>Reads HTML pages and fragments with AngleSharp, keeping every text run mapped to the page as written.</summary>
public sealed class HtmlArticleReader : IArticleReader
{
    // Bulky attributes no step of reading looks at (see IsReadAttribute).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnreadAttributes = new HashSet<string>(
    [
        "src", "srcset", "sizes", "alt", "title", "width", "height", "loading", "decoding", "fetchpriority", "target", "tabindex",
        "integrity", "crossorigin", "nonce", "async", "defer", "media", "xmlns", "xmlns:xlink", "xlink:href", "focusable", "version",
        "d", "points", "viewbox", "transform", "fill", "fill-rule", "clip-rule", "stroke", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "opacity",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Creating a parser builds a browsing context, which costs more than parsing a short article; one per thread is reused.
    private static readonly ThreadLocal<(HtmlParser Parser, ElementPositions Positions, ParseBudget Budget)> Parsers =
        new(() => CreateParser(ParseBudget.Default));

    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Html;

    /// <inheritdoc />
    public Article Read(SourceText source, ReaderOptions options)
    {
        var (parser, positions, budget) = Parsers.Value;
        positions.Clear();
        budget.Start();
        try
        {
            using var document = parser.ParseDocument(source.Text);
            var notes = new List<string>();
            var selection = ChooseBody(document, options.Body, notes);
            var metadata = HtmlMetadataReader.Read(document, source.Text, positions);
            var blocks = selection is null ? [] : HtmlBlockWalker.Walk(source.Text, document, positions, selection, options.Body == BodyMode.Whole);
            notes.AddRange(selection?.Notes ?? []);
            if (!blocks.Exists(b => b.Region == BlockRegion.Body))
            {
                notes.Add("no article text found in the page");
            }

            return ArticleBuilder.Build(source, ArticleFormat.Html, blocks, metadata, notes);
        }
        finally
        {
            // The table must not keep the page's elements alive until this thread's next page.
            positions.Clear();
        }
    }

    /// <summary>A parser with the reader's options, the table it records element positions in, and its time limit.</summary>
    internal static (HtmlParser Parser, ElementPositions Positions, ParseBudget Budget) CreateParser(TimeSpan limit)
    {
        // Script and style text (half of a typical news page) is never read as article text: not building its strings
        // saves parse time and garbage. JSON-LD is read again from the source (ScriptSourceText). Comments are not
        // nodes either: suppression comments are found in the source (SuppressionScanner), and the cursor that maps
        // text to the page steps over them there. Element positions are recorded as elements are created instead of
        // keeping AngleSharp's source references (see ElementPositions).
        var positions = new ElementPositions();
        var budget = new ParseBudget(limit);
        budget.Start();
        var options = new HtmlParserOptions
        {
            SkipScriptText = true,
            SkipRawText = true,
            SkipComments = true,
            ShouldEmitAttribute = IsReadAttribute,
            OnCreated = (element, position) =>
            {
                positions.Record(element, position);
                budget.Tick();
            },
        };
        return (new HtmlParser(options), positions, budget);
    }

    /// <summary>
    /// Whether an attribute is kept in the parsed page. Image sources, SVG geometry, data-* payloads, event handlers and
    /// ARIA labels are about a tenth of a news page's markup and no step of reading looks at them: not building them
    /// saves a sixth of the parse's garbage. Every other attribute is kept; a step that needs one of these must take it
    /// off the list. None of them changes how the HTML5 tree is built (input type, font color/face/size do, and stay).
    /// </summary>
    internal static bool IsReadAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        var span = name.Span;
        if (span.StartsWith("data-") || span.StartsWith("on"))
        {
            return false;
        }

        if (span.StartsWith("aria-"))
        {
            return span.SequenceEqual("aria-hidden");
        }

        return !UnreadAttributes.Contains(span);
    }

    private static ContentSelection? ChooseBody(IDocument document, BodyMode mode, List<string> notes)
    {
        var body = document.Body;
        if (body is null || body.LocalName != "body")
        {
            notes.Add("the page has no <body> (a frameset or an empty document)");
            return null;
        }

        return mode switch
        {
            BodyMode.Whole => new ContentSelection(body),
            BodyMode.Article => MarkedUp(document, body),
            _ => Detect(document, body),
        };
    }

    /// <summary><c>--body article</c>: the page's own markup, and a note when it has none, so the user knows what was read.</summary>
    private static ContentSelection MarkedUp(IDocument document, IElement body)
    {
        if (MarkedUpBody(document) is { } markedUp)
        {
            return MainContentDetector.CleanOnly(markedUp);
        }

        var whole = MainContentDetector.CleanOnly(body);
        whole.Notes.Add("--body article: the page has no <article> or <main>; the whole <body> was read");
        return whole;
    }

    /// <summary>When detection finds too little prose to be sure, the page's own &lt;article&gt; or &lt;main&gt; markup decides.</summary>
    private static ContentSelection Detect(IDocument document, IElement body)
    {
        var detected = MainContentDetector.Detect(body);
        if (detected.IsConfident || MarkedUpBody(document) is not { } markedUp)
        {
            return detected;
        }

        var fallback = MainContentDetector.CleanOnly(markedUp);
        fallback.Notes.AddRange(detected.Notes);
        return fallback;
    }

    private static IElement? MarkedUpBody(IDocument document) =>
        LargestOf(document.QuerySelectorAll("article").Where(a => a.ParentElement?.Closest("article") is null))
        ?? document.QuerySelector("main, [role='main']");

    private static IElement? LargestOf(IEnumerable<IElement> candidates)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in candidates)
        {
            var length = candidate.QuerySelectorAll("p").Sum(p => p.TextContent.Length);
            if (best is null || length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }

        return best;
    }
}
