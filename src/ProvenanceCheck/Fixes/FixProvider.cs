using System.Net;
using System.Text.RegularExpressions;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Fixes;

/// <summary>
/// Turns a rule's declared fixes into text edits on the original source, for HTML, Markdown and text.
/// Edits touch only the text they must: everything else in the file stays byte for byte as it was.
/// </summary>
public static partial class FixProvider
{
    private static readonly HashSet<string> BlockClosers = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "dd", "dt", "td", "th", "pre", "div", "section", "article", "aside", "footer", "header",
    };

    /// <summary>
    /// The fixes for a result's active diagnostics, one per diagnostic at most. <paramref name="include"/> decides
    /// which rules' fixes to use; settings fill <c>{name}</c> placeholders. A diagnostic whose fix cannot be
    /// applied safely (a sentence broken by markup, an unknown placeholder) gets none.
    /// </summary>
    public static IReadOnlyList<ProposedFix> Propose(CheckResult result, IReadOnlyDictionary<string, string> settings, Func<Diagnostic, FixDefinition, bool> include)
    {
        var fixes = new List<ProposedFix>();
        foreach (var diagnostic in result.Active)
        {
            var proposed = diagnostic.Rule.Fixes
                .Where(definition => include(diagnostic, definition))
                .Select(definition => Propose(result.Article, diagnostic, definition, settings))
                .FirstOrDefault(fix => fix is not null);
            if (proposed is not null)
            {
                fixes.Add(proposed);
            }
        }

        return fixes;
    }

    /// <summary>The edits of one fix for one diagnostic, or null when it does not apply.</summary>
    public static ProposedFix? Propose(Article article, Diagnostic diagnostic, FixDefinition definition, IReadOnlyDictionary<string, string> settings)
    {
        if (!TryExpand(definition.Text, settings, out var text) || !TryExpand(definition.Before, settings, out var before) || !TryExpand(definition.After, settings, out var after))
        {
            return null;
        }

        IReadOnlyList<TextEdit>? edits = definition.Action switch
        {
            "insert-at-body-end" => [InsertAfter(article, article.BodyBlocks.LastOrDefault() ?? article.Blocks.LastOrDefault(), text)],
            "insert-after-headline" => [InsertAfter(article, Headline(article), text)],
            "replace-sentence" => SentenceSpan(article, diagnostic) is { } span ? [new TextEdit(span, Escape(article, text))] : null,
            "wrap-sentence" => SentenceSpan(article, diagnostic) is { } span
                ? [new TextEdit(new TextSpan(span.Start, 0), Escape(article, before)), new TextEdit(new TextSpan(span.End, 0), Escape(article, after))]
                : null,
            _ => null,
        };
        return edits is null ? null : new ProposedFix(diagnostic, definition, [.. edits.Where(e => e.NewText.Length > 0 || e.Span.Length > 0)]);
    }

    /// <summary>Applies non-overlapping edits to a text; an edit that overlaps an earlier one is skipped.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var builder = new System.Text.StringBuilder(text.Length + 256);
        var position = 0;
        foreach (var edit in NonOverlapping(edits))
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The edits <see cref="Apply"/> carries out, in file order: an edit that overlaps an earlier one is left out.</summary>
    public static IReadOnlyList<TextEdit> NonOverlapping(IEnumerable<TextEdit> edits)
    {
        var kept = new List<TextEdit>();
        var position = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length))
        {
            if (edit.Span.Start >= position)
            {
                kept.Add(edit);
                position = edit.Span.End;
            }
        }

        return kept;
    }

    /// <summary>The body's first block: its headline, or its first paragraph when it has no heading.</summary>
    private static Block? Headline(Article article) => article.BodyBlocks.FirstOrDefault() ?? article.Blocks.FirstOrDefault();

    /// <summary>Inserts the sentence as a new paragraph after <paramref name="last"/> (at the end of the file when there is no block).</summary>
    private static TextEdit InsertAfter(Article article, Block? last, string sentence)
    {
        var source = article.Source.Text;
        var newline = source.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (last is null)
        {
            var lead = source.Length == 0 || source.EndsWith('\n') ? "" : newline;
            return new TextEdit(new TextSpan(source.Length, 0), lead + (article.Format == ArticleFormat.Html ? "<p>" + WebUtility.HtmlEncode(sentence) + "</p>" : sentence) + newline);
        }

        var end = last.SourceSpan.End;
        if (article.Format != ArticleFormat.Html)
        {
            return new TextEdit(new TextSpan(end, 0), newline + newline + sentence);
        }

        var afterBlock = AfterClosingTags(source, end);
        var lineStart = article.Source.GetLineStart(article.Source.GetLinePosition(last.SourceSpan.Start).Line);
        var indent = LeadingWhitespace().Match(source, lineStart).Value;
        return new TextEdit(new TextSpan(afterBlock, 0), newline + indent + "<p>" + WebUtility.HtmlEncode(sentence) + "</p>");
    }

    /// <summary>The offset after the closing tags that end the block: inline closers, then the first block closer.</summary>
    private static int AfterClosingTags(string source, int from)
    {
        var position = from;
        for (var match = ClosingTag().Match(source, position); match.Success && match.Index == position; match = ClosingTag().Match(source, position))
        {
            position = match.Index + match.Length;
            if (BlockClosers.Contains(match.Groups["name"].Value))
            {
                break;
            }
        }

        return position;
    }

    private static TextSpan? SentenceSpan(Article article, Diagnostic diagnostic)
    {
        if (diagnostic.SentenceIndex < 0 || diagnostic.SentenceIndex >= article.Sentences.Count)
        {
            return null;
        }

        var span = article.Sentences[diagnostic.SentenceIndex].SourceSpan;

        // Markup inside the sentence (a link, emphasis) would be cut in half by a replacement: leave it to the editor.
        var markup = article.Format == ArticleFormat.Html && article.Source.Text.AsSpan(span.Start, span.Length).Contains('<');
        return markup ? null : span;
    }

    private static string Escape(Article article, string text) => article.Format == ArticleFormat.Html ? WebUtility.HtmlEncode(text) : text;

    private static bool TryExpand(string template, IReadOnlyDictionary<string, string> settings, out string text)
    {
        var missing = false;
        text = Placeholder().Replace(template, match =>
        {
            if (settings.TryGetValue(match.Groups[1].Value, out var value))
            {
                return value;
            }

            missing = true;
            return match.Value;
        });
        return !missing;
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s*</(?<name>[A-Za-z][A-Za-z0-9-]*)\s*>", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingTag();

    [GeneratedRegex(@"\G[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWhitespace();
}
