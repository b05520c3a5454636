namespace ProvenanceCheck.Analysis;

/// <summary>
/// Decides whether a source phrase names a source a reader could look up, by its head noun and
/// what is attached to it: determiners, organisation names before the head, possessives,
/// post-modifiers ("close to the administration"), and back-references to earlier sources.
/// </summary>
internal sealed class SourcePhraseClassifier(AnalysisLexicons lexicons)
{
    /// <summary>How the reason of a document that speaks for its author begins ("document by the institution in charge").</summary>
    public const string DocumentReason = "document by ";

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "few", "other", "another", "these",
        "those", "this", "that", "both", "all", "most", "various", "multiple", "numerous", "certain", "unnamed",
        "anonymous", "unidentified", "more", "other",
    };

    private static readonly HashSet<string> Definite = new(StringComparer.Ordinal) { "the", "this", "these", "those", "that" };

    private static readonly HashSet<string> Indefinite = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "another", "some", "several", "many", "few", "two", "three", "four", "five", "numerous", "various",
    };

    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "many", "some", "most", "few", "several", "numerous", "various", "countless", "other", "all",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "its", "our", "my", "your" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you", "him", "them" };

    private static readonly HashSet<string> PostModifiers = new(StringComparer.Ordinal)
    {
        "of", "in", "at", "from", "with", "within", "close", "familiar", "for", "on", "to", "who", "which", "that", "aligned",
        "linked", "near", "inside", "speaking", "briefed", "involved", "based", "by", "across", "among", "around", "under",
        "loyal", "opposed", "allied", "working", "whose", "knowledgeable", "privy", "connected", "associated", "tied",
        "there", "here", "directly", "said", "told", "seen", "obtained", "reviewed", "published", "released", "issued",
        "compiled", "cited", "quoted", "prepared", "commissioned", "produced", "posted", "written", "leaked",
    };

    public SourcePhrase Classify(IReadOnlyList<Token> tokens, int start, int end, Func<string, SourceClass?> resolveBack)
    {
        if (end <= start)
        {
            return new SourcePhrase(start, end, SourceClass.Unknown, null, "no source phrase");
        }

        var first = tokens[start].Lower;
        if (end - start == 1 && Pronouns.Contains(first))
        {
            var resolved = resolveBack("*pronoun*");
            return new SourcePhrase(start, end, resolved ?? SourceClass.Named, first, resolved is null ? "pronoun for a person in the story" : "pronoun for an earlier source");
        }

        // "some in the purchasing community", "many of them": the quantifier is the head.
        if (end - start >= 2 && Quantifiers.Contains(first) &&
            tokens[start + 1].Lower is "in" or "of" or "at" or "among" or "within" or "from")
        {
            return new SourcePhrase(start, end, SourceClass.Unnamed, first, "unnamed: '" + first + "'");
        }

        if (EndsWithPersonName(tokens, start, end))
        {
            return new SourcePhrase(start, end, SourceClass.Named, tokens[end - 1].Lower, "a title followed by a name");
        }

        var definite = Definite.Contains(first);
        var possessive = Possessives.Contains(first);
        var coreStart = start;
        while (coreStart < end - 1 && (Determiners.Contains(tokens[coreStart].Lower) || Possessives.Contains(tokens[coreStart].Lower) || tokens[coreStart].Lower is "of" or "number" or "group" or "handful" or "couple"))
        {
            coreStart++;
        }

        var coreEnd = CutPostModifiers(tokens, coreStart, end);
        if (coreEnd <= coreStart)
        {
            return new SourcePhrase(start, end, SourceClass.Unknown, null, "no head noun");
        }

        var head = tokens[coreEnd - 1].Lower;
        var twoWordHead = coreEnd - coreStart >= 2 ? tokens[coreEnd - 2].Lower + " " + head : null;

        // "a report by Human Rights Watch", "a report released on Monday by Stanford University": the source is who made the document.
        if (lexicons.DocumentHeads.ContainsWord(head) && DocumentAuthor(tokens, coreEnd, end) is { } authorStart)
        {
            var inner = Classify(tokens, authorStart, end, resolveBack);
            if (inner.Class != SourceClass.Unknown)
            {
                return inner with { Start = start, Head = head, Reason = DocumentReason + inner.Reason };
            }
        }

        if (lexicons.DocumentHeads.ContainsWord(head) && HasNamedModifier(tokens, coreStart, coreEnd - 1))
        {
            return new SourcePhrase(start, end, SourceClass.Named, head, DocumentReason + "the body named before it");
        }

        var hasOrgModifier = HasOrganisationModifier(tokens, coreStart, coreEnd - 1) || possessive && start > 0 || HasInstitutionModifier(tokens, coreStart, coreEnd - 1) ||
            (!Indefinite.Contains(first) || !lexicons.OrgQualifiedHeads.ContainsWord(head)) && SpeaksForNamedBody(tokens, coreEnd, end, resolveBack);
        var possessiveName = HasPossessiveName(tokens, coreStart, coreEnd - 1);

        if (lexicons.OrgQualifiedHeads.ContainsWord(head) && (hasOrgModifier || possessiveName))
        {
            return new SourcePhrase(start, end, SourceClass.Named, head, "officials of a named body");
        }

        if (lexicons.AffiliatedHeads.ContainsWord(head) && !Indefinite.Contains(first) && (possessiveName || SpeaksForNamedBody(tokens, coreEnd, end, resolveBack)))
        {
            return new SourcePhrase(start, end, SourceClass.Named, head, "speak for the named body they work at");
        }

        if (lexicons.SpokespersonHeads.ContainsWord(head) || (twoWordHead is not null && lexicons.SpokespersonHeads.ContainsWord(twoWordHead)))
        {
            // "a police spokesman", "a government spokeswoman": speaking for the body in charge is speaking as it, though
            // "police officials" and "government officials" stay generic.
            var named = hasOrgModifier || possessiveName || possessive || InstitutionBefore(tokens, coreStart, coreEnd - 1) || definite && resolveBack(head) == SourceClass.Named;
            return new SourcePhrase(start, end, named ? SourceClass.Named : SourceClass.Unnamed, head, named ? "speaks for a named body or person" : "spokesperson for no named body");
        }

        if (lexicons.UnnamedHeads.ContainsWord(head) && !IsInstitution(twoWordHead))
        {
            if (definite && resolveBack(head) is { } earlier)
            {
                return new SourcePhrase(start, end, earlier, head, "refers back to an earlier source");
            }

            return new SourcePhrase(start, end, SourceClass.Unnamed, head, "unnamed: '" + head + "'");
        }

        if (IsInstitution(twoWordHead) || lexicons.InstitutionHeads.ContainsWord(head))
        {
            return new SourcePhrase(start, end, SourceClass.Named, head, "the institution in charge");
        }

        if (Quantifiers.Contains(first) && head.EndsWith('s'))
        {
            return new SourcePhrase(start, end, SourceClass.Unnamed, head, "a generic group ('" + first + " " + head + "')");
        }

        // "an adviser", and before proper names: "a Boeing executive" and "a Labour MP" are one unnamed member of a named body.
        if (Indefinite.Contains(first) && IsPersonNoun(head) && (!tokens[coreEnd - 1].IsCapitalized || IsAcronym(tokens[coreEnd - 1])))
        {
            return new SourcePhrase(start, end, SourceClass.Unnamed, head, "an unnamed person ('" + first + " " + head + "')");
        }

        if (HasProperName(tokens, coreStart, coreEnd))
        {
            return new SourcePhrase(start, end, SourceClass.Named, head, "proper name");
        }

        if (definite || possessive)
        {
            return new SourcePhrase(start, end, SourceClass.Named, head, "a definite, identifiable source");
        }

        if (!definite && !possessive && head.EndsWith('s') && IsPersonNoun(head))
        {
            return new SourcePhrase(start, end, SourceClass.Unnamed, head, "a generic group ('" + head + "')");
        }

        return new SourcePhrase(start, end, SourceClass.Unknown, head, "not a recognised source");
    }

    // The lists hold plurals ("advisers", "congressmen"); "an adviser" and "a congressman" are one of them.
    private bool IsPersonNoun(string head)
    {
        var plural = head.EndsWith("man", StringComparison.Ordinal) ? head[..^3] + "men" : head + "s";
        return lexicons.PeopleNouns.ContainsWord(head) || lexicons.PeopleNouns.ContainsWord(plural) || lexicons.UnnamedHeads.ContainsWord(head) ||
               lexicons.UnnamedHeads.ContainsWord(plural);
    }

    /// <summary>"cabinet member for highways Gareth Lowe", "police spokesperson Jane Roe": a description that ends in a person's name.</summary>
    private bool EndsWithPersonName(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start < 3 || !tokens[end - 1].IsCapitalized || !tokens[end - 2].IsCapitalized)
        {
            return false;
        }

        var nameStart = end - 2;
        while (nameStart > start && tokens[nameStart - 1].IsCapitalized)
        {
            nameStart--;
        }

        if (nameStart == start)
        {
            return false;
        }

        var before = tokens[nameStart - 1];
        return before.Kind == TokenKind.Word && !before.IsCapitalized && !Determiners.Contains(before.Lower) &&
               !PostModifiers.Contains(before.Lower) && !lexicons.Nationalities.ContainsWord(tokens[nameStart].Lower) &&
               !lexicons.InstitutionHeads.ContainsWord(tokens[end - 1].Lower) && !lexicons.UnnamedHeads.ContainsWord(tokens[end - 1].Lower);
    }

    private int? DocumentAuthor(IReadOnlyList<Token> tokens, int tail, int end)
    {
        if (tail < end && tokens[tail].Lower is "from" or "of" or "in")
        {
            return tail + 1;
        }

        for (var k = tail; k < end; k++)
        {
            if (tokens[k].Lower == "by")
            {
                // "reports seen by Reuters": whoever saw a document did not write it.
                return k > 0 && lexicons.DocumentRecipientVerbs.ContainsWord(tokens[k - 1].Lower)
                    ? null
                    : k + 1;
            }
        }

        return null;
    }

    private bool IsInstitution(string? twoWordHead) => twoWordHead is not null && lexicons.InstitutionHeads.MatchAt(Tokenizer.Tokenize(twoWordHead), 0) == 2;

    private static int CutPostModifiers(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation || PostModifiers.Contains(tokens[i].Lower))
            {
                return i;
            }
        }

        return end;
    }

    private bool HasOrganisationModifier(IReadOnlyList<Token> tokens, int start, int headIndex)
    {
        for (var i = start; i < headIndex; i++)
        {
            var token = tokens[i];
            if (token.IsCapitalized && !lexicons.Nationalities.ContainsWord(token.Lower) && !(i == 0 && IsCommonWord(token.Lower)))
            {
                return true;
            }

            if (IsAcronym(token) && !lexicons.Nationalities.ContainsWord(token.Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a Handelsblatt report", "a UN study": a capitalised word before the head that is not a nationality and not just
    /// the sentence's first word ("Unconfirmed reports said"), or an acronym anywhere.
    /// </summary>
    private bool HasNamedModifier(IReadOnlyList<Token> tokens, int start, int headIndex)
    {
        for (var i = start; i < headIndex; i++)
        {
            var token = tokens[i];
            if ((IsAcronym(token) || token.IsCapitalized && i > 0) && !lexicons.Nationalities.ContainsWord(token.Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a spokeswoman for the ministry", "officials at the Department of Health": the body follows the head.</summary>
    private bool SpeaksForNamedBody(IReadOnlyList<Token> tokens, int tail, int end, Func<string, SourceClass?> resolveBack)
    {
        if (tail >= end - 1 || tokens[tail].Lower is not ("for" or "of" or "at" or "from" or "with"))
        {
            return false;
        }

        var bodyEnd = tail + 1;
        while (bodyEnd < end && tokens[bodyEnd].Kind != TokenKind.Punctuation && tokens[bodyEnd].Lower is not ("who" or "which" or "that"))
        {
            bodyEnd++;
        }

        return Classify(tokens, tail + 1, bodyEnd, resolveBack).Class == SourceClass.Named;
    }

    /// <summary>"agency officials", "hospital officials": the body in charge, named by its kind; "government officials" stays generic.</summary>
    private bool HasInstitutionModifier(IReadOnlyList<Token> tokens, int start, int headIndex) =>
        InstitutionBefore(tokens, start, headIndex) && !lexicons.Nationalities.ContainsWord(tokens[headIndex - 1].Lower);

    /// <summary>The word right before the head names the body in charge ("police", "government", "agency").</summary>
    private bool InstitutionBefore(IReadOnlyList<Token> tokens, int start, int headIndex) =>
        headIndex - 1 >= start && lexicons.InstitutionHeads.ContainsWord(tokens[headIndex - 1].Lower);

    private static bool HasPossessiveName(IReadOnlyList<Token> tokens, int start, int headIndex)
    {
        for (var i = start; i < headIndex; i++)
        {
            if (tokens[i].IsCapitalized && (tokens[i].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[i].Text.EndsWith("’s", StringComparison.Ordinal) || tokens[i].Text.EndsWith("s'", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasProperName(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalized || lexicons.Nationalities.ContainsWord(token.Lower))
            {
                continue;
            }

            // "Passengers said": a people noun that starts the sentence is the generic group it is in mid-sentence.
            if (i == 0 && (IsCommonWord(token.Lower) || lexicons.UnnamedHeads.ContainsWord(token.Lower) || IsSentenceInitialWord(tokens, i, end - 1) ||
                           i == end - 1 && IsPersonNoun(token.Lower)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>"Emergency workers said": a capital that only starts the sentence, before a lower-case head, names nothing.</summary>
    private static bool IsSentenceInitialWord(IReadOnlyList<Token> tokens, int i, int headIndex) =>
        i == 0 && headIndex > i && !tokens[headIndex].IsCapitalized && !(i + 1 < headIndex && tokens[i + 1].IsCapitalized);

    private static bool IsAcronym(Token token) => token.Kind == TokenKind.Word && token.Text.Length >= 2 && token.Text.All(char.IsUpper);

    private static bool IsCommonWord(string lower) => Determiners.Contains(lower) || Possessives.Contains(lower) || Pronouns.Contains(lower) ||
        lower is "but" or "and" or "so" or "yet" or "still" or "meanwhile" or "however" or "now" or "then" or "also";
}
