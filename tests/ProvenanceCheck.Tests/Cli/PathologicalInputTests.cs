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
    /// <summary>Checks one file as JSON; returns the exit code and the file's diagnostics.</summary>
    private static (int ExitCode, List<(string? Id, string? Severity, string? Message, string? Text, string? Sentence)> Diagnostics) CheckJson(string name, string content)
    {
        using var temp = new TempFiles();
        var result = ProvcheckProcess.Run("check", temp.Write(name, content), "--format", "json");
        result.Stderr.ShouldBeEmpty();
        using var json = JsonDocument.Parse(result.Stdout);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("severity").GetString(), d.GetProperty("message").GetString(),
                d.GetProperty("text").GetString(), d.GetProperty("sentence").GetString()))
            .ToList();
        return (result.ExitCode, diagnostics);
    }
    [TestMethod]
    public void A_run_on_sentence_of_thousands_of_figures_is_checked_with_each_finding_quoting_only_its_part()
    {
        // 300 KB with no full stop: every figure searched all 63,000 tokens for its claim terms, and every finding
        // carried the whole sentence (2.7 GB of JSON: the process ran out of memory half-way through printing it).
        var (exitCode, diagnostics) = CheckJson("run-on.txt", string.Concat(Enumerable.Repeat("at least 5 people were killed and ", 9_000)));

        exitCode.ShouldBe(1);
        var findings = diagnostics.Where(d => d.Id == "PC2001").ToList();
        findings.Count.ShouldBe(9_000);
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
        // Each statement is told that it does not say a person reviewed the work, up to the limit of 10,000 findings;
        // the rest (and the missing byline and date) are counted by one PC0003, as info like all of them.
        diagnostics.Count(d => d.Id == "PC1003").ShouldBe(10_000);
        var limit = diagnostics.Where(d => d.Id != "PC1003").ShouldHaveSingleItem();
        limit.Id.ShouldBe("PC0003");
        limit.Severity.ShouldBe("info");
    }

    [TestMethod]
    public void Past_ten_thousand_findings_one_more_says_how_many_were_left_out_with_the_worst_severity()
    {
        // 20,000 figures in 230 KB: every finding was kept and written (3 GB of memory for 800,000 of them).
        var (exitCode, diagnostics) = CheckJson("figures.txt", string.Concat(Enumerable.Repeat("5 5 5 5 people killed. ", 10_000)));

        exitCode.ShouldBe(1);
        diagnostics.Count.ShouldBe(10_001);
        var limit = diagnostics.Where(d => d.Id == "PC0003").ShouldHaveSingleItem();
        // 20,000 figures and the missing disclosure, byline and date make 20,003 findings: 10,000 kept, 10,003 counted.
        limit.Message.ShouldBe("10,003 more findings were not reported: at most 10,000 are reported per article");
        limit.Severity.ShouldBe("warning");
    }

    [TestMethod]
    public void Sixty_thousand_suppressions_in_one_paragraph_each_silence_their_own_figure()
    {
        using var temp = new TempFiles();
        // Every directive was asked about every diagnostic: 30,000 pairs took 30 s, these about two minutes.
        var html = "<html><body><p>" + string.Concat(Enumerable.Repeat(
            "<!-- provcheck-disable PC2001 -- checked with the coroner -->At least 5 people were killed. <!-- provcheck-enable PC2001 -->", 60_000)) + "</p>";

        var result = ProvcheckProcess.Run("check", temp.Write("suppressed.html", html), "--max-findings", "0");

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
