using ProvenanceCheck.Analysis;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Analysis;

/// <summary>Named versus unnamed sources, as LABELING.md defines them.</summary>
[TestClass]
public sealed class SourceClassificationTests
{
    private static Attribution Single(string text)
    {
        var checker = Checkers.Default;
        var article = checker.Read(new SourceText(text, "t.txt"), ProvenanceCheck.Documents.ArticleFormat.Text);
        var facts = checker.Analyze(article);
        return facts.Attributions.Where(a => a.Class != SourceClass.Unknown).ShouldHaveSingleItem($"attributions: {string.Join(" | ", facts.Attributions.Select(a => a.Source + "/" + a.Cue))}");
    }

    [TestMethod]
    [DataRow("Defence Minister Rustam Valeev said the line would hold.", "Defence Minister Rustam Valeev")]
    [DataRow("Dr. Amal Haddad said the ward was full.", "Dr. Amal Haddad")]
    [DataRow("The UN said aid convoys were blocked.", "The UN")]
    [DataRow("The WHO said the outbreak was contained.", "The WHO")]
    [DataRow("According to the ISW, the front has not moved.", "the ISW")]
    [DataRow("The General Staff of Ukraine's armed forces said the attack was repelled.", "The General Staff of Ukraine's armed forces")]
    [DataRow("Gaza's health ministry said the hospital had no power.", "Gaza's health ministry")]
    [DataRow("The Pentagon said the drills would continue.", "The Pentagon")]
    [DataRow("Lviv regional police said the blast was deliberate.", "Lviv regional police")]
    [DataRow("Reuters reported that the talks had stalled.", "Reuters")]
    [DataRow("A report by Human Rights Watch found that the camps were overcrowded.", "A report by Human Rights Watch")]
    [DataRow("Court filings in the case show that the firm knew of the fault.", "Court filings in the case")]
    [DataRow("Police said the road would reopen.", "Police")]
    [DataRow("The coroner said the death was accidental.", "The coroner")]
    [DataRow("Firefighters said the blaze was under control.", "Firefighters")]
    [DataRow("Pentagon officials said the strike was planned.", "Pentagon officials")]
    [DataRow("Obama administration officials said the sanctions would stay.", "Obama administration officials")]
    [DataRow("A Taliban representative said the talks would resume.", "A Taliban representative")]
    [DataRow("Swift's rep said the tour would go ahead.", "Swift's rep")]
    [DataRow("A Coast Guard spokesperson said the search would continue.", "A Coast Guard spokesperson")]
    [DataRow("An analyst, Jane Roe, said the market would recover.", "An analyst, Jane Roe")]
    [DataRow("“We will not retreat,” said Colonel Ivan Petrenko.", "Colonel Ivan Petrenko")]
    [DataRow("A spokeswoman for the ministry said the figures were wrong.", "A spokeswoman for the ministry")]
    [DataRow("Officials at the Department of Health said the ward would close.", "Officials at the Department of Health")]
    public void NamedSources(string sentence, string source)
    {
        var attribution = Single(sentence);
        attribution.Source.ShouldBe(source);
        attribution.Class.ShouldBe(SourceClass.Named, attribution.Reason);
    }

    [TestMethod]
    [DataRow("Sources said the deal was close.", "Sources")]
    [DataRow("A source close to the administration said the deal was close.", "A source close to the administration")]
    [DataRow("Officials said the road would reopen.", "Officials")]
    [DataRow("A senior official said the deal was close.", "A senior official")]
    [DataRow("Kremlin insiders told reporters the deal was close.", "Kremlin insiders")]
    [DataRow("People familiar with the matter said the deal was close.", "People familiar with the matter")]
    [DataRow("Analysts said the market would recover.", "Analysts")]
    [DataRow("Experts say the dam is unsafe.", "Experts")]
    [DataRow("Critics argue the plan is unfair.", "Critics")]
    [DataRow("Local media reported that the mayor had resigned.", "Local media")]
    [DataRow("American officials said the strike was planned.", "American officials")]
    [DataRow("Witnesses said the car was speeding.", "Witnesses")]
    [DataRow("A fire officer said the blaze was deliberate.", "A fire officer")]
    [DataRow("An official at the ministry said the figures were wrong.", "An official at the ministry")]
    [DataRow("A source within the Interior Ministry said the figures were wrong.", "A source within the Interior Ministry")]
    [DataRow("State television reported that the dam had burst.", "State television")]
    [DataRow("Some in the party argue the leader should go.", "Some in the party")]
    [DataRow("Many residents say the water is unsafe.", "Many residents")]
    [DataRow("A number of economists warn that prices will rise.", "A number of economists")]
    public void UnnamedSources(string sentence, string source)
    {
        var attribution = Single(sentence);
        attribution.Source.ShouldBe(source);
        attribution.Class.ShouldBe(SourceClass.Unnamed, attribution.Reason);
    }

    [TestMethod]
    public void AnOutletQuotingAnUnnamedSourceIsUnnamed()
    {
        var attribution = Single("The Daily Courier quotes a ministry source as saying the plan is dead.");
        attribution.Source.ShouldBe("a ministry source");
        attribution.Class.ShouldBe(SourceClass.Unnamed);
    }

    [TestMethod]
    public void PronounsAndBackReferencesInheritTheirAntecedent()
    {
        var checker = Checkers.Default;
        var article = checker.Read(new SourceText(
            "Defence Minister Ana Ruiz said the line would hold. She added that reinforcements were coming.\n\n" +
            "A source close to the talks said the deal was dead. The source added that nobody would sign.",
            "t.txt"), ProvenanceCheck.Documents.ArticleFormat.Text);
        var facts = checker.Analyze(article);

        facts.Attributions.Select(a => (a.Source, a.Class)).ShouldBe(
        [
            ("Defence Minister Ana Ruiz", SourceClass.Named),
            ("She", SourceClass.Named),
            ("A source close to the talks", SourceClass.Unnamed),
            ("The source", SourceClass.Unnamed),
        ]);
    }
}
