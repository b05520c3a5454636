using System.Text.Json;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Cli;

/// <summary>Hook mode: <c>provcheck check - --format-in html --format json --metadata meta.json</c>, as a CMS runs it.</summary>
[TestClass]
public sealed class HookModeMetadataTests
{
    private const string Article = """
        <html><body><article>
        <h1>Harbour reopens</h1>
        <p>The harbour reopened on Friday after the storm, the port authority said.</p>
        </article></body></html>
        """;

    [TestMethod]
    public void Author_metadata_counts_as_the_byline()
    {
        using var temp = new TempTree();
        var meta = temp.Write("meta.json", """{"author": "Ann Lee", "aiAssisted": false}""");

        var without = Ids(ProvcheckProcess.RunWithInput(Article, "check", "-", "--format-in", "html", "--format", "json"));
        var with = Ids(ProvcheckProcess.RunWithInput(Article, "check", "-", "--format-in", "html", "--format", "json", "--metadata", meta));

        without.ShouldContain("PC4001");
        with.ShouldNotContain("PC4001");
    }

    [TestMethod]
    public void A_when_condition_on_a_cms_field_follows_the_metadata()
    {
        using var temp = new TempTree();
        var policy = temp.Write("ai.yaml", """
            rules:
              - id: NEWS501
                title: AI-assisted stories name the reviewing editor
                message: "AI-assisted story without 'reviewed by'"
                severity: error
                kind: require
                options:
                  match: {phrases: ["reviewed by"]}
                  when: {metadata: {field: ai_assisted, equals: "true"}}
            """);
        var assisted = temp.Write("assisted.json", """{"aiAssisted": true}""");
        var notAssisted = temp.Write("not-assisted.json", """{"aiAssisted": false}""");
        string[] args = ["check", "-", "--format-in", "html", "--format", "json", "--no-default-rules", "--policy", policy, "--metadata"];

        var flagged = ProvcheckProcess.RunWithInput(Article, [.. args, assisted]);
        var clean = ProvcheckProcess.RunWithInput(Article, [.. args, notAssisted]);

        flagged.ExitCode.ShouldBe(1, flagged.Stderr);
        Ids(flagged).ShouldBe(["NEWS501"]);
        clean.ExitCode.ShouldBe(0, clean.Stderr);
        Ids(clean).ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("""{"author": "Ann Lee",""", DisplayName = "truncated JSON")]
    [DataRow("""["author", "Ann Lee"]""", DisplayName = "not an object")]
    public void A_malformed_metadata_file_is_one_line_and_exit_code_2(string json)
    {
        using var temp = new TempTree();
        var meta = temp.Write("meta.json", json);

        var result = ProvcheckProcess.RunWithInput(Article, "check", "-", "--format-in", "html", "--format", "json", "--metadata", meta);

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        var lines = result.Stderr.TrimEnd().Split('\n');
        lines.Length.ShouldBe(1, result.Stderr);
        lines[0].ShouldContain("meta.json");
        lines[0].ShouldNotContain("   at ");
    }

    private static List<string> Ids(ProvcheckProcess.Result result)
    {
        result.ExitCode.ShouldBeInRange(0, 1, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)];
    }
}
