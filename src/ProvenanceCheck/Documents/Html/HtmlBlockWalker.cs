using AngleSharp.Dom;
using ProvenanceCheck.Documents.Html.Content;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// Walks an AngleSharp document in document order (iteratively, so no nesting depth can overflow
/// the stack) and cuts the visible text of the chosen body into blocks, each with its source map.
/// Text after the body that a reader still sees (a site footer, a note after the article) becomes
/// <see cref="BlockRegion.Footer"/> blocks. A <see cref="ContentSelection"/> restricts the body to the
/// subtrees main-content detection kept and skips the ones it dropped.
/// </summary>
internal sealed class HtmlBlockWalker
{
    private readonly HtmlSourceCursor _cursor;
    private readonly ElementPositions _positions;
    private readonly IElement _body;
    private readonly HashSet<INode> _bodyAncestors;
    private readonly bool _whole;
    private readonly IReadOnlySet<IElement>? _kept;
    private readonly HashSet<IElement> _keptPath = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlySet<IElement> _dropped;
    private int _keptDepth;
    private readonly List<BlockDraft> _blocks = [];

    // Nodes still to visit, the next one on top; an Exit entry closes an element whose children were visited.
    private readonly Stack<(INode Node, bool Exit, int LinkStart)> _pending = new();
    private readonly MappedTextBuilder _text = new();
    private readonly List<Link> _links = [];
    private readonly Stack<Context> _contexts = new();
    private Context _textContext;
    private int _emphasisDepth;
    private int _emphasizedLetters;
    private int _letters;

    // Whether the last thing read was a <br>, with only white space since: the next <br> ends the paragraph.
    private bool _afterBreak;
    private readonly List<int> _lineBreaks = [];
    private Region _region = Region.BeforeBody;
    private int _footerDepth;

    private HtmlBlockWalker(string source, ElementPositions positions, ContentSelection selection, bool whole)
    {
        _cursor = new HtmlSourceCursor(source);
        _positions = positions;
        _body = selection.Root;
        _whole = whole;
        _kept = selection.Kept;
        _dropped = selection.Dropped;
        _bodyAncestors = [.. _body.GetAncestors()];
        foreach (var kept in _kept ?? (IEnumerable<IElement>)[])
        {
            for (var parent = kept.ParentElement; parent is not null && parent != _body; parent = parent.ParentElement)
            {
                _keptPath.Add(parent);
            }
        }

        _textContext = new Context(BlockKind.Paragraph, 0, null);
    }

    private enum Region
    {
        BeforeBody,
        InBody,
        AfterBody,
    }

    public static List<BlockDraft> Walk(string source, IDocument document, ElementPositions positions, ContentSelection selection, bool whole)
    {
        var walker = new HtmlBlockWalker(source, positions, selection, whole);
        walker.Run(document.DocumentElement);
        return walker._blocks;
    }

    private void Run(IElement root)
    {
        var stack = _pending;
        stack.Push((root, false, -1));
        _contexts.Push(new Context(BlockKind.Paragraph, 0, null));
        while (stack.Count > 0)
        {
            var (node, exit, linkStart) = stack.Pop();
            if (exit)
            {
                Exit((IElement)node, linkStart);
                continue;
            }

            switch (node)
            {
                case IText text:
                    OnText(text);
                    break;
                case IElement element when Enter(element):
                    stack.Push((element, true, _text.Length));
                    // Indexed: AngleSharp answers PreviousSibling by searching the parent's children (quadratic on wide elements).
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        stack.Push((children[i], false, -1));
                    }

                    break;
            }
        }

        Flush();
    }

    /// <summary>Returns whether the element's children are to be visited.</summary>
    private bool Enter(IElement element)
    {
        if (_positions.Of(element) is var position and > 0)
        {
            _cursor.EnterElement(position);
        }

        if (element == _body)
        {
            Flush();
            _region = Region.InBody;
        }

        if (!ShouldRead(element))
        {
            SkipElement(element);
            return false;
        }

        if (element.LocalName == "br")
        {
            // Two or more <br>s in a row separate paragraphs, as Readability reads them (old CMS archives have no
            // <p>): a sentence's neighbours are then those of its own paragraph, not of the whole story.
            if (_afterBreak)
            {
                Flush();
            }
            else
            {
                _lineBreaks.Add(_text.Length);
                _text.AppendBreak(_cursor.Position);
            }

            _afterBreak = true;
        }
        else
        {
            _afterBreak = false;
        }

        if (HtmlElementRoles.IsEmphasis(element))
        {
            _emphasisDepth++;
        }

        if (_kept is not null && _kept.Contains(element))
        {
            _keptDepth++;
        }

        if (HtmlElementRoles.IsBlock(element, _whole))
        {
            Flush();
            var parent = _contexts.Peek();
            var (kind, level) = HtmlElementRoles.KindOf(element, parent.Kind, parent.Level);
            _contexts.Push(new Context(kind, level, HtmlElementRoles.Marker(element) ?? parent.Marker));
        }

        if (element.LocalName == "footer" && _region != Region.BeforeBody)
        {
            _footerDepth++;
        }

        return true;
    }

    private void Exit(IElement element, int linkStart)
    {
        if (element.LocalName == "a" && linkStart >= 0 && _text.Length > linkStart && element.GetAttribute("href") is { } href)
        {
            _links.Add(new Link(TextSpan.FromBounds(linkStart, _text.Length), href));
        }

        if (HtmlElementRoles.IsEmphasis(element))
        {
            _emphasisDepth--;
        }

        if (_kept is not null && _kept.Contains(element))
        {
            _keptDepth--;
        }

        if (HtmlElementRoles.IsBlock(element, _whole))
        {
            Flush();
            _contexts.Pop();
        }

        if (element.LocalName == "footer" && _footerDepth > 0)
        {
            _footerDepth--;
        }

        if (element == _body)
        {
            Flush();
            _region = Region.AfterBody;
        }
    }

    private bool ShouldRead(IElement element)
    {
        if (element == _body || _bodyAncestors.Contains(element))
        {
            return true;
        }

        if ((_dropped.Contains(element) && !IsSiteFooter(element)) || HtmlElementRoles.IsNeverRead(element, _whole))
        {
            return false;
        }

        return _region switch
        {
            Region.BeforeBody => false,
            Region.InBody when _kept is not null && _keptDepth == 0 => _kept.Contains(element) || _keptPath.Contains(element),
            Region.InBody => _whole || element.LocalName != "header" || IsInsideBody(element),
            _ => true,
        };
    }

    /// <summary>
    /// A site footer after the body: main-content detection drops it as boilerplate, but a reader sees it, and
    /// site-wide statements live there ("articles on this site may be written with the help of AI"). It is read
    /// into footer blocks, which only page-scoped rules look at; the body and the extracted text stay as detected.
    /// </summary>
    private bool IsSiteFooter(IElement element) =>
        _region == Region.AfterBody &&
        (element.LocalName == "footer" || string.Equals(element.GetAttribute("role"), "contentinfo", StringComparison.OrdinalIgnoreCase));

    private bool IsInsideBody(IElement element) => _body.LocalName != "body" && _body.Contains(element);

    private void SkipElement(IElement element)
    {
        var last = element;
        while (last.LastElementChild is { } child)
        {
            last = child;
        }

        var position = _positions.Of(last);
        _cursor.SkipElement(element.LocalName, position, NextElementStart());
    }

    /// <summary>
    /// Where the next element in document order starts in the page (one-based), or 0 when no later element has a
    /// position. A skipped element's end tag comes before it: an end tag found further on belongs to something
    /// else. "&lt;iframe>" inside &lt;head> ends the head where it stands, and the page's own "&lt;/head>", far
    /// below, closes nothing; jumping to it put every body paragraph of such a page at the end of the file.
    /// </summary>
    private int NextElementStart()
    {
        foreach (var (node, exit, _) in _pending)
        {
            if (!exit && node is IElement next && FirstStart(next) is var start and > 0)
            {
                return start;
            }
        }

        return 0;
    }

    /// <summary>Where the element starts, or for one the page does not write (an implied &lt;body>), its first written descendant.</summary>
    private int FirstStart(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.FirstElementChild)
        {
            if (_positions.Of(e) is var start and > 0)
            {
                return start;
            }
        }

        return 0;
    }

    private void OnText(IText text)
    {
        var emitting = (_region == Region.InBody && (_kept is null || _keptDepth > 0)) || (_region == Region.AfterBody && IsFooterText(text));
        if (!emitting)
        {
            _cursor.AppendText(text.Data, builder: null);
            return;
        }

        if (_text.Length == 0)
        {
            _textContext = _contexts.Peek();
        }

        var before = _text.Length;
        _afterBreak &= string.IsNullOrWhiteSpace(text.Data);
        _cursor.AppendText(text.Data, _text);
        var letters = CountLetters(text.Data);
        _letters += letters;
        if (_emphasisDepth > 0)
        {
            _emphasizedLetters += letters;
        }

        if (_text.Length > before && _region == Region.AfterBody)
        {
            _textContext = _textContext with { InFooter = true };
        }
    }

    private bool IsFooterText(IText text) =>
        _footerDepth > 0 || text.ParentElement?.Closest("p") is not null;

    private void Flush()
    {
        if (_text.Length > 0 && _letters > 0)
        {
            var content = _text.Build();
            var inFooter = _textContext.InFooter || (_region == Region.InBody && _footerDepth > 0 && !_whole);
            _blocks.Add(new BlockDraft(_textContext.Kind, content)
            {
                Level = _textContext.Level,
                Marker = _textContext.Marker,
                IsEmphasized = _emphasizedLetters * 10 >= _letters * 9,
                Links = TrimLinks(content.Text),
                LineBreaks = _lineBreaks.Count == 0 ? [] : [.. _lineBreaks.Where(b => b > 0 && b < content.Text.Length)],
                Region = inFooter ? BlockRegion.Footer : BlockRegion.Body,
            });
        }

        _text.Clear();
        _links.Clear();
        _lineBreaks.Clear();
        _letters = 0;
        _emphasizedLetters = 0;
    }

    private List<Link> TrimLinks(string text)
    {
        var links = new List<Link>(_links.Count);
        foreach (var link in _links)
        {
            var start = Math.Min(link.Span.Start, text.Length);
            var end = Math.Min(link.Span.End, text.Length);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (end > start)
            {
                links.Add(link with { Span = TextSpan.FromBounds(start, end) });
            }
        }

        return links;
    }

    private static int CountLetters(string data)
    {
        var count = 0;
        foreach (var c in data)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    private readonly record struct Context(BlockKind Kind, int Level, string? Marker)
    {
        public bool InFooter { get; init; }
    }
}
