using System.Text.Json;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Cli;

/// <summary>
/// Inputs no newsroom writes but a hook or an archive may still hold: each used to hang a check (minutes to hours,
/// a core lost to one request) or run it out of memory. Run as processes, so a regression fails after the runner's
/// two minutes instead of hanging the suite.
/// </summary>
[TestClass]
public sealed class PathologicalInputTests
{
    /// <summary>Checks one file as JSON; returns the exit code and the file's diagnostics as (id, text, sentence).</summary>
    private static (int ExitCode, List<(string? Id, string? Text, string? Sentence)> Diagnostics) CheckJson(string name, string content)
    {
        using var temp = new TempFiles();
        var result = ProvcheckProcess.Run("check", temp.Write(name, content), "--format", "json");
        result.Stderr.ShouldBeEmpty();
        using var json = JsonDocument.Parse(result.Stdout);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("text").GetString(), d.GetProperty("sentence").GetString()))
            .ToList();
        return (result.ExitCode, diagnostics);
    }
    [TestMethod]
    public void A_run_on_sentence_of_thousands_of_figures_is_checked_with_each_finding_quoting_only_its_part()
    {
        // 680 KB with no full stop: every figure searched all 140,000 tokens for its claim terms, and every finding
        // carried the whole sentence (13 GB of JSON: the process ran out of memory half-way through printing it).
        var (exitCode, diagnostics) = CheckJson("run-on.txt", string.Concat(Enumerable.Repeat("at least 5 people were killed and ", 20_000)));

        exitCode.ShouldBe(1);
        var findings = diagnostics.Where(d => d.Id == "PC2001").ToList();
        findings.Count.ShouldBe(20_000);
        findings.ShouldAllBe(d => d.Sentence!.Length <= 1_002);
        var last = findings[^1].Sentence.ShouldNotBeNull();
        last.ShouldStartWith("…");
        last.ShouldContain(findings[^1].Text.ShouldNotBeNull());
    }

    [TestMethod]
    public void A_paragraph_of_forty_thousand_disclosures_is_checked()
    {
        // Every sentence of every rule looked through the article's whole list of AI-use statements, and each statement
        // through its whole paragraph: about three minutes.
        var (exitCode, diagnostics) = CheckJson("statements.txt", string.Concat(Enumerable.Repeat("This article was produced with the assistance of AI. ", 40_000)));

        exitCode.ShouldBe(0);
        var ids = diagnostics.Select(d => d.Id).ToList();
        // Each statement is told, once, that it does not say a person reviewed the work (and the text has no byline or date).
        ids.Count(id => id == "PC1003").ShouldBe(40_000);
        ids.Where(id => id != "PC1003").ShouldBe(["PC4001", "PC4002"], ignoreOrder: true);
    }

    [TestMethod]
    public void Sixty_thousand_suppressions_in_one_paragraph_each_silence_their_own_figure()
    {
        using var temp = new TempFiles();
        // Every directive was asked about every diagnostic: 30,000 pairs took 30 s, these about two minutes.
        var html = "<html><body><p>" + string.Concat(Enumerable.Repeat(
            "<!-- provcheck-disable PC2001 -- checked with the coroner -->At least 5 people were killed. <!-- provcheck-enable PC2001 -->", 60_000)) + "</p>";

        var result = ProvcheckProcess.Run("check", temp.Write("suppressed.html", html));

        result.Stderr.ShouldBeEmpty();
        result.Stdout.TrimEnd().Split('\n')[^1].ShouldEndWith("(60000 suppressed)");
        result.Stdout.ShouldNotContain("PC2001");
    }

    [TestMethod]
    public void A_footer_of_two_hundred_thousand_quotations_is_checked()
    {
        // Each quotation without a speaker walked its paragraph from the start for the sentence it sits in: in a footer,
        // out of the rule's scope, every walk went to the end (minutes for 100,000).
        var html = "<html><body><article><p>The council met on Monday to discuss the harbour budget, and the meeting ran late, members said.</p></article><footer><p>" +
                   string.Concat(Enumerable.Repeat("“One two three four five six seven eight.” ", 200_000)) + "</p></footer></body></html>";

        var (exitCode, diagnostics) = CheckJson("quotes.html", html);

        exitCode.ShouldBe(1);
        // The footer's quotations are outside the rule's scope: only the article's own findings remain.
        diagnostics.Select(d => d.Id).ShouldBe(["PC1001", "PC3001", "PC4001", "PC4002"], ignoreOrder: true);
    }
}
