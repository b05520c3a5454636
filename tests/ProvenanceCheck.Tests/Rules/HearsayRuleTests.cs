using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

[TestClass]
public sealed class HearsayRuleTests
{
    private static readonly string[] Rules = ["PC3001", "PC3002", "PC3003", "PC3004"];

    [TestMethod]
    [DataRow("{|PC3001:Sources|} said the ceasefire would hold.")]
    [DataRow("The ceasefire will hold, {|PC3001:a senior official|} said.")]
    [DataRow("“The ceasefire will hold,” said {|PC3001:a diplomat|}.")]
    [DataRow("According to {|PC3001:people familiar with the matter|}, the deal is close.")]
    [DataRow("{|PC3001:Kremlin insiders|} told reporters the talks had stalled.")]
    [DataRow("{|PC3001:American officials|} said the strike was planned for weeks.")]
    [DataRow("The deal is off, as {|PC3001:one insider|} put it.")]
    [DataRow("{|PC3001:Experts|} say the dam is unsafe.")]
    [DataRow("{|PC3001:Officials|} put the toll in the capital at 45.")]
    [DataRow("The deal is off, {|PC3001:an adviser|} said.")]
    [DataRow("“Nobody expected this,” {|PC3001:one councillor|} said privately.")]
    [DataRow("{|PC3001:A congressman|} said the bill would fail.")]
    [DataRow("The quay flooded & {|PC3001:a source|} said the wall had failed.")]
    [DataRow("The plant will close, {|PC3001:a Boeing executive|} said.")]
    [DataRow("{|PC3001:One Labour councillor|} said the vote was rigged.")]
    [DataRow("“Until the board votes, nobody will talk about the price of the land,” {|PC3001:one source|} said, adding that the talks would resume.")]
    [DataRow("{|PC3001:An analyst at Berenberg|} said the cuts would save money.")]
    [DataRow("{|PC3001:Wall Street analysts|} said the bank would cut rates.")]
    [DataRow("{|PC3001:Early reports|} said the plant would close.")]
    [DataRow("The plant will close, according to {|PC3001:a report|} in the capital.")]
    [DataRow("{|PC3001:A security spokesman|} said the road would reopen.")]
    [DataRow("The minister will stay, {|PC3001:a No 10 source|} insisted.")]
    [DataRow("{|PC3001:A Labour MP|} said the vote was rigged.")]
    [DataRow("The vote was rigged, {|PC3001:an SNP MSP|} told reporters.")]
    [DataRow("{|PC3001:Pollsters|} said the weather kept older voters at home.")]
    [DataRow("{|PC3001:Passengers|} said the train stopped for an hour.")]
    [DataRow("{|PC3001:Tenants|} said the repairs had been delayed.")]
    [DataRow("The train stopped for an hour, {|PC3001:passengers|} said.")]
    public void UnnamedSourcesGetPC3001(string markup)
    {
        AnalyzerVerifier.Verify(markup, Rules);
    }

    [TestMethod]
    [DataRow("Defence Minister Ana Ruiz said the ceasefire would hold.")]
    [DataRow("Police said the road would reopen.")]
    [DataRow("Pentagon officials said the strike was planned for weeks.")]
    [DataRow("A Coast Guard spokesperson said the search would continue.")]
    [DataRow("According to the Institute for the Study of War, the front has not moved.")]
    [DataRow("Gaza's health ministry said the hospital had no power.")]
    [DataRow("The fire service said the blaze was out.")]
    [DataRow("The deal is off, the company's chief executive said.")]
    [DataRow("The council's finance manager said the budget would balance.")]
    [DataRow("The store will close, Marks & Spencer said.")]
    [DataRow("A police spokesman said the road would reopen.")]
    [DataRow("A government spokeswoman said the army would help.")]
    [DataRow("The union said it would strike. A union representative said the talks had failed.")]
    [DataRow("The plant will close, according to a report in Handelsblatt.")]
    [DataRow("The plant will close, according to an article in the Financial Times.")]
    [DataRow("The plant will close, according to a Handelsblatt report.")]
    [DataRow("Orion is said to be in talks with a battery maker, according to a report in Handelsblatt.")]
    [DataRow("Economists at Capital Economics said growth would slow.")]
    [DataRow("Researchers at Stanford University said the vaccine worked.")]
    [DataRow("Orion said the plant would close.")]
    [DataRow("Strategists at Goldman Sachs said rates would fall.")]
    [DataRow("Labour MP Jane Roe said the vote was rigged.")]
    [DataRow("A Labour MP, Jane Roe, said the vote was rigged.")]
    public void NamedSourcesPass(string sentence)
    {
        AnalyzerVerifier.Verify(sentence, Rules);
    }

    [TestMethod]
    [DataRow("Critics will say that night buses run empty. They are wrong.")]
    [DataRow("Some experts may warn that the costs will rise, but the plan is sound.")]
    [DataRow("Opponents might argue that the service is too expensive.")]
    public void ImaginedSpeechAttributesNothing(string sentence)
    {
        AnalyzerVerifier.Verify(sentence, Rules);
    }

    [TestMethod]
    [DataRow("{|PC3001:A source|} would only say that the talks continued.")]
    [DataRow("{|PC3001:A source|} would say only that the talks continued.")]
    [DataRow("{|PC3001:Critics|} would later argue that the plan failed.")]
    [DataRow("{|PC3001:Residents|} could confirm that the water rose.")]
    public void WhatWasSaidUnderAModalIsStillAttributed(string markup)
    {
        AnalyzerVerifier.Verify(markup, Rules);
    }

    [TestMethod]
    public void ExplainedAnonymityPassesByDefault()
    {
        AnalyzerVerifier.Verify(
            "An official said the talks would resume, speaking on condition of anonymity because he was not authorised to discuss them.",
            Rules);
    }

    [TestMethod]
    public void ExplainedAnonymityIsFlaggedWhenThePolicyAsks()
    {
        var checker = Checkers.Create(defaults: false, """
            lexicons:
              unnamed-source-heads: {entries: [official]}
              anonymity-explanations: {entries: ["not authorised to"]}
              attribution-verbs: {entries: [said]}
            rules:
              - id: DESK1
                title: Any unnamed source
                message: "unnamed: {source}"
                kind: attribution
                options: {flag: unnamed, explained-anonymity: flag}
            """);

        AnalyzerVerifier.Verify("{|DESK1:An official|} said the talks would resume; he was not authorised to discuss them.", ["DESK1"], checker: checker);
    }

    [TestMethod]
    public void BackReferencesInheritTheEarlierSource()
    {
        AnalyzerVerifier.Verify(
            "“We will not move,” {|PC3001:a source close to the talks|} said. “Not this year,” {|PC3001:the source|} added.",
            Rules);
        AnalyzerVerifier.Verify(
            "“We will not move,” Defence Minister Ana Ruiz said. “Not this year,” she added.",
            Rules);
    }

    [TestMethod]
    public void HedgesWithoutANamedSourceGetPC3002()
    {
        AnalyzerVerifier.Verify("The minister {|PC3002:reportedly|} resigned.", Rules);
        AnalyzerVerifier.Verify("{|PC3002:Allegedly|}, the minister insisted on a recount.", Rules);
        AnalyzerVerifier.Verify("{|PC3002:It is understood|} that the talks collapsed.", Rules);
        AnalyzerVerifier.Verify("{|PC3002:There are reports|} that the talks collapsed.", Rules);
        AnalyzerVerifier.Verify("{|PC3002:Claims have emerged|} that the minister met the bidder.", Rules);
        AnalyzerVerifier.Verify("The minister has {|PC3002:been accused of|} misleading parliament.", Rules);
    }

    [TestMethod]
    public void HedgesCoveredByANamedSourcePass()
    {
        AnalyzerVerifier.Verify("Police said the man allegedly stole the car.", Rules);
        AnalyzerVerifier.Verify("The man allegedly stole the car, police said.", Rules);
        AnalyzerVerifier.Verify("The man allegedly stole the car, police told reporters.", Rules);
        AnalyzerVerifier.Verify("There are reports of looting in the port, police said.", Rules);
        AnalyzerVerifier.Verify("The mayor allegedly met the bidder twice in March, the opposition leader, Tomas Krell, told parliament on Tuesday.", Rules);
    }

    [TestMethod]
    public void AnUnnamedSourceTellingSomeoneAtTheEndIsStillUnnamed()
    {
        AnalyzerVerifier.Verify("The minister will resign, {|PC3001:a source|} told the Harbour Gazette.", Rules);
        AnalyzerVerifier.Verify("The minister {|PC3002:reportedly|} met the bidder, Tomas Krell told parliament the contract was void.", Rules);
    }

    [TestMethod]
    public void AnOutletCitedWithoutALinkGetsPC3003InHtml()
    {
        AnalyzerVerifier.Verify("<p>A report in the {|PC3003:Daily Courier|} said the mine would close.</p>", Rules, ArticleFormat.Html);
        AnalyzerVerifier.Verify("<p>A report in the <a href=\"https://courier.example/mine\">Daily Courier</a> said the mine would close.</p>", Rules, ArticleFormat.Html);
    }

    /// <summary>A credit line says an agency's work is part of this article; there is no report of theirs to link.</summary>
    [TestMethod]
    [DataRow("<p>Reuters contributed to this report.</p>")]
    [DataRow("<p>Additional reporting by the Daily Courier.</p>")]
    public void ACreditLineIsNotACitation(string credit)
    {
        AnalyzerVerifier.Verify("<p>The mine will close in May, its owner said.</p>" + credit, Rules, ArticleFormat.Html);
    }

    [TestMethod]
    public void OutletsAreNotCheckedForLinksInPlainText()
    {
        AnalyzerVerifier.Verify("A report in the Daily Courier said the mine would close.", Rules);
    }

    [TestMethod]
    public void AQuotationWithNoSpeakerGetsPC3004()
    {
        AnalyzerVerifier.Verify("The vote was close.\n\n{|PC3004:“We have lost the town and we will not get it back.”|}", Rules);
    }

    [TestMethod]
    public void QuotationsWithSpeakersAndQuotedTermsPass()
    {
        AnalyzerVerifier.Verify("“We will rebuild the bridge by the spring,” the mayor said.", Rules);
        AnalyzerVerifier.Verify("The mayor said: “We will rebuild the bridge by the spring.”", Rules);
        AnalyzerVerifier.Verify("The council called it a “temporary measure”.", Rules);
    }

    [TestMethod]
    public void AMultiParagraphQuotationKeepsItsSpeaker()
    {
        AnalyzerVerifier.Verify(
            "“We lost the harvest in a week,” the farmer Jo Mills said. “The river came over the banks at night.\n\n“By morning the barns were gone and nothing was left to save.”",
            Rules);
    }

    [TestMethod]
    public void OtherSentencesOfAnUnnamedSpeakersQuotationAreHearsayToo()
    {
        AnalyzerVerifier.Verify(
            "{|PC3001:“The river came over the banks at night.|} The barns were gone by morning,” {|PC3001:one resident|} said.",
            Rules);
    }
}
