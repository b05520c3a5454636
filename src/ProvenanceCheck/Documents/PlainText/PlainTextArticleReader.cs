using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.PlainText;

/// <summary>
/// Reads plain text. Paragraphs are separated by blank lines, and lines inside a paragraph are
/// soft-wrapped; a file with no blank lines at all has one paragraph per line. A short line with no
/// closing punctuation reads as a heading.
/// </summary>
public sealed class PlainTextArticleReader : IArticleReader
{
    /// <inheritdoc />
    public ArticleFormat Format => ArticleFormat.Text;

    /// <inheritdoc />
    public Article Read(SourceText source, ReaderOptions options) =>
        ArticleBuilder.Build(source, ArticleFormat.Text, ReadBlocks(source.Text, 0), new ArticleMetadata());

    /// <summary>Cuts text (or a slice of a larger file starting at <paramref name="offset"/>) into paragraph drafts.</summary>
    internal static List<BlockDraft> ReadBlocks(string text, int offset)
    {
        var lines = SplitLines(text);
        var linePerParagraph = !HasBlankLineBetweenText(lines, text);
        var blocks = new List<BlockDraft>();
        var builder = new MappedTextBuilder();
        var lineCount = 0;
        foreach (var (start, end) in lines)
        {
            var blank = IsBlank(text, start, end);
            if (blank || linePerParagraph)
            {
                AddBlock(blocks, builder, lineCount);
                lineCount = 0;
                if (blank)
                {
                    continue;
                }
            }

            builder.AppendBreak(offset + start);
            builder.AppendVerbatim(text.AsSpan(start, end - start), offset + start);
            lineCount++;
        }

        AddBlock(blocks, builder, lineCount);
        return blocks;
    }

    private static void AddBlock(List<BlockDraft> blocks, MappedTextBuilder builder, int lineCount)
    {
        if (builder.Length == 0)
        {
            return;
        }

        var content = builder.Build();
        builder.Clear();
        var isHeading = lineCount == 1 && LooksLikeHeading(content.Text);
        blocks.Add(new BlockDraft(isHeading ? BlockKind.Heading : BlockKind.Paragraph, content)
        {
            Level = isHeading ? (blocks.Count == 0 ? 1 : 2) : 0,
        });
    }

    /// <summary>A short line without closing punctuation, such as "Wants time to conquer key cities".</summary>
    internal static bool LooksLikeHeading(string text)
    {
        if (text.Length == 0 || text.Length > 100)
        {
            return false;
        }

        var last = text[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or ')' or '…')
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 12 && char.IsUpper(text[0]);
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                lines.Add((start, i));
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private static bool HasBlankLineBetweenText(List<(int Start, int End)> lines, string text)
    {
        var seenText = false;
        var pendingBlank = false;
        foreach (var (start, end) in lines)
        {
            if (IsBlank(text, start, end))
            {
                pendingBlank = seenText;
            }
            else
            {
                if (pendingBlank)
                {
                    return true;
                }

                seenText = true;
            }
        }

        return false;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
