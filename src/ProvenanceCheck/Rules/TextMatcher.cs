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
            foreach (var _ in RunRegex(regex, facts.Sentence.Text))
            {
                return true;
            }
        }

        foreach (var fact in _facts)
        {
            if (HasFact(fact, facts, article))
            {
                return true;
            }
        }

        return false;
    }

    // Rules ask this of every sentence for every fact they name, so it counts without building the spans.
    private static bool HasFact(string fact, SentenceFacts facts, ArticleFacts article)
    {
        if (IsDisclosureFact(fact, out var kind))
        {
            return HasDisclosure(article, facts.Sentence, kind);
        }

        switch (fact)
        {
            case "unnamed-attribution" or "named-attribution":
                for (var i = 0; i < facts.Attributions.Count; i++)
                {
                    if (IsOfKind(facts.Attributions[i], fact))
                    {
                        return true;
                    }
                }

                return false;
            case "hedge":
                return facts.Hedges.Count > 0;
            case "number":
                return facts.Numbers.Count > 0;
            case "quotation":
                return facts.Quotations.Count > 0;
            default:
                return FactSpans(fact, facts, article).Any();
        }
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

    private static bool HasKind(DisclosureStatement disclosure, DisclosureKind? kind) => kind is null || disclosure.Kind == kind;

    private static bool HasDisclosure(ArticleFacts article, Documents.Sentence sentence, DisclosureKind? kind)
    {
        // Indexed: a foreach over the interface would allocate an enumerator for every sentence of every rule.
        var disclosures = article.DisclosuresIn(sentence);
        for (var i = 0; i < disclosures.Count; i++)
        {
            if (HasKind(disclosures[i], kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The non-empty matches, left to right; a match that runs out of time ends the list (user patterns must not hang a check).</summary>
    private static IEnumerable<TextSpan> RunRegex(Regex regex, string text)
    {
        var match = Next(regex, text, null);
        while (match is not null)
        {
            yield return new TextSpan(match.Index, match.Length);
            match = Next(regex, text, match);
        }
    }

    private static Match? Next(Regex regex, string text, Match? previous)
    {
        try
        {
            for (var match = previous is null ? regex.Match(text) : previous.NextMatch(); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0)
                {
                    return match;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return null;
    }

    private static IEnumerable<TextSpan> FactSpans(string fact, SentenceFacts facts, ArticleFacts article)
    {
        var whole = new TextSpan(0, facts.Sentence.Text.Length);
        if (IsDisclosureFact(fact, out var kind))
        {
            // A hedged statement is underlined at its hedge; any other statement is the whole sentence.
            var statements = article.DisclosuresIn(facts.Sentence);
            return statements.Count == 0 ? [] : statements.Where(d => HasKind(d, kind)).Select(d => kind == DisclosureKind.Hedged ? d.HedgeSpan ?? whole : whole);
        }

        return fact switch
        {
            "unnamed-attribution" or "named-attribution" => facts.Attributions.Where(a => IsOfKind(a, fact)).Select(a => a.SourceSpan),
            "hedge" => facts.Hedges.Select(h => h.Span),
            "number" => facts.Numbers.Select(n => n.Span),
            "quotation" => facts.Quotations.Select(q => Clip(q.Span, facts)),
            "link" => facts.Sentence.Block.Links.Select(l => Clip(l.Span, facts)).Where(s => !s.IsEmpty),
            _ => [],
        };
    }

    private static bool IsOfKind(Attribution attribution, string fact) =>
        fact == "named-attribution" ? attribution.IsNamed : attribution.Class == SourceClass.Unnamed;

    private static TextSpan Clip(TextSpan blockSpan, SentenceFacts facts)
    {
        var sentence = facts.Sentence.Span;
        var start = Math.Max(blockSpan.Start, sentence.Start);
        var end = Math.Min(blockSpan.End, sentence.End);
        return end > start ? TextSpan.FromBounds(start - sentence.Start, end - sentence.Start) : default;
    }
}
