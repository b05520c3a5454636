using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

[TestClass]
public sealed class CasualtyRuleTests
{
    private static readonly string[] Rules = ["PC2001", "PC2002"];

    /// <summary>"LONDON<br>Officials said …" was read as one sentence whose source, "LONDON Officials", looked like a named body.</summary>
    [TestMethod]
    public void A_dateline_on_its_own_line_is_not_part_of_the_source()
    {
        AnalyzerVerifier.Verify(
            "<html><body><div class=\"story\">LONDON<br>Officials said {|PC2002:at least 12|} people died in the crash on Monday.</div></body></html>",
            Rules, ArticleFormat.Html);
    }

    [TestMethod]
    public void AnUnsourcedFigureGetsPC2001()
    {
        AnalyzerVerifier.Verify("{|PC2001:At least 12|} people were killed when the bridge collapsed.", Rules);
    }

    [TestMethod]
    public void ANamedSourceInTheSentencePasses()
    {
        AnalyzerVerifier.Verify("At least 12 people were killed, Lindenfield regional police said.", Rules);
    }

    /// <summary>"…, police told reporters." closes the sentence as "…, police said." does: the people told are not the claim.</summary>
    [TestMethod]
    [DataRow("At least 12 people were killed, Lindenfield regional police told reporters.")]
    [DataRow("Four people died in the fire, the fire service told the Harbour Gazette on Tuesday.")]
    [DataRow("Two climbers were injured, the mountain rescue service told a news conference.")]
    public void ANamedSourceTellingSomeoneAtTheEndPasses(string sentence)
    {
        AnalyzerVerifier.Verify(sentence, Rules);
    }

    /// <summary>A document speaks for whoever made it (LABELING: "a report by Human Rights Watch"), footage and "show" included.</summary>
    [TestMethod]
    [DataRow("Figures from the Varsk health ministry show 212 civilians have died since January.")]
    [DataRow("A report by the Varsk coroner found 40 detainees died in custody.")]
    [DataRow("Rescuers pulled three bodies from the rubble, according to footage released by the Varsk emergency service.")]
    public void ADocumentByANamedSourceSourcesTheFigure(string sentence)
    {
        AnalyzerVerifier.Verify(sentence, Rules);
    }

    /// <summary>"Officials put the toll at 45" gives the figure's source, named or not: it was "no source" before.</summary>
    [TestMethod]
    public void WhoPutsTheTollAtAFigureIsItsSource()
    {
        AnalyzerVerifier.Verify("The Varsk health ministry put the death toll at 45 on Tuesday.", Rules);
        AnalyzerVerifier.Verify("The ministry puts the number of dead in the city at 300.", Rules);
        AnalyzerVerifier.Verify("Officials put the toll in the capital at {|PC2002:45|}.", Rules);
    }

    /// <summary>LABELING.md counts "lost" troops, soldiers, civilians: losing people in a war is a casualty figure.</summary>
    [TestMethod]
    public void TroopsLostInAWarAreACasualtyFigure()
    {
        AnalyzerVerifier.Verify("Russia has lost {|PC2001:more than a million|} troops in the war.", Rules);
        AnalyzerVerifier.Verify("The army lost {|PC2001:300|} men in the battle for the bridge.", Rules);
        AnalyzerVerifier.Verify("{|PC2001:Three|} fishermen were lost at sea.", Rules);
    }

    /// <summary>"Covid-19" and "9/11" name things; their digits are no figure (each was flagged beside the real one).</summary>
    [TestMethod]
    public void DigitsInANameAreNotAFigure()
    {
        AnalyzerVerifier.Verify("Covid-19 killed {|PC2001:1,200|} people in the city last year.", Rules);
        AnalyzerVerifier.Verify("The 9/11 attacks killed {|PC2001:nearly 3,000|} people.", Rules);
        AnalyzerVerifier.Verify("An F-16 crashed near the base, killing {|PC2001:2|} pilots.", Rules);
    }

    [TestMethod]
    public void ACountOfTheDeadThatRisesToAFigureIsAClaim()
    {
        AnalyzerVerifier.Verify("Deaths rose to {|PC2001:40|} on Monday.", Rules);
        AnalyzerVerifier.Verify("The number of dead reached {|PC2001:12|} by nightfall.", Rules);
        AnalyzerVerifier.Verify("Deaths rose to 40 on Monday, the Varsk health ministry said.", Rules);
    }

    [TestMethod]
    public void WhatAThingShowsIsNotSourced()
    {
        AnalyzerVerifier.Verify("The video shows {|PC2001:three|} people were killed.", Rules);
        AnalyzerVerifier.Verify("{|PC2001:Three|} people died, according to footage shared on social media.", Rules);
    }

    [TestMethod]
    public void UnnamedSourcesTellingSomeoneAreStillUnnamed()
    {
        AnalyzerVerifier.Verify("Sources told reporters that {|PC2002:at least 12|} people were missing.", Rules);
        AnalyzerVerifier.Verify("{|PC2002:At least 12|} people are missing, sources told reporters.", Rules);
    }

    [TestMethod]
    public void ANamedSourceInTheNextSentenceAboutTheFigurePasses()
    {
        AnalyzerVerifier.Verify("Three climbers died on the ridge. The mountain rescue service confirmed the deaths.", Rules);
    }

    [TestMethod]
    public void ANamedPersonQuotedAboutSomethingElseDoesNotSourceTheFigure()
    {
        AnalyzerVerifier.Verify(
            "{|PC2001:Nine|} passengers were injured in the crash. The mayor said the road would reopen on Monday.",
            Rules);
    }

    [TestMethod]
    public void ANeighbourInAnotherParagraphIsOutsideTheWindow()
    {
        AnalyzerVerifier.Verify("{|PC2001:Dozens|} of people were wounded in the shelling.\n\nThe health ministry confirmed the toll.", Rules);
    }

    [TestMethod]
    public void OnlyUnnamedSourcesGetPC2002()
    {
        AnalyzerVerifier.Verify("{|PC2002:More than 40|} soldiers were killed, sources said.", Rules);
        AnalyzerVerifier.Verify("According to local media, {|PC2002:tens of thousands|} of civilians are missing.", Rules);
    }

    [TestMethod]
    [DataRow("The war has lasted 44 months.")]
    [DataRow("The army lost 30 tanks in the battle.")]
    [DataRow("The fire killed a man on Tuesday.")]
    [DataRow("The 93-year-old died at home.")]
    [DataRow("Yoon, 63, was injured in the attack.")]
    [DataRow("The victims' fund raised $2 million.")]
    [DataRow("In 2019 the dam burst.")]
    [DataRow("The outbreak sickened 11 people.")]
    [DataRow("Striker Tom Ekberg, who missed six games injured, scored twice.")]
    [DataRow("The company lost 1.5 million customers in Europe after raising prices.")]
    [DataRow("The airline lost 40 pilots to competitors last year.")]
    [DataRow("Rival firms have lost thousands of users to cheaper services.")]
    [DataRow("Deaths from flu were recorded in 12 states.")]
    [DataRow("The injured were taken to 3 hospitals.")]
    [DataRow("The champion, injured for two seasons, lost three matches in a row.")]
    [DataRow("Dozens of drivers were trapped in their cars by the snow overnight.")]
    [DataRow("United were without nine injured players for the derby.")]
    [DataRow("Two more players limped off injured in the first half.")]
    public void ThingsThatAreNotCasualtyFiguresPass(string sentence)
    {
        AnalyzerVerifier.Verify(sentence, Rules);
    }

    [TestMethod]
    [DataRow("The bus crash killed {|PC2001:nine|} players and {|PC2001:two|} coaches.")]
    [DataRow("{|PC2001:Seven|} players were injured when the team bus overturned.")]
    public void PlayersKilledOrHurtInAnAccidentAreACasualtyFigure(string markup)
    {
        AnalyzerVerifier.Verify(markup, Rules);
    }

    [TestMethod]
    [DataRow("Her son was one of {|PC2001:four|} teenagers killed when a car mounted the pavement.")]
    [DataRow("Two of the {|PC2001:12|} people injured in the blast were children.")]
    public void AShareOfAFigureIsNotAFigureOfItsOwn(string markup)
    {
        AnalyzerVerifier.Verify(markup, Rules);
    }

    [TestMethod]
    public void HeadlinesAreAnsweredForByTheBody()
    {
        AnalyzerVerifier.Verify("# 40 killed in ferry disaster\n\nForty people were killed, the coast guard said.", Rules, ArticleFormat.Markdown);
    }
}
