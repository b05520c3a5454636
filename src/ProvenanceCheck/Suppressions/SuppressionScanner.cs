using System.Buffers;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Suppressions;

/// <summary>
/// Finds suppression directives in an article's original source: <c>&lt;!-- provcheck-disable ID -- reason --&gt;</c>
/// … <c>&lt;!-- provcheck-enable ID --&gt;</c> and <c>&lt;!-- provcheck-disable-next-block ID --&gt;</c> comments
/// (HTML and Markdown), <c>data-provcheck-ignore="ID"</c> on an HTML element, and front matter
/// <c>provcheck: {disable: [ID], reason: …}</c>. It reads the source text rather than the reader's tree,
/// because the readers drop comments and attributes that carry no article text.
/// </summary>
public static partial class SuppressionScanner
{
    // Vectorised: a case-insensitive string.Contains runs character by character in invariant globalization mode,
    // which made this pre-check one of the costliest steps on large pages.
    private static readonly SearchValues<string> IgnoreAttribute = SearchValues.Create(["data-provcheck-ignore"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every directive in the article, in file order.</summary>
    public static IReadOnlyList<SuppressionDirective> Scan(Article article)
    {
        var directives = new List<SuppressionDirective>();
        if (article.Format is ArticleFormat.Html or ArticleFormat.Markdown)
        {
            ScanComments(article, directives);
        }

        if (article.Format == ArticleFormat.Html)
        {
            ScanAttributes(article.Source.Text, directives);
        }

        ScanFrontMatter(article, directives);
        directives.Sort(static (a, b) => a.DirectiveSpan.Start.CompareTo(b.DirectiveSpan.Start));
        return directives;
    }

    /// <summary>Splits <c>PC3001, PC3002 -- reason</c> into ids and reason.</summary>
    public static (IReadOnlyList<string> Ids, string? Reason) ParseArguments(string text)
    {
        var dashes = text.IndexOf("--", StringComparison.Ordinal);
        var idsPart = dashes >= 0 ? text[..dashes] : text;
        var reason = dashes >= 0 ? text[(dashes + 2)..].Trim() : null;
        var ids = idsPart.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return (ids, string.IsNullOrEmpty(reason) ? null : reason);
    }

    private static void ScanComments(Article article, List<SuppressionDirective> directives)
    {
        var text = article.Source.Text;
        if (!text.Contains("provcheck-", StringComparison.Ordinal))
        {
            return;
        }

        var open = new List<(string Id, string? Reason, TextSpan Span)>();
        var code = article.Format == ArticleFormat.Markdown ? MarkdownCodeSpans(text) : [];
        foreach (Match match in CommentPattern().Matches(text))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (code.Any(c => c.Contains(span.Start)))
            {
                // A directive shown in a code block or code span is an example for the reader, not an instruction.
                continue;
            }

            var (ids, reason) = ParseArguments(match.Groups["args"].Value);
            switch (match.Groups["verb"].Value)
            {
                case "disable":
                    open.AddRange(ids.Select(id => (id, reason, span)));
                    break;
                case "enable":
                    Close(open, ids, span.Start, directives);
                    break;
                default:
                    directives.Add(NextBlock(article, ids, reason, span));
                    break;
            }
        }

        // A disable with no matching enable runs to the end of the file, and so also covers the article as a whole.
        foreach (var (id, reason, span) in open)
        {
            directives.Add(new SuppressionDirective
            {
                Kind = "disable", RuleIds = [id], Justification = reason, DirectiveSpan = span,
                Range = TextSpan.FromBounds(span.End, text.Length), CoversArticle = true,
            });
        }
    }

    private static List<TextSpan> MarkdownCodeSpans(string text)
    {
        var document = Markdown.Parse(text, CodePipeline);
        var spans = document.Descendants<CodeBlock>().Select(b => TextSpan.FromBounds(b.Span.Start, b.Span.End + 1)).ToList();
        spans.AddRange(document.Descendants<CodeInline>().Select(c => TextSpan.FromBounds(c.Span.Start, c.Span.End + 1)));
        return spans;
    }

    private static readonly MarkdownPipeline CodePipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().Build();

    private static void Close(List<(string Id, string? Reason, TextSpan Span)> open, IReadOnlyList<string> ids, int end, List<SuppressionDirective> directives)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var (id, reason, span) = open[i];
            if (ids.Count > 0 && !ids.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            directives.Add(new SuppressionDirective
            {
                Kind = "disable", RuleIds = [id], Justification = reason, DirectiveSpan = span, Range = TextSpan.FromBounds(span.End, end),
            });
            open.RemoveAt(i);
        }
    }

    private static SuppressionDirective NextBlock(Article article, IReadOnlyList<string> ids, string? reason, TextSpan span)
    {
        var block = article.Blocks.FirstOrDefault(b => b.SourceSpan.Start >= span.End);
        return new SuppressionDirective
        {
            Kind = "disable-next-block", RuleIds = ids, Justification = reason, DirectiveSpan = span,
            Range = block?.SourceSpan ?? new TextSpan(span.End, 0),
        };
    }

    private static void ScanAttributes(string text, List<SuppressionDirective> directives)
    {
        if (text.AsSpan().IndexOfAny(IgnoreAttribute) < 0)
        {
            return;
        }

        foreach (Match match in AttributePattern().Matches(text))
        {
            var value = match.Groups["dq"].Success ? match.Groups["dq"].Value : match.Groups["sq"].Success ? match.Groups["sq"].Value : match.Groups["bare"].Value;
            var (ids, reason) = ParseArguments(System.Net.WebUtility.HtmlDecode(value));
            var attribute = match.Groups["attr"];
            var tagName = match.Groups["tag"].Value;
            var end = HtmlElementRoles.IsVoid(tagName) || match.Value.EndsWith("/>", StringComparison.Ordinal)
                ? match.Index + match.Length
                : ElementEnd(text, tagName, match.Index + match.Length);
            directives.Add(new SuppressionDirective
            {
                Kind = "attribute", RuleIds = ids, Justification = reason,
                DirectiveSpan = new TextSpan(attribute.Index, attribute.Length), Range = TextSpan.FromBounds(match.Index, end),
            });
        }
    }

    /// <summary>The end of the element whose start tag ends at <paramref name="from"/>, counting nested elements of the same name.</summary>
    private static int ElementEnd(string text, string tagName, int from)
    {
        var depth = 1;
        var pattern = new Regex($@"<(/?){Regex.Escape(tagName)}\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        for (var match = pattern.Match(text, from); match.Success; match = match.NextMatch())
        {
            depth += match.Groups[1].Value == "/" ? -1 : match.Value.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1;
            if (depth == 0)
            {
                return match.Index + match.Length;
            }
        }

        return text.Length;
    }

    private static void ScanFrontMatter(Article article, List<SuppressionDirective> directives)
    {
        var fields = article.Metadata.Fields.Where(f => f.Origin == "front-matter").ToList();
        var reason = fields.FirstOrDefault(f => f.Key == "provcheck.reason")?.Value;
        foreach (var field in fields.Where(f => f.Key == "provcheck.disable"))
        {
            var (ids, inlineReason) = ParseArguments(field.Value);
            directives.Add(new SuppressionDirective
            {
                Kind = "front-matter", RuleIds = ids, Justification = inlineReason ?? reason, DirectiveSpan = field.SourceSpan,
                Range = new TextSpan(0, article.Source.Text.Length), CoversArticle = true,
            });
        }
    }

    [GeneratedRegex(@"<!--\s*provcheck-(?<verb>disable-next-block|disable|enable)\b(?<args>.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"<(?<tag>[a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(?<attr>data-provcheck-ignore\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s>]+)))[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AttributePattern();
}
