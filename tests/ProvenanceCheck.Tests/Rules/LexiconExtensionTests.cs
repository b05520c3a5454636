using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

/// <summary>A user policy that extends a default lexicon changes what the default rules find.</summary>
[TestClass]
public sealed class LexiconExtensionTests
{
    private static readonly string[] CasualtyRules = ["PC2001", "PC2002"];

    [TestMethod]
    public void ANewVagueQuantityMakesAFigure()
    {
        const string Sentence = "A few hundred villagers were killed when the dam gave way.";
        AnalyzerVerifier.Verify(Sentence, CasualtyRules);

        var checker = Checkers.Create(defaults: true, """
            lexicons:
              vague-quantities: {extend: true, entries: ["a few hundred"]}
            """);
        AnalyzerVerifier.Verify("{|PC2001:A few hundred|} villagers were killed when the dam gave way.", CasualtyRules, checker: checker);
    }

    [TestMethod]
    public void ANewApproximatorJoinsTheFigure()
    {
        AnalyzerVerifier.Verify("No {|PC2001:fewer than 30|} miners were killed in the blast.", CasualtyRules);

        var checker = Checkers.Create(defaults: true, """
            lexicons:
              approximators: {extend: true, entries: ["no fewer than"]}
            """);
        AnalyzerVerifier.Verify("{|PC2001:No fewer than 30|} miners were killed in the blast.", CasualtyRules, checker: checker);
    }

    [TestMethod]
    public void ANewDocumentHeadSpeaksForItsAuthor()
    {
        const string Markup = "{|PC2001:At least 40|} prisoners died in the camp last winter, a dossier by the Harwell Institute says.";
        AnalyzerVerifier.Verify(Markup, CasualtyRules);

        var checker = Checkers.Create(defaults: true, """
            lexicons:
              document-heads: {extend: true, entries: [dossier]}
            """);
        AnalyzerVerifier.Verify("At least 40 prisoners died in the camp last winter, a dossier by the Harwell Institute says.", CasualtyRules, checker: checker);
    }

    [TestMethod]
    public void ANewRecipientVerbKeepsTheReaderFromBecomingTheAuthor()
    {
        const string Sentence = "At least 40 prisoners died in the camp, a report cited by the Harwell Institute says.";
        AnalyzerVerifier.Verify(Sentence, CasualtyRules);

        var checker = Checkers.Create(defaults: true, """
            lexicons:
              document-recipient-verbs: {extend: true, entries: [cited]}
            """);
        AnalyzerVerifier.Verify("{|PC2002:At least 40|} prisoners died in the camp, a report cited by the Harwell Institute says.", CasualtyRules, checker: checker);
    }
}
