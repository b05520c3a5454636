using System.Text.Json;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Cli;

[TestClass]
public sealed class OtherCommandTests
{
    [TestMethod]
    public void ExplainShowsWhatWhyAndExamples()
    {
        var result = ProvcheckProcess.Run("explain", "PC2001");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldStartWith("PC2001: Casualty figure without a source");
        result.Stdout.ShouldContain("What it checks and why");
        result.Stdout.ShouldContain("Compliant");
        result.Stdout.ShouldContain("At least 12 people were killed, Lviv regional police said.");
        result.Stdout.ShouldContain("Non-compliant");
        result.Stdout.ShouldContain("default:rules/casualties.yaml");
    }

    [TestMethod]
    public void ExplainOfAnUnknownRuleIsAnError()
    {
        var result = ProvcheckProcess.Run("explain", "PC9999");
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("no rule 'PC9999'");
    }

    [TestMethod]
    public void RulesListsEveryRuleAndItsOrigin()
    {
        var result = ProvcheckProcess.Run("rules", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var rules = json.RootElement.EnumerateArray().ToList();
        rules.Count.ShouldBe(14);
        rules.ShouldContain(r => r.GetProperty("id").GetString() == "PC3003" && r.GetProperty("origin").GetString() == "default:rules/hearsay.yaml");
        ProvcheckProcess.Run("rules").Stdout.ShouldContain("PC1004   error");
    }

    [TestMethod]
    public void InspectShowsTheTreeWithPositionsAndFacts()
    {
        var result = ProvcheckProcess.Run("inspect", "samples/harbour-fire.html", "--format", "json");

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Stdout);
        var blocks = json.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        blocks[0].GetProperty("kind").GetString().ShouldBe("heading");
        var sentences = blocks.SelectMany(b => b.GetProperty("sentences").EnumerateArray()).ToList();
        var sourced = sentences.Single(s => s.GetProperty("text").GetString()!.StartsWith("At least seven", StringComparison.Ordinal));
        sourced.GetProperty("line").GetInt32().ShouldBe(15);
        sourced.GetProperty("numbers")[0].GetProperty("text").GetString().ShouldBe("At least seven");
        var attribution = sourced.GetProperty("attributions")[0];
        attribution.GetProperty("source").GetString().ShouldBe("the Lindenfield Fire Service");
        attribution.GetProperty("class").GetString().ShouldBe("named");
        json.RootElement.GetProperty("metadata").GetProperty("authors")[0].GetString().ShouldBe("Priya Malhotra");
        ProvcheckProcess.Run("inspect", "samples/harbour-fire.html").Stdout.ShouldContain("attribution cue='said' source='the Lindenfield Fire Service' named");
    }
}
