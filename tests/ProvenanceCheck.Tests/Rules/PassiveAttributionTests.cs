using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

/// <summary>Passives that hide who makes a claim ("was attributed to", "was described as") are hearsay unless an agent is named.</summary>
[TestClass]
public sealed class PassiveAttributionTests
{
    private static readonly string[] Rules = ["PC3001", "PC3002"];

    [TestMethod]
    [DataRow("The warehouse fire {|PC3002:was attributed to|} an electrical fault.")]
    [DataRow("The outage has {|PC3002:been attributed to|} a cyberattack.")]
    [DataRow("Both ambushes {|PC3002:were attributed to|} a splinter faction.")]
    [DataRow("The new ferry timetable {|PC3002:was described as|} a disaster.")]
    public void AnAgentlessPassiveIsHearsay(string markup)
    {
        AnalyzerVerifier.Verify(markup, Rules);
    }

    [TestMethod]
    [DataRow("The warehouse fire was attributed to an electrical fault by the county fire marshal.")]
    [DataRow("The county fire marshal attributed the warehouse fire to an electrical fault.")]
    [DataRow("The patch, described as minor in the release notes, ships on Monday.")]
    public void ANamedAgentOrNoPassivePasses(string sentence)
    {
        AnalyzerVerifier.Verify(sentence, Rules);
    }

    [TestMethod]
    public void AnUnnamedAgentIsStillHearsay()
    {
        AnalyzerVerifier.Verify("{|PC3001:Insiders|} attributed the warehouse fire to an electrical fault.", Rules);
    }
}
