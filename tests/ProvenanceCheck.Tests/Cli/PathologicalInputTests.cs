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
    [TestMethod]
    public void A_run_on_sentence_of_thousands_of_figures_is_checked_with_each_finding_quoting_only_its_part()
    {
        using var temp = new TempFiles();
        // 680 KB with no full stop: every figure searched all 140,000 tokens for its claim terms, and every finding
        // carried the whole sentence (13 GB of JSON: the process ran out of memory half-way through printing it).
        var text = string.Concat(Enumerable.Repeat("at least 5 people were killed and ", 20_000));

        var result = ProvcheckProcess.Run("check", temp.Write("run-on.txt", text), "--format", "json");

        result.ExitCode.ShouldBe(1, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "PC2001").ToList();
        findings.Count.ShouldBe(20_000);
        findings.ShouldAllBe(d => d.GetProperty("sentence").GetString()!.Length <= 1_002);
        var last = findings[^1].GetProperty("sentence").GetString().ShouldNotBeNull();
        last.ShouldStartWith("…");
        last.ShouldContain(findings[^1].GetProperty("text").GetString().ShouldNotBeNull());
    }

    [TestMethod]
    public void A_paragraph_of_forty_thousand_disclosures_is_checked()
    {
        using var temp = new TempFiles();
        // Every sentence of every rule looked through the article's whole list of AI-use statements, and each statement
        // through its whole paragraph: about three minutes.
        var text = string.Concat(Enumerable.Repeat("This article was produced with the assistance of AI. ", 40_000));

        var result = ProvcheckProcess.Run("check", temp.Write("statements.txt", text), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var ids = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
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
        using var temp = new TempFiles();
        // Each quotation without a speaker walked its paragraph from the start for the sentence it sits in: in a footer,
        // out of the rule's scope, every walk went to the end (minutes for 100,000).
        var html = "<html><body><article><p>The council met on Monday to discuss the harbour budget, and the meeting ran late, members said.</p></article><footer><p>" +
                   string.Concat(Enumerable.Repeat("“One two three four five six seven eight.” ", 200_000)) + "</p></footer></body></html>";

        var result = ProvcheckProcess.Run("check", temp.Write("quotes.html", html), "--format", "json");

        result.ExitCode.ShouldBe(1, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var ids = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        // The footer's quotations are outside the rule's scope: only the article's own findings remain.
        ids.ShouldBe(["PC1001", "PC3001", "PC4001", "PC4002"], ignoreOrder: true);
    }
}
