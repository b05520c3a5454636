using ProvenanceCheck.Analysis;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Rules.Kinds;

/// <summary>
/// What counts as a claim for <c>claim-needs-source</c>:
/// <c>claim: {terms, quantity, people, exclude-units, max-distance, loss-terms, loss-people, squad-people, squad-terms}</c>
/// for figures, or
/// <c>claim: outlet-citation</c> for reporting cited from another outlet.
/// </summary>
internal sealed class ClaimPattern
{
    private TextMatcher _terms = null!;
    private PhraseMatcher? _people;
    private PhraseMatcher? _excludeUnits;
    private TextMatcher? _lossTerms;
    private PhraseMatcher? _lossPeople;
    private PhraseMatcher? _squadPeople;
    private TextMatcher? _squadTerms;
    private bool _quantity = true;
    private int _maxDistance = 8;
    private bool _outletCitation;
    private AnalysisLexicons _lexicons = null!;
    private PhraseMatcher _outletCues = null!;
    private PhraseMatcher _outletCredits = null!;

    public TextMatcher Terms => _terms;

    public static ClaimPattern Read(YamlNodeReader options, PolicyContext context)
    {
        var pattern = new ClaimPattern { _lexicons = context.AnalysisLexicons };
        if (options.Node("claim") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "outlet-citation" })
        {
            pattern._outletCitation = true;
            pattern._terms = new TextMatcher([context.Lexicons.Matcher("outlet-names")], [], [], true);
            pattern._outletCues = context.Lexicons.Matcher("outlet-reference-cues");
            pattern._outletCredits = context.Lexicons.Matcher("outlet-credit-lines");
            return pattern;
        }

        var claim = options.OptionalMapping("claim") ?? throw options.Error("missing required key 'claim' (a mapping, or 'outlet-citation')");
        pattern._terms = context.ReadMatcher(claim, "terms", required: true);
        pattern._quantity = claim.OptionalBool("quantity") ?? true;
        if (claim.OptionalString("people") is { } people)
        {
            pattern._people = context.LexiconMatcher(claim.File, claim.Node("people")!, people.TrimStart('@'));
        }
        if (claim.OptionalString("exclude-units") is { } exclude)
        {
            pattern._excludeUnits = context.LexiconMatcher(claim.File, claim.Node("exclude-units")!, exclude.TrimStart('@'));
        }

        ReadLossTerms(claim, context, pattern);
        ReadSquadPeople(claim, context, pattern);
        pattern._maxDistance = claim.OptionalInt("max-distance", 1, 40) ?? 8;
        claim.EnsureNoUnknownKeys("'claim'");
        return pattern;
    }

    /// <summary>
    /// "lost 30 troops" is a casualty figure and "lost 2 million customers" is not: <c>loss-terms</c> make a figure a
    /// claim only when a <c>loss-people</c> noun follows it. Both or neither.
    /// </summary>
    private static void ReadLossTerms(YamlNodeReader claim, PolicyContext context, ClaimPattern pattern)
    {
        if (claim.Node("loss-terms") is null && claim.Node("loss-people") is null)
        {
            return;
        }

        pattern._lossTerms = context.ReadMatcher(claim, "loss-terms", required: true);
        var people = claim.OptionalString("loss-people") ?? throw claim.Error("'loss-terms' needs 'loss-people' (the nouns a loss counts)");
        pattern._lossPeople = context.LexiconMatcher(claim.File, claim.Node("loss-people")!, people.TrimStart('@'));
    }

    /// <summary>
    /// "United were without nine injured players" is a team sheet, "the crash killed nine players" a casualty figure:
    /// a figure of <c>squad-people</c> is a claim only with a <c>squad-terms</c> word (a death, an accident) near it.
    /// Both or neither.
    /// </summary>
    private static void ReadSquadPeople(YamlNodeReader claim, PolicyContext context, ClaimPattern pattern)
    {
        if (claim.Node("squad-people") is null && claim.Node("squad-terms") is null)
        {
            return;
        }

        var squad = claim.OptionalString("squad-people") ?? throw claim.Error("'squad-terms' needs 'squad-people' (the nouns whose figures they make casualties)");
        pattern._squadPeople = context.LexiconMatcher(claim.File, claim.Node("squad-people")!, squad.TrimStart('@'));
        pattern._squadTerms = context.ReadMatcher(claim, "squad-terms", required: true);
    }

    /// <summary>The claims in a sentence, as spans of its text (the figure, or the outlet's name).</summary>
    public IEnumerable<TextSpan> Find(SentenceFacts facts, ArticleFacts article) =>
        _outletCitation ? FindOutletCitations(facts) : FindFigures(facts, article);

    private IEnumerable<TextSpan> FindFigures(SentenceFacts facts, ArticleFacts article)
    {
        // Most sentences give no figure at all; their claim terms need not be looked for.
        if (_quantity && facts.Numbers.Count == 0)
        {
            yield break;
        }

        var termTokens = TermTokenIndexes(_terms, facts, article);
        var lossTokens = _lossTerms is null || !_quantity ? [] : TermTokenIndexes(_lossTerms, facts, article);
        if (termTokens.Count == 0 && lossTokens.Count == 0)
        {
            yield break;
        }

        if (!_quantity)
        {
            yield return new TextSpan(0, facts.Sentence.Text.Length);
            yield break;
        }

        List<int>? squadTermTokens = null;
        foreach (var number in facts.Numbers)
        {
            if ((termTokens.Count > 0 && IsFigureOfPeople(number, facts, termTokens)) || (lossTokens.Count > 0 && IsLossOfPeople(number, facts, lossTokens)))
            {
                if (_squadPeople is not null && NounFollows(_squadPeople, facts, number))
                {
                    squadTermTokens ??= TermTokenIndexes(_squadTerms!, facts, article);
                    if (!TokenSearch.AnyBetween(squadTermTokens, number.StartToken - _maxDistance, number.EndToken + _maxDistance - 1))
                    {
                        continue;
                    }
                }

                yield return number.Span;
            }
        }
    }

    private static List<int> TermTokenIndexes(TextMatcher terms, SentenceFacts facts, ArticleFacts article)
    {
        var indexes = new List<int>();
        var tokens = facts.Tokens;
        foreach (var span in terms.Matches(facts, article))
        {
            for (var i = TokenSearch.FirstStartingFrom(tokens, span.Start); i < tokens.Count && tokens[i].Span.Start == span.Start; i++)
            {
                indexes.Add(i);
            }
        }

        // Sorted, so each figure finds the terms near it by a search.
        indexes.Sort();
        return indexes;
    }

    /// <summary>Whether a number counts people ("2 million people", "40 soldiers").</summary>
    public bool IsHeadCount(NumberExpression number, SentenceFacts facts) =>
        _people is not null && !IsYearOrTime(number, facts) && PeopleNounFollows(facts, number);

    private bool IsFigureOfPeople(NumberExpression number, SentenceFacts facts, List<int> termTokens)
    {
        if (number.IsAge || IsYearOrTime(number, facts) || IsShareOfAnotherFigure(number, facts))
        {
            return false;
        }

        var unit = number.Unit;
        if (unit is not null && _excludeUnits is not null && _excludeUnits.ContainsWord(unit))
        {
            return false;
        }

        // A term after the figure is near within max-distance tokens of its end; one before it, within max-distance of its start.
        var near = TokenSearch.AnyBetween(termTokens, number.StartToken - _maxDistance, number.EndToken + _maxDistance - 1);
        if (!near)
        {
            return false;
        }

        var countsPeople = _people is null || PeopleNounFollows(facts, number);
        var termRightAfter = TokenSearch.AnyBetween(termTokens, number.EndToken, number.EndToken + 2);
        var isBareOne = number.Value == 1 && !number.IsApproximate && number.EndToken - number.StartToken == 1 && facts.Tokens[number.StartToken].Kind == TokenKind.Word;
        if (isBareOne)
        {
            return countsPeople && unit is not null;
        }

        return countsPeople || termRightAfter || TollBefore(facts, number) || VictimsOfKilling(facts, number);
    }

    /// <summary>"one of four teenagers killed", "two of the 12 dead": the figure is the one after "of".</summary>
    private static bool IsShareOfAnotherFigure(NumberExpression number, SentenceFacts facts)
    {
        var of = number.EndToken;
        if (of >= facts.Tokens.Count || facts.Tokens[of].Lower != "of")
        {
            return false;
        }

        var next = of + 1 < facts.Tokens.Count && facts.Tokens[of + 1].Lower == "the" ? of + 2 : of + 1;
        return facts.Numbers.Any(n => n.StartToken == next);
    }

    private bool IsLossOfPeople(NumberExpression number, SentenceFacts facts, List<int> lossTokens) =>
        !number.IsAge && !IsYearOrTime(number, facts) &&
        TokenSearch.AnyBetween(lossTokens, number.StartToken - _maxDistance, number.EndToken + _maxDistance - 1) &&
        NounFollows(_lossPeople!, facts, number);

    /// <summary>"beheaded 21 Christians", "massacred 300 villagers": whatever a killing verb right before the figure counts is people, unless it is a thing.</summary>
    private bool VictimsOfKilling(SentenceFacts facts, NumberExpression number)
    {
        var killing = false;
        for (var i = Math.Max(0, number.StartToken - 2); i < number.StartToken; i++)
        {
            killing |= KillingVerbs.Contains(facts.Tokens[i].Lower);
        }

        if (!killing || number.EndToken >= facts.Tokens.Count)
        {
            return false;
        }

        var noun = facts.Tokens[number.EndToken];
        return noun.Kind == TokenKind.Word && (noun.IsCapitalized || noun.Lower.EndsWith('s')) &&
               (_excludeUnits is null || !_excludeUnits.ContainsWord(noun.Lower));
    }

    private static readonly HashSet<string> KillingVerbs = new(StringComparer.Ordinal)
    {
        "killed", "killing", "kills", "slaughtered", "slaughtering", "beheaded", "beheading", "executed", "executing",
        "massacred", "massacring", "murdered", "murdering", "slew", "slain", "shot", "wounded", "wounding", "injured",
        "injuring", "abducted", "abducting", "kidnapped", "kidnapping", "captured", "capturing",
    };

    private bool PeopleNounFollows(SentenceFacts facts, NumberExpression number) => _people is null || NounFollows(_people, facts, number);

    private static bool NounFollows(PhraseMatcher nouns, SentenceFacts facts, NumberExpression number)
    {
        // "more than 40 Ukrainian soldiers", "dozens of people": a people noun within the next three words.
        for (var i = number.EndToken; i < Math.Min(facts.Tokens.Count, number.EndToken + 3); i++)
        {
            if (facts.Tokens[i].Kind != TokenKind.Word && !facts.Tokens[i].IsPunct("-"))
            {
                return false;
            }

            if (nouns.ContainsWord(facts.Tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TollBefore(SentenceFacts facts, NumberExpression number)
    {
        // "Deaths rose to 40", "the number of dead reached 12": a count of the dead that the figure ends.
        var endsACount = number.StartToken > 0 && facts.Tokens[number.StartToken - 1].Lower is "to" or "at" or "reached" or "hit" or "of";
        for (var i = Math.Max(0, number.StartToken - 6); i < number.StartToken; i++)
        {
            var word = facts.Tokens[i].Lower;
            if (word is "toll" or "killing" or "killed" or "kills" or "wounding" or "injuring" ||
                (endsACount && word is "deaths" or "dead" or "fatalities" or "casualties" or "injured" or "wounded" or "missing"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearOrTime(NumberExpression number, SentenceFacts facts)
    {
        var token = facts.Tokens[number.EndToken - 1];
        if (number.Value is >= 1800 and <= 2100 && token.Kind == TokenKind.Number && token.Text.Length == 4 && !number.IsApproximate)
        {
            return true;
        }

        return number.Unit is "am" or "pm" or "a.m." or "p.m." or "gmt" or "bst" or "utc" or "o'clock" ||
               (number.EndToken < facts.Tokens.Count && facts.Tokens[number.EndToken].IsPunct(":")) || IsPartOfName(number, facts);
    }

    /// <summary>"Covid-19", "F-16", "9/11": digits joined to a word by a hyphen, or to digits by a slash, name something ("30-40" is a range).</summary>
    private static bool IsPartOfName(NumberExpression number, SentenceFacts facts)
    {
        var tokens = facts.Tokens;
        var i = number.StartToken;
        if (i < 2 || !(tokens[i - 1].IsPunct("-") || tokens[i - 1].IsPunct("/")))
        {
            return false;
        }

        var joiner = tokens[i - 1].Span;
        var before = tokens[i - 2];
        return joiner.End == tokens[i].Span.Start && before.Span.End == joiner.Start &&
               (tokens[i - 1].IsPunct("-") ? before.Kind == TokenKind.Word : before.Kind is TokenKind.Word or TokenKind.Number);
    }

    private IEnumerable<TextSpan> FindOutletCitations(SentenceFacts facts)
    {
        // "Reuters contributed to this report" credits the agency's work in this article; it cites nothing to link to.
        if (!_outletCues.AnyMatch(facts.Tokens, facts.InQuote) || _outletCredits.AnyMatch(facts.Tokens, facts.InQuote))
        {
            yield break;
        }

        foreach (var (start, count) in _lexicons.OutletNames.Matches(facts.Tokens))
        {
            if (!facts.InQuote[start] && IsOutletMention(facts, start, count))
            {
                yield return TextSpan.FromBounds(facts.Tokens[start].Span.Start, facts.Tokens[start + count - 1].Span.End);
            }
        }

        foreach (var span in CapitalisedOutlets(facts))
        {
            yield return span;
        }
    }

    private static bool IsOutletMention(SentenceFacts facts, int start, int count)
    {
        // Names such as "Insider" or "Guardian" count only written as names.
        return facts.Tokens[start + count - 1].IsCapitalized || facts.Tokens[start + count - 1].Text.All(char.IsUpper);
    }

    /// <summary>"the Kyiv Post", "Moscow Times": capitalised words ending in an outlet word.</summary>
    private IEnumerable<TextSpan> CapitalisedOutlets(SentenceFacts facts)
    {
        var tokens = facts.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (facts.InQuote[i] || !tokens[i].IsCapitalized || !_lexicons.OutletWords.ContainsWord(tokens[i].Lower) || !tokens[i - 1].IsCapitalized)
            {
                continue;
            }

            var start = i - 1;
            while (start > 0 && tokens[start - 1].IsCapitalized && start - 1 > 0)
            {
                start--;
            }

            if (_lexicons.OutletNames.MatchAt(tokens, start) > 0)
            {
                continue;
            }

            yield return TextSpan.FromBounds(tokens[start].Span.Start, tokens[i].Span.End);
        }
    }
}
