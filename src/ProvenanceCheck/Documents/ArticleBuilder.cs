using System.Text.RegularExpressions;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>Assembles blocks into an article: splits sentences and recognises visible bylines.</summary>
internal static partial class ArticleBuilder
{
    public static Article Build(SourceText source, ArticleFormat format, IEnumerable<BlockDraft> drafts, ArticleMetadata metadata, IReadOnlyList<string>? notes = null)
    {
        var blocks = new List<Block>();
        foreach (var draft in drafts)
        {
            if (draft.Content.Length == 0)
            {
                continue;
            }

            var kind = draft.Kind is BlockKind.Paragraph or BlockKind.Heading && IsVisibleByline(draft.Content.Text) ? BlockKind.Byline : draft.Kind;
            var block = new Block(kind, draft.Content, draft.Region)
            {
                Level = draft.Level,
                IsEmphasized = draft.IsEmphasized,
                Marker = draft.Marker,
                Links = draft.Links,
                LineBreaks = draft.LineBreaks,
            };
            block.SetSentences(SplitSentences(block));
            blocks.Add(block);
            if (kind == BlockKind.Byline && metadata.Authors.Count == 0)
            {
                AddBylineAuthors(metadata, block);
            }
        }

        return new Article(source, format, blocks, metadata, notes ?? []);
    }

    private static List<Sentence> SplitSentences(Block block)
    {
        if (block.Kind is BlockKind.Byline)
        {
            return [new Sentence(block, 0, new TextSpan(0, block.Text.Length))];
        }

        var spans = SentenceSplitter.Split(block.Text, block.LineBreaks);
        var sentences = new List<Sentence>(spans.Count);
        foreach (var span in spans)
        {
            sentences.Add(new Sentence(block, sentences.Count, span));
        }

        return sentences;
    }

    private static bool IsVisibleByline(string text) => text.Length <= 120 && BylinePattern().IsMatch(text);

    private static void AddBylineAuthors(ArticleMetadata metadata, Block block)
    {
        // "By Jane Roe<br>Staff reporter": the names are on the byline's first line.
        var firstLine = block.LineBreaks.Count > 0 ? block.Text[..block.LineBreaks[0]] : block.Text;
        var match = BylinePattern().Match(firstLine);
        if (!match.Success)
        {
            return;
        }

        foreach (var name in AuthorSeparator().Split(match.Groups["names"].Value))
        {
            metadata.AddAuthor(name);
        }

        metadata.Add(new MetadataField("byline", block.Text, "byline", block.SourceSpan));
    }

    [GeneratedRegex(@"^\s*(?:By|BY|Words by|Written by|Reporting by)\s+(?<names>\p{Lu}[\p{L}.'\-]*(?:\s+(?:\p{Lu}[\p{L}.'\-]*|de|van|von|da|der|and|&|,))*)", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();
}
