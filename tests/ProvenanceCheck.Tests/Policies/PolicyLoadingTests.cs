using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Policies;

[TestClass]
public sealed class PolicyLoadingTests
{
    private static PolicyException LoadFails(string yaml)
    {
        return Should.Throw<PolicyException>(() => Checkers.Create(defaults: true, yaml));
    }

    [TestMethod]
    public void TheDefaultSetLoadsEveryDocumentedRule()
    {
        Checkers.Default.Policies.Rules.Select(r => r.Id).ShouldBe(
            ["PC1001", "PC1002", "PC1003", "PC1004", "PC1005", "PC1006", "PC2001", "PC2002", "PC3001", "PC3002", "PC3003", "PC3004", "PC4001", "PC4002"],
            ignoreOrder: true);
        Checkers.Default.Policies.Rules.ShouldAllBe(r => r.Origin.StartsWith("default:rules/") && r.Description != null);
    }

    [TestMethod]
    public void ANewsroomCanWriteANewRuleInYamlAlone()
    {
        var checker = Checkers.Create(defaults: true, """
            lexicons:
              money-terms:
                description: Words that make a sentence a financial claim.
                entries: [budget, deficit, spending, contract, overspend]
            rules:
              - id: NEWS101
                title: Financial figure without a named source
                message: "Financial figure '{text}' needs a named source ({evidence})"
                category: Sourcing
                severity: error
                kind: claim-needs-source
                options:
                  claim:
                    terms: {lexicon: money-terms}
                  evidence: named
                  window: 0
            """);

        var result = AnalyzerVerifier.Verify(
            "The council's budget gap reached {|NEWS101:4.2 million|} pounds this year. The treasurer said the deficit was 3 million pounds.",
            ["NEWS101"],
            checker: checker);
        result.Diagnostics.Single(d => d.Id == "NEWS101").Message.ShouldBe("Financial figure '4.2 million' needs a named source (no source)");
        result.Diagnostics.Single(d => d.Id == "NEWS101").Severity.ShouldBe(ProvenanceCheck.Diagnostics.Severity.Error);
    }

    [TestMethod]
    public void AUserPolicyExtendsADefaultLexicon()
    {
        var checker = Checkers.Create(defaults: true, """
            lexicons:
              unnamed-source-heads: {extend: true, entries: [tipsters]}
            """);

        AnalyzerVerifier.Verify("Tipsters said the club would sell.", ["PC3001"]);
        AnalyzerVerifier.Verify("{|PC3001:Tipsters|} said the club would sell.", ["PC3001"], checker: checker);
    }

    [TestMethod]
    public void ABannedPhraseRuleUsesForbid()
    {
        var checker = Checkers.Create(defaults: false, """
            rules:
              - id: NEWS102
                title: Banned phrase in headings
                message: "Avoid '{text}' in headlines"
                kind: forbid
                options:
                  match: {phrases: ["sources say"], regex: 'shock(ing)? twist'}
                  scope: headings
            """);

        AnalyzerVerifier.Verify("# {|NEWS102:Sources say|} a {|NEWS102:shocking twist|} looms\n\nSources say nothing in the body counts.", ["NEWS102"], ArticleFormat.Markdown, checker);
    }

    [TestMethod]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: forbid\n    sevrity: error\n    options: {match: a}\n", 6, 5, "unknown key 'sevrity'")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: nonsense\n", 5, 11, "unknown rule kind 'nonsense'")]
    [DataRow("rules:\n  - id: PC2001\n    title: t\n    message: m\n    kind: forbid\n    options: {match: a}\n", 2, 9, "duplicate rule id 'PC2001'")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: forbid\n    severity: loud\n    options: {match: a}\n", 6, 15, "severity must be")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: forbid\n    options: {match: {regex: '([a-z'}}\n", 6, 30, "invalid regex")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: forbid\n    options: {match: {regex: '(\\w+)\\s\\1'}}\n", 6, 30, "backreferences, lookarounds")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: forbid\n    options: {match: {lexicon: no-such-list}}\n", 6, 32, "unknown lexicon 'no-such-list'")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: 'bad {nope}'\n    kind: forbid\n    options: {match: a}\n", 4, 14, "unknown placeholder {nope}")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: claim-needs-source\n    options: {claim: {terms: a}, window: many}\n", 6, 42, "'window' must be a whole number")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: claim-needs-source\n    options: {claim: {terms: a, loss-terms: lost}}\n", 6, 22, "'loss-terms' needs 'loss-people'")]
    [DataRow("rules:\n  - id: X1\n    title: t\n    message: m\n    kind: claim-needs-source\n    options: {claim: {terms: a, squad-terms: killed}}\n", 6, 22, "'squad-terms' needs 'squad-people'")]
    [DataRow("rules:\n  - id: X1\n    title: [not, a, string]\n    message: m\n    kind: forbid\n", 3, 12, "'title' must be a string")]
    [DataRow("rules:\n  - id: X1\n  title: t\n", 3, 3, "")]
    [DataRow("rules: {id: X1}\n", 1, 8, "'rules' must be a list")]
    [DataRow("lexicons:\n  unnamed-source-heads: [x]\n", 2, 3, "already defined")]
    public void MistakesAreReportedWithFileLineAndColumn(string yaml, int line, int column, string message)
    {
        var error = LoadFails(yaml);

        error.File.ShouldBe("test-policy-0.yaml");
        (error.Line, error.Column).ShouldBe((line, column));
        error.Message.ShouldStartWith($"test-policy-0.yaml:{line}:{column}: error: ");
        error.Message.ShouldContain(message);
        error.Message.ShouldNotContain("\n");
    }

    [TestMethod]
    public void ACatastrophicRegexRunsInLinearTime()
    {
        var checker = Checkers.Create(defaults: false, """
            rules:
              - id: X1
                title: t
                message: m
                kind: forbid
                options: {match: {regex: '^(a+)+$'}}
            """);

        // With a backtracking engine this input takes longer than the age of the universe.
        var result = Checkers.Check(new string('a', 5000) + "!", checker: checker);

        result.Diagnostics.ShouldBeEmpty();
        Checkers.Check(new string('a', 40), checker: checker).Diagnostics.ShouldHaveSingleItem();
    }
}
