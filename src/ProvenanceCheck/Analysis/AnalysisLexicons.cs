using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Analysis;

/// <summary>The lexicons the fact extractors read, by their policy names. A missing lexicon is an empty one.</summary>
public sealed class AnalysisLexicons
{
    /// <summary>Compiles the matchers from a policy set's lexicons.</summary>
    public AnalysisLexicons(LexiconSet set)
    {
        Set = set;
        AttributionVerbs = set.Matcher("attribution-verbs");
        AccordingTo = set.Matcher("according-to-phrases");
        UnnamedHeads = set.Matcher("unnamed-source-heads");
        OrgQualifiedHeads = set.Matcher("org-qualified-heads");
        AffiliatedHeads = set.Matcher("affiliated-heads");
        SpokespersonHeads = set.Matcher("spokesperson-heads");
        InstitutionHeads = set.Matcher("institution-heads");
        Nationalities = set.Matcher("nationality-adjectives");
        AnonymityExplanations = set.Matcher("anonymity-explanations");
        Hedges = set.Matcher("hedges");
        AiTerms = set.Matcher("ai-terms");
        DisclosureReferences = set.Matcher("disclosure-references");
        DisclosureHedges = set.Matcher("disclosure-hedges");
        DisclosureNegations = set.Matcher("disclosure-negations");
        DisclosureRoles = set.Matcher("disclosure-roles");
        OutletNames = set.Matcher("outlet-names");
        OutletWords = set.Matcher("outlet-words");
        PeopleNouns = set.Matcher("people-nouns");
        DisclosureSubjects = set.Matcher("disclosure-subjects");
        RumourHedges = set.Matcher("rumour-hedges");
        Approximators = set.Matcher("approximators");
        VagueQuantities = set.Matcher("vague-quantities");
        DocumentHeads = set.Matcher("document-heads");
        DocumentRecipientVerbs = set.Matcher("document-recipient-verbs");
        ImpersonalPassiveVerbs = set.Matcher("impersonal-passive-verbs");
        NameParticles = set.Matcher("name-particles");
        TitleAbbreviations = set.Matcher("title-abbreviations");
        AttributionOccasions = set.Matcher("attribution-occasions");
        NounLikeCues = set.Matcher("noun-like-cues");
        AttitudeAdjectives = set.Matcher("attitude-adjectives");
        SpeechAdverbs = set.Matcher("speech-adverbs");
    }

    /// <summary>The lexicons these came from.</summary>
    public LexiconSet Set { get; }

    internal PhraseMatcher AttributionVerbs { get; }

    internal PhraseMatcher AccordingTo { get; }

    internal PhraseMatcher UnnamedHeads { get; }

    internal PhraseMatcher OrgQualifiedHeads { get; }

    internal PhraseMatcher AffiliatedHeads { get; }

    internal PhraseMatcher SpokespersonHeads { get; }

    internal PhraseMatcher InstitutionHeads { get; }

    internal PhraseMatcher Nationalities { get; }

    internal PhraseMatcher AnonymityExplanations { get; }

    internal PhraseMatcher Hedges { get; }

    internal PhraseMatcher AiTerms { get; }

    internal PhraseMatcher DisclosureReferences { get; }

    internal PhraseMatcher DisclosureHedges { get; }

    internal PhraseMatcher DisclosureNegations { get; }

    internal PhraseMatcher DisclosureRoles { get; }

    internal PhraseMatcher OutletNames { get; }

    internal PhraseMatcher OutletWords { get; }

    internal PhraseMatcher PeopleNouns { get; }

    internal PhraseMatcher DisclosureSubjects { get; }

    internal PhraseMatcher RumourHedges { get; }

    internal PhraseMatcher Approximators { get; }

    internal PhraseMatcher VagueQuantities { get; }

    internal PhraseMatcher DocumentHeads { get; }

    internal PhraseMatcher DocumentRecipientVerbs { get; }

    internal PhraseMatcher ImpersonalPassiveVerbs { get; }

    internal PhraseMatcher NameParticles { get; }

    internal PhraseMatcher TitleAbbreviations { get; }

    internal PhraseMatcher AttributionOccasions { get; }

    internal PhraseMatcher NounLikeCues { get; }

    internal PhraseMatcher AttitudeAdjectives { get; }

    internal PhraseMatcher SpeechAdverbs { get; }
}
