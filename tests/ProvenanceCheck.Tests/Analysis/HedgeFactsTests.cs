using ProvenanceCheck.Analysis;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Analysis;

/// <summary>Hedges the facts layer finds, and whether a named source in the sentence covers them.</summary>
[TestClass]
public sealed class HedgeFactsTests
{
    private static IReadOnlyList<Hedge> Hedges(string sentence) =>
        Checkers.FactsOfOneSentence(sentence).Hedges;

    [TestMethod]
    [DataRow("The mayor reportedly left the meeting early.", "reportedly")]
    [DataRow("The driver allegedly ignored the signal.", "allegedly")]
    [DataRow("The bridge is said to be unsafe.", "is said to")]
    [DataRow("It is understood that the talks have stalled.", "It is understood")]
    [DataRow("It has been intimated that the coach will resign.", "It has been intimated")]
    [DataRow("The two men were suspected of smuggling fuel.", "were suspected of")]
    public void UncoveredHedges(string sentence, string text)
    {
        var hedge = Hedges(sentence).ShouldHaveSingleItem();
        hedge.Text.ShouldBe(text);
        hedge.IsCovered.ShouldBeFalse();
    }

    [TestMethod]
    [DataRow("Police said the driver allegedly ignored the signal.")]
    [DataRow("The mayor reportedly left the meeting early, the council's press office said.")]
    public void ANamedSourceCoversTheHedge(string sentence)
    {
        Hedges(sentence).ShouldHaveSingleItem().IsCovered.ShouldBeTrue();
    }

    [TestMethod]
    public void RumoursStayUncoveredWhoeverPassesThemOn()
    {
        Hedges("According to the club's website, rumours abound that the coach will resign.")
            .ShouldHaveSingleItem().IsCovered.ShouldBeFalse();
    }

    [TestMethod]
    public void HedgesInsideQuotationsAreTheSpeakersNotTheArticles()
    {
        Hedges("“He allegedly took the keys,” the judge said.").ShouldBeEmpty();
    }

    [TestMethod]
    public void PlainStatementsHaveNoHedge()
    {
        Hedges("The mayor left the meeting early.").ShouldBeEmpty();
    }
}
