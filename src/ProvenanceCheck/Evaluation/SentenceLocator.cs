using System.Text;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Evaluation;

/// <summary>
/// Finds labelled sentences in an article by their text (white space and quote styles folded), and
/// returns which of the article's sentences each one overlaps. Labels are matched on the reader's
/// output, so the same label file serves for expected.txt and for the page's source.html.
/// </summary>
internal static class SentenceLocator
{
    public static List<LocatedLabel> Locate(Article article, IReadOnlyList<LabelledSentence> labels)
    {
        var blocks = article.Blocks.Select(b => (Block: b, Folded: Fold(b.Text))).ToList();
        var located = new List<LocatedLabel>();
        foreach (var label in labels)
        {
            var wanted = Fold(label.Text).Text;
            var indexes = new List<int>();
            foreach (var (block, folded) in blocks)
            {
                var at = wanted.Length == 0 ? -1 : folded.Text.IndexOf(wanted, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var start = folded.Map[at];
                var end = folded.Map[at + wanted.Length - 1] + 1;
                indexes.AddRange(block.Sentences.Where(s => s.Span.Start < end && s.Span.End > start).Select(s => s.Index));
                break;
            }

            located.Add(new LocatedLabel(label.Text, label.Labels, indexes));
        }

        return located;
    }

    /// <summary>Folds white space and typographic quotes, keeping a map back to the original index.</summary>
    private static (string Text, int[] Map) Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                map.Add(i);
                space = false;
            }

            builder.Append(c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' => '\'',
                _ => c,
            });
            map.Add(i);
        }

        return (builder.ToString(), [.. map]);
    }
}
