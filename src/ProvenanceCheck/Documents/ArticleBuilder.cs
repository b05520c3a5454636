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

            // A short line on its own may be read as a heading (plain text has no markup to say otherwise).
            if (metadata.Published is null && kind is BlockKind.Paragraph or BlockKind.Byline or BlockKind.Heading)
            {
                AddVisibleDate(metadata, block);
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

    /// <summary>
    /// "Published 20 November 2026", "Updated: Nov. 20, 2026, 9:14 a.m.", "By Ann Lee | 2026-11-20": a date the reader
    /// sees is the publication date when the markup declares none (a declared one wins). Only a short line that is
    /// the date (with its label, time and zone), a byline that ends in one, or a lede that opens with one (a wire
    /// dateline) counts: not a date in a sentence.
    /// </summary>
    private static void AddVisibleDate(ArticleMetadata metadata, Block block)
    {
        // "Feb. 23, 2015 -- Life-threatening…", "LONDON, 20 November 2026 (Reuters) — …": the lede's own dateline.
        var match = block.Kind == BlockKind.Paragraph ? LedeDatePattern().Match(block.Text) : Match.Empty;
        if (!match.Success && block.Text.Length <= 100)
        {
            match = block.Kind == BlockKind.Byline ? BylineDatePattern().Match(block.Text) : DatelinePattern().Match(block.Text);
        }

        if (match.Success)
        {
            metadata.Published = match.Groups["date"].Value;
            metadata.Add(new MetadataField("published", match.Groups["date"].Value, "dateline", block.SourceSpan));
        }
    }

    private const string DateExpression =
        @"(?<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" +
        @"(?:\d{1,2}\s+(?:" + Months + @")\.?,?\s+\d{4}" +
        @"|(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}" +
        @"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})" +
        @"(?:,?\s+(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?)?)";

    private const string Months =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    [GeneratedRegex(@"^\s*(?:(?:(?:First\s+|Last\s+)?(?:Published|Updated|Posted)|Date)(?:\s+on)?\s*:?\s*)?" + DateExpression + @"\s*\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{Lu} .'\-]+,\s*)?" + DateExpression + @"\s*(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)\s", RegexOptions.CultureInvariant)]
    private static partial Regex LedeDatePattern();

    [GeneratedRegex(@"[|·•—–,]\s*(?:(?:Published|Updated|Posted)(?:\s+on)?\s*:?\s*)?" + DateExpression + @"\s*\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BylineDatePattern();

    [GeneratedRegex(@"^\s*(?:By|BY|Words by|Written by|Reporting by)\s+(?<names>\p{Lu}[\p{L}.'\-]*(?:\s+(?:\p{Lu}[\p{L}.'\-]*|de|van|von|da|der|and|&|,))*)", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();
}
