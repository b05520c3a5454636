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

    private readonly HtmlArticleReader _html = new();

    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Markdown;

    /// <inheritdoc />
    public Article Read(SourceText source, ReaderOptions options)
    {
        var document = Markdig.Markdown.Parse(source.Text, Pipeline);
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
                    AddLeaf(blocks, heading, BlockKind.Heading, heading.Level);
                    break;
                case Markdig.Extensions.Figures.FigureCaption caption:
                    AddLeaf(blocks, caption, BlockKind.Caption, 0);
                    break;
                case ParagraphBlock paragraph:
                    AddLeaf(blocks, paragraph, KindFromAncestors(paragraph), 0);
                    break;
                case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                    blocks.AddRange(ReadHtmlBlock(source, html));
                    break;
            }
        }

        return ArticleBuilder.Build(source, ArticleFormat.Markdown, blocks, metadata, notes);
    }

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

    private static void AddLeaf(List<BlockDraft> blocks, LeafBlock leaf, BlockKind kind, int level)
    {
        if (leaf.Inline is null)
        {
            return;
        }

        var builder = new MappedTextBuilder();
        var links = new List<Link>();
        var emphasized = 0;
        var letters = 0;
        AppendInlines(leaf.Inline, builder, links, emphasis: false, ref emphasized, ref letters);
        var content = builder.Build();
        blocks.Add(new BlockDraft(kind, content)
        {
            Level = level,
            Links = links,
            IsEmphasized = letters > 0 && emphasized * 10 >= letters * 9,
        });
    }

    private static void AppendInlines(ContainerInline container, MappedTextBuilder builder, List<Link> links, bool emphasis, ref int emphasized, ref int letters)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var before = builder.Length;
            switch (inline)
            {
                case LiteralInline literal:
                    AppendSlice(builder, literal.Content.ToString(), literal.Span);
                    break;
                case HtmlEntityInline entity:
                    AppendSlice(builder, entity.Transcoded.ToString(), entity.Span);
                    break;
                case CodeInline code:
                    AppendSlice(builder, code.Content, code.Span);
                    break;
                case LineBreakInline lineBreak:
                    builder.AppendBreak(lineBreak.Span.Start);
                    break;
                case AutolinkInline autolink:
                    AppendSlice(builder, autolink.Url, autolink.Span);
                    links.Add(new Link(TextSpan.FromBounds(before, builder.Length), autolink.Url));
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    AppendInlines(link, builder, links, emphasis, ref emphasized, ref letters);
                    AddLink(links, builder, before, link.Url ?? "");
                    break;
                case EmphasisInline em:
                    AppendInlines(em, builder, links, emphasis || em.DelimiterChar is '*' or '_', ref emphasized, ref letters);
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, builder, links, emphasis, ref emphasized, ref letters);
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

    /// <summary>Maps text to its source span: one to one when lengths agree, else every character to the whole span.</summary>
    private static void AppendSlice(MappedTextBuilder builder, string text, SourceSpan span)
    {
        if (span.Length == text.Length)
        {
            builder.AppendVerbatim(text, span.Start);
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
