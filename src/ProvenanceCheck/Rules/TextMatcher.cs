using System.Text.RegularExpressions;
using ProvenanceCheck.Analysis;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Rules;

/// <summary>
/// What a rule looks for in a sentence: lexicon phrases, literal phrases, a regular expression or a
/// computed fact (such as an AI-use statement), combined with "or". Text inside quotations can be skipped.
/// </summary>
public sealed class TextMatcher
{
    private readonly List<PhraseMatcher> _phrases;
    private readonly List<Regex> _regexes;
    private readonly List<string> _facts;

    internal TextMatcher(List<PhraseMatcher> phrases, List<Regex> regexes, List<string> facts, bool skipQuotations)
    {
        _phrases = phrases;
        _regexes = regexes;
        _facts = facts;
        SkipQuotations = skipQuotations;
    }

    /// <summary>The facts this matcher can name.</summary>
    public static IReadOnlyList<string> KnownFacts { get; } =
        ["ai-disclosure", "hedged-disclosure", "affirmative-disclosure", "negative-disclosure", "unnamed-attribution", "named-attribution", "hedge", "number", "quotation", "link"];

    /// <summary>Whether matches inside quotations are ignored.</summary>
    public bool SkipQuotations { get; }

    /// <summary>Whether the matcher is built from facts only.</summary>
    public bool IsFactOnly => _phrases.Count == 0 && _regexes.Count == 0;

    /// <summary>Every match in the sentence, as spans of the sentence text.</summary>
    public IEnumerable<TextSpan> Matches(SentenceFacts facts, ArticleFacts article)
    {
        foreach (var matcher in _phrases)
        {
            foreach (var (start, count) in matcher.Matches(facts.Tokens))
            {
                if (!(SkipQuotations && facts.InQuote[start]))
                {
                    yield return TextSpan.FromBounds(facts.Tokens[start].Span.Start, facts.Tokens[start + count - 1].Span.End);
                }
            }
        }

        foreach (var regex in _regexes)
        {
            foreach (var match in RunRegex(regex, facts.Sentence.Text))
            {
                yield return match;
            }
        }

        foreach (var fact in _facts)
        {
            foreach (var span in FactSpans(fact, facts, article))
            {
                yield return span;
            }
        }
    }

    /// <summary>Whether <see cref="Matches"/> would yield anything, without building the matches.</summary>
    public bool IsMatch(SentenceFacts facts, ArticleFacts article)
    {
        foreach (var matcher in _phrases)
        {
            if (matcher.AnyMatch(facts.Tokens, SkipQuotations ? facts.InQuote : null))
            {
                return true;
            }
        }

        foreach (var regex in _regexes)
        {
            if (RunRegex(regex, facts.Sentence.Text).Any())
            {
                return true;
            }
        }

        foreach (var fact in _facts)
        {
            if (IsDisclosureFact(fact, out var kind) ? HasDisclosure(article, facts.Sentence, kind) : FactSpans(fact, facts, article).Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the fact names AI-use statements, and which kind counts (null: every statement).</summary>
    private static bool IsDisclosureFact(string fact, out DisclosureKind? kind)
    {
        (var isDisclosure, kind) = fact switch
        {
            "ai-disclosure" => (true, (DisclosureKind?)null),
            "hedged-disclosure" => (true, DisclosureKind.Hedged),
            "affirmative-disclosure" => (true, DisclosureKind.Affirmative),
            "negative-disclosure" => (true, DisclosureKind.Negative),
            _ => (false, null),
        };
        return isDisclosure;
    }

    private static bool Counts(DisclosureStatement disclosure, Documents.Sentence sentence, DisclosureKind? kind) =>
        disclosure.Sentence == sentence && (kind is null || disclosure.Kind == kind);

    private static bool HasDisclosure(ArticleFacts article, Documents.Sentence sentence, DisclosureKind? kind)
    {
        foreach (var disclosure in article.Disclosures)
        {
            if (Counts(disclosure, sentence, kind))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<TextSpan> RunRegex(Regex regex, string text)
    {
        MatchCollection matches;
        try
        {
            matches = regex.Matches(text);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }

        foreach (Match match in matches)
        {
            if (match.Length > 0)
            {
                yield return new TextSpan(match.Index, match.Length);
            }
        }
    }

    private static IEnumerable<TextSpan> FactSpans(string fact, SentenceFacts facts, ArticleFacts article)
    {
        var whole = new TextSpan(0, facts.Sentence.Text.Length);
        if (IsDisclosureFact(fact, out var kind))
        {
            // A hedged statement is underlined at its hedge; any other statement is the whole sentence.
            return article.Disclosures.Where(d => Counts(d, facts.Sentence, kind)).Select(d => kind == DisclosureKind.Hedged ? d.HedgeSpan ?? whole : whole);
        }

        return fact switch
        {
            "unnamed-attribution" => facts.Attributions.Where(a => a.Class == SourceClass.Unnamed).Select(a => a.SourceSpan),
            "named-attribution" => facts.Attributions.Where(a => a.IsNamed).Select(a => a.SourceSpan),
            "hedge" => facts.Hedges.Select(h => h.Span),
            "number" => facts.Numbers.Select(n => n.Span),
            "quotation" => facts.Quotations.Select(q => Clip(q.Span, facts)),
            "link" => facts.Sentence.Block.Links.Select(l => Clip(l.Span, facts)).Where(s => !s.IsEmpty),
            _ => [],
        };
    }

    private static TextSpan Clip(TextSpan blockSpan, SentenceFacts facts)
    {
        var sentence = facts.Sentence.Span;
        var start = Math.Max(blockSpan.Start, sentence.Start);
        var end = Math.Min(blockSpan.End, sentence.End);
        return end > start ? TextSpan.FromBounds(start - sentence.Start, end - sentence.Start) : default;
    }
}
