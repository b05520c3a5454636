using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Markdown;

/// <summary>Reads Markdown with Markdig (precise source locations) and YAML front matter.</summary>
public sealed class MarkdownArticleReader : IArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFigures()
        .Build();

    // Container prefix characters of a line: indentation, block quote and list markers.
    private static readonly System.Buffers.SearchValues<char> ContainerPrefix = System.Buffers.SearchValues.Create(" \t>*+-.)0123456789");

    // About 500 nested list levels; Markdig parses that in under a second, and 5,000 in minutes.
    private const int MaxContainerPrefix = 1_000;

    // Markdig re-reads a run of link reference definitions for each one it takes (10,000 in a row: 0.3 s; 100,000: 14 s).
    private const int MaxDefinitionRun = 10_000;

    // No article nests emphasis and links a hundred deep; the limit keeps the recursion far from the stack's end.
    private const int MaxInlineDepth = 256;

    private readonly HtmlArticleReader _html = new();

    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Markdown;

    /// <inheritdoc />
    public Article Read(SourceText source, ReaderOptions options)
    {
        var document = Parse(source);
        var metadata = new ArticleMetadata();
        var notes = new List<string>();
        var blocks = new List<BlockDraft>();
        foreach (var block in document.Descendants<Markdig.Syntax.Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock front:
                    ReadFrontMatter(source.Text, front, metadata, notes);
                    break;
                case HeadingBlock heading:
                    AddLeaf(source, blocks, heading, BlockKind.Heading, heading.Level);
                    break;
                case Markdig.Extensions.Figures.FigureCaption caption:
                    AddLeaf(source, blocks, caption, BlockKind.Caption, 0);
                    break;
                case ParagraphBlock paragraph:
                    AddLeaf(source, blocks, paragraph, KindFromAncestors(paragraph), 0);
                    break;
                case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                    blocks.AddRange(ReadHtmlBlock(source, html));
                    break;
            }
        }

        return ArticleBuilder.Build(source, ArticleFormat.Markdown, blocks, metadata, notes);
    }

    /// <summary>
    /// Parses with Markdig, refusing first what it cannot parse in time. Its cost grows with the square of how deeply
    /// lists and quotes nest (5,000 nested list items took minutes), and past its own depth limit it throws; no
    /// article nests more than a few levels, so a line whose container prefix (indentation, '&gt;', list markers) is
    /// longer than <see cref="MaxContainerPrefix"/> characters makes the file an input error.
    /// </summary>
    private static MarkdownDocument Parse(SourceText source)
    {
        var text = source.Text;
        var line = 1;
        var definitionRun = 0;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var content = text.AsSpan(start, end - start);
            var prefix = content.IndexOfAnyExcept(ContainerPrefix);
            if ((prefix < 0 ? end - start : prefix) > MaxContainerPrefix)
            {
                throw TooDeep(source.Path, $"line {line} nests lists or quotes too deeply");
            }

            definitionRun = LooksLikeDefinition(content) ? definitionRun + 1 : 0;
            if (definitionRun > MaxDefinitionRun)
            {
                throw new InputException($"{source.Path}: line {line}: more than {MaxDefinitionRun:N0} link definitions in a row, more than an article would ever have");
            }

            start = end + 1;
        }

        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit ("too deeply nested - depth limit exceeded").
            throw TooDeep(source.Path, "its elements nest too deeply");
        }
    }

    /// <summary>"[label]: …" after at most three spaces.</summary>
    private static bool LooksLikeDefinition(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        return line.Length - trimmed.Length <= 3 && trimmed.StartsWith('[') && trimmed.Contains("]:", StringComparison.Ordinal);
    }

    private static InputException TooDeep(string path, string what) =>
        new($"{path}: {what} to read as an article (more than a news article would ever nest)");

    private static void ReadFrontMatter(string text, YamlFrontMatterBlock front, ArticleMetadata metadata, List<string> notes)
    {
        // The block spans "---" through the closing "---"; the YAML is the lines in between.
        var firstLineEnd = text.IndexOf('\n', front.Span.Start);
        var closingLineBreak = text.LastIndexOf('\n', Math.Min(front.Span.End, text.Length - 1));
        if (firstLineEnd >= 0 && closingLineBreak > firstLineEnd)
        {
            var yamlStart = firstLineEnd + 1;
            FrontMatterReader.Read(text[yamlStart..closingLineBreak], yamlStart, metadata, notes);
        }
    }

    private static BlockKind KindFromAncestors(Markdig.Syntax.Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case QuoteBlock:
                    return BlockKind.BlockQuote;
                case ListItemBlock:
                    return BlockKind.ListItem;
            }
        }

        return BlockKind.Paragraph;
    }

    private static void AddLeaf(SourceText source, List<BlockDraft> blocks, LeafBlock leaf, BlockKind kind, int level)
    {
        if (leaf.Inline is null)
        {
            return;
        }

        var builder = new MappedTextBuilder();
        var links = new List<Link>();
        var emphasized = 0;
        var letters = 0;
        AppendInlines(source, leaf.Inline, builder, links, emphasis: false, ref emphasized, ref letters, depth: 0);
        var content = builder.Build();
        blocks.Add(new BlockDraft(kind, content)
        {
            Level = level,
            Links = links,
            IsEmphasized = letters > 0 && emphasized * 10 >= letters * 9,
        });
    }

    private static void AppendInlines(
        SourceText source, ContainerInline container, MappedTextBuilder builder, List<Link> links, bool emphasis, ref int emphasized, ref int letters, int depth)
    {
        // Each level is a stack frame: 100,000 '*' around a word nest that deep and would end the process (a stack
        // overflow cannot be caught), taking a service down with it.
        if (depth > MaxInlineDepth)
        {
            throw TooDeep(source.Path, "its emphasis or links nest too deeply");
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var before = builder.Length;
            switch (inline)
            {
                case LiteralInline literal:
                    AppendSlice(builder, source, literal.Content.ToString(), literal.Span);
                    break;
                case HtmlEntityInline entity:
                    AppendSlice(builder, source, entity.Transcoded.ToString(), entity.Span);
                    break;
                case CodeInline code:
                    AppendSlice(builder, source, code.Content, code.Span);
                    break;
                case LineBreakInline lineBreak:
                    builder.AppendBreak(lineBreak.Span.Start);
                    break;
                case AutolinkInline autolink:
                    AppendSlice(builder, source, autolink.Url, autolink.Span);
                    links.Add(new Link(TextSpan.FromBounds(before, builder.Length), autolink.Url));
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    AppendInlines(source, link, builder, links, emphasis, ref emphasized, ref letters, depth + 1);
                    AddLink(links, builder, before, link.Url ?? "");
                    break;
                case EmphasisInline em:
                    AppendInlines(source, em, builder, links, emphasis || em.DelimiterChar is '*' or '_', ref emphasized, ref letters, depth + 1);
                    break;
                case ContainerInline nested:
                    AppendInlines(source, nested, builder, links, emphasis, ref emphasized, ref letters, depth + 1);
                    break;
            }

            if (inline is LiteralInline or HtmlEntityInline or CodeInline or AutolinkInline)
            {
                var added = builder.Length - before;
                letters += added;
                if (emphasis)
                {
                    emphasized += added;
                }
            }
        }
    }

    private static void AddLink(List<Link> links, MappedTextBuilder builder, int start, string url)
    {
        while (start < builder.Length && builder.IsSpaceAt(start))
        {
            start++;
        }

        if (builder.Length > start)
        {
            links.Add(new Link(TextSpan.FromBounds(start, builder.Length), url));
        }
    }

    /// <summary>
    /// Maps text to its source span: one to one when lengths agree or the text is written inside the span as it reads
    /// (a table cell's words between the padding around them, code between its backticks), else every character to
    /// the whole span (an entity).
    /// </summary>
    private static void AppendSlice(MappedTextBuilder builder, SourceText source, string text, SourceSpan span)
    {
        if (span.Length == text.Length)
        {
            builder.AppendVerbatim(text, span.Start);
            return;
        }

        if (text.Length > 0 && span.Start >= 0 && span.End < source.Text.Length &&
            source.Text.AsSpan(span.Start, span.Length).IndexOf(text, StringComparison.Ordinal) is var at and >= 0)
        {
            builder.AppendVerbatim(text, span.Start + at);
            return;
        }

        foreach (var c in text)
        {
            builder.Append(c, span.Start, span.End + 1);
        }
    }

    private IEnumerable<BlockDraft> ReadHtmlBlock(SourceText source, HtmlBlock html)
    {
        var start = html.Span.Start;
        var fragment = source.Text.Substring(start, html.Span.Length);
        var inner = _html.Read(new SourceText(fragment, source.Path), new ReaderOptions { Body = BodyMode.Whole });
        foreach (var block in inner.Blocks)
        {
            yield return new BlockDraft(block.Kind, block.Content.Shift(start))
            {
                Level = block.Level,
                Marker = block.Marker,
                IsEmphasized = block.IsEmphasized,
                Links = block.Links,
            };
        }
    }
}
