using ProvenanceCheck.Analysis;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Analysis;

/// <summary>The quantities the facts layer reads from a sentence: digits, number words, approximators, vague quantities, ages.</summary>
[TestClass]
public sealed class NumberFactsTests
{
    private static IReadOnlyList<NumberExpression> Numbers(string sentence) =>
        Checkers.FactsOfOneSentence(sentence).Numbers;

    private static NumberExpression Single(string sentence) =>
        Numbers(sentence).ShouldHaveSingleItem($"numbers: {string.Join(" | ", Numbers(sentence).Select(n => n.Text))}");

    [TestMethod]
    [DataRow("Twelve fishermen were rescued from the reef.", "Twelve", 12d)]
    [DataRow("Rescuers pulled two dozen miners from the shaft.", "two dozen", 24d)]
    [DataRow("A dozen ferries were cancelled.", "A dozen", 12d)]
    [DataRow("The storm left twenty-five families without homes.", "twenty-five", 25d)]
    [DataRow("Floods displaced 1.2 million people across the delta.", "1.2 million", 1_200_000d)]
    [DataRow("The festival drew 3,400 visitors on its first night.", "3,400", 3_400d)]
    [DataRow("Three hundred and forty volunteers signed up.", "Three hundred and forty", 340d)]
    public void ExactQuantitiesHaveAValue(string sentence, string text, double value)
    {
        var number = Single(sentence);
        number.Text.ShouldBe(text);
        number.Value.ShouldBe(value);
        number.IsVague.ShouldBeFalse();
        number.IsApproximate.ShouldBeFalse();
    }

    [TestMethod]
    [DataRow("At least 40 climbers were stranded on the ridge.", "At least 40", 40d)]
    [DataRow("More than 300 passengers were stuck at the station.", "More than 300", 300d)]
    [DataRow("Nearly 90 homes were flooded overnight.", "Nearly 90", 90d)]
    [DataRow("Some 2,000 runners took part in the race.", "Some 2,000", 2_000d)]
    [DataRow("As many as 15 ferries were cancelled.", "As many as 15", 15d)]
    public void ApproximatorsJoinTheQuantity(string sentence, string text, double value)
    {
        var number = Single(sentence);
        number.Text.ShouldBe(text);
        number.Value.ShouldBe(value);
        number.IsApproximate.ShouldBeTrue();
    }

    [TestMethod]
    [DataRow("Dozens of villagers fled the rising water.", "Dozens", "villagers")]
    [DataRow("Tens of thousands of commuters were delayed.", "Tens of thousands", "commuters")]
    [DataRow("Hundreds of thousands of bees died in the cold snap.", "Hundreds of thousands", "bees")]
    [DataRow("Several hundred fans waited outside the stadium.", "Several hundred", "fans")]
    [DataRow("Scores of volunteers cleared the beach.", "Scores", "volunteers")]
    public void VagueQuantitiesHaveNoValue(string sentence, string text, string unit)
    {
        var number = Single(sentence);
        number.Text.ShouldBe(text);
        number.IsVague.ShouldBeTrue();
        number.Value.ShouldBeNull();
        number.Unit.ShouldBe(unit);
    }

    [TestMethod]
    public void ABareArticleOrTensIsNoQuantity()
    {
        Numbers("A ferry left the harbour at dawn.").ShouldBeEmpty();
        Numbers("The tens column was wrong.").ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("The 47-year-old was treated at the scene.")]
    [DataRow("Mira Holt, 52, was treated at the scene.")]
    [DataRow("A man aged 70 was treated at the scene.")]
    [DataRow("The driver, who is 33 years old, was treated at the scene.")]
    public void AgesAreMarked(string sentence)
    {
        Single(sentence).IsAge.ShouldBeTrue();
    }

    [TestMethod]
    [DataRow("The siege lasted 44 months.", "months")]
    [DataRow("The council spent 30 million euros on the bridge.", "euros")]
    [DataRow("The army lost 12 tanks in the advance.", "tanks")]
    public void DurationsMoneyAndThingsCarryTheirUnit(string sentence, string unit)
    {
        var number = Single(sentence);
        number.Unit.ShouldBe(unit);
        number.IsAge.ShouldBeFalse();
    }

    [TestMethod]
    [DataRow("The siege of the port lasted 44 months and killed no one.")]
    [DataRow("The 47-year-old died in hospital on Friday.")]
    [DataRow("Mira Holt, 52, was injured when the scaffold fell.")]
    [DataRow("The flood caused 30 million euros of damage but nobody was hurt.")]
    [DataRow("The army lost 12 tanks in the advance.")]
    public void AgesDurationsMoneyAndThingsAreNotCountedAsPeople(string sentence)
    {
        AnalyzerVerifier.Verify(sentence, ["PC2001", "PC2002"]);
    }

    [TestMethod]
    public void AHeadCountNextToThemStillIs()
    {
        AnalyzerVerifier.Verify("The siege lasted 44 months and {|PC2001:at least 40|} civilians were killed.", ["PC2001", "PC2002"]);
    }
}
