using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class OutputFormatTests
{
    private static TempTree SeedTree(out string articlePath)
    {
        var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        articlePath = tree.PathOf("article.html");
        File.Copy(Checkers.CorpusPath("seed", "article.html"), articlePath);
        return tree;
    }

    private static JsonElement SarifRun(string sarifPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(sarifPath));
        return document.RootElement.GetProperty("runs")[0].Clone();
    }

    /// <summary>The multitool's native binary, installed by .ci/run (or PROVCHECK_SARIF_MULTITOOL), or null.</summary>
    private static string? FindMultitool()
    {
        if (Environment.GetEnvironmentVariable("PROVCHECK_SARIF_MULTITOOL") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var folder = Checkers.RepoPath(".tools", "node_modules", "@microsoft");
        var binary = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "Sarif.Multitool", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (binary is not null && !OperatingSystem.IsWindows() && !File.GetUnixFileMode(binary).HasFlag(UnixFileMode.UserExecute))
        {
            // npm skips the package's postinstall chmod unless scripts are allowed; .ci/run does it, a bare 'dotnet test' may not have.
            File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute);
        }

        return binary;
    }

    [TestMethod]
    public void Sarif_of_the_seed_page_passes_the_sarif_multitool_validation()
    {
        var multitool = FindMultitool();
        if (multitool is null)
        {
            Assert.Inconclusive("the SARIF multitool is not installed (.ci/run installs it with npm when Node.js is present)");
        }

        using var tree = SeedTree(out _);
        var (exit, _, stderr) = CliRunner.Run(tree.Root, "check", "article.html", "--format", "sarif", "--output", "out.sarif");
        exit.ShouldBe(1, stderr);

        var start = new ProcessStartInfo(multitool) { WorkingDirectory = tree.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "validate", "--output", "validation.sarif", "out.sarif" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.ShouldBe(0, output);
        var findings = SarifRun(Path.Combine(tree.Root, "validation.sarif")).GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("level").GetString() is "error" or "warning")
            .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("message").ToString())
            .ToList();
        findings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Sarif_carries_what_github_code_scanning_needs()
    {
        using var tree = SeedTree(out var article);
        CliRunner.Run(tree.Root, "check", "article.html", "--format", "sarif", "--output", "out.sarif");

        var run = SarifRun(Path.Combine(tree.Root, "out.sarif"));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var pc1002 = rules.Single(r => r.GetProperty("id").GetString() == "PC1002");
        pc1002.GetProperty("name").GetString().ShouldBe("HedgedAiUseDisclosure");
        pc1002.GetProperty("shortDescription").GetProperty("text").GetString().ShouldNotBeNullOrEmpty();
        pc1002.GetProperty("fullDescription").GetProperty("text").GetString().ShouldNotBeNullOrEmpty();
        pc1002.GetProperty("helpUri").GetString().ShouldBe("https://provenancecheck.dev/rules/PC1002");
        pc1002.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("warning");

        var source = File.ReadAllText(article);
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PC1002");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("article.html");
        var region = location.GetProperty("region");
        var snippet = source.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32());
        snippet.ShouldBe("may have used AI");
        region.GetProperty("snippet").GetProperty("text").GetString().ShouldBe(snippet);
        var lines = source.Split('\n');
        var startLine = region.GetProperty("startLine").GetInt32();
        lines[startLine - 1].Substring(region.GetProperty("startColumn").GetInt32() - 1).ShouldStartWith(snippet);
        region.GetProperty("endColumn").GetInt32().ShouldBe(region.GetProperty("startColumn").GetInt32() + snippet.Length);
        result.GetProperty("partialFingerprints").EnumerateObject().ShouldNotBeEmpty();
        var fix = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        fix.GetProperty("insertedContent").GetProperty("text").GetString()!.ShouldContain("editor: say whether AI was used");
        result.TryGetProperty("baselineState", out _).ShouldBeFalse("no baseline was used");
    }

    [TestMethod]
    public void Sarif_marks_suppressions_and_baseline_states()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        tree.Write("story.md", WorkflowArticles.Markdown.Replace("Sources said", "<!-- provcheck-disable-next-block PC3001 -- agreed with the desk -->\nSources said", StringComparison.Ordinal));
        CliRunner.Run(tree.Root, "check", "story.md", "--write-baseline", "baseline.json").ExitCode.ShouldBe(0);
        File.AppendAllText(tree.PathOf("story.md"), "Three people were injured when the old bridge collapsed in 2019.\n");
        File.AppendAllText(tree.PathOf("story.md"), "\n<!-- provcheck-disable-next-block PC3001 -- background only -->\nOfficials said the bridge would cost more.\n");

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "check", "story.md", "--baseline", "baseline.json", "--format", "sarif", "--output", "out.sarif");

        exit.ShouldBe(1, stderr);
        var results = SarifRun(tree.PathOf("out.sarif")).GetProperty("results").EnumerateArray().ToList();
        var suppressed = results.Where(r => r.TryGetProperty("suppressions", out _)).ToList();
        suppressed.Select(r => r.GetProperty("ruleId").GetString()).ShouldBe(["PC3001", "PC3001"]);
        suppressed.ShouldAllBe(r => r.GetProperty("suppressions")[0].GetProperty("kind").GetString() == "inSource");
        suppressed[0].GetProperty("suppressions")[0].GetProperty("justification").GetString().ShouldBe("agreed with the desk");
        results.All(r => r.TryGetProperty("baselineState", out var state) && state.GetString() is "new" or "unchanged").ShouldBeTrue("with a baseline, every result has a state, suppressed ones too");
        suppressed.Select(r => r.GetProperty("baselineState").GetString()).ShouldBe(["unchanged", "new"], "the first was suppressed when the baseline was written, the second is new");
        var active = results.Where(r => !r.TryGetProperty("suppressions", out _)).ToList();
        var fresh = active.Where(r => r.GetProperty("baselineState").GetString() == "new").ToList();
        fresh.Count.ShouldBe(1);
        fresh[0].GetProperty("ruleId").GetString().ShouldBe("PC2001");
        active.Count(r => r.GetProperty("baselineState").GetString() == "unchanged").ShouldBe(2, "PC1001 and the first PC2001");
    }

    [TestMethod]
    public void Github_format_writes_one_workflow_annotation_per_active_diagnostic()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        tree.Write("news/story.html", WorkflowArticles.Html);

        var (exit, stdout, _) = CliRunner.Run(tree.Root, "check", "news/story.html", "--format", "github");

        exit.ShouldBe(1);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines.ShouldContain("::warning file=news/story.html,line=8,col=4,endColumn=11,title=PC3001::Information attributed to an unnamed source ('Sources') without saying why it is not named");
    }

    [TestMethod]
    public void Junit_format_has_one_test_case_per_article_and_a_failure_per_diagnostic()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        tree.Write("a/story.md", WorkflowArticles.Markdown);
        tree.Write("b/clean.md", "---\nauthor: Maria Lopez\ndate: 2026-03-01\n---\n\n# Bridge opens\n\nThe bridge opened on Monday, the mayor, Anna Kowalski, said.\n\nNo generative AI was used in reporting or writing this article.\n");

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "check", "a", "b", "--format", "junit", "--output", "report.xml");

        exit.ShouldBe(1, stderr);
        var xml = XDocument.Load(tree.PathOf("report.xml"));
        var cases = xml.Descendants("testcase").ToList();
        cases.Count.ShouldBe(2);
        cases[0].Elements("failure").Select(f => f.Attribute("type")!.Value).ShouldBe(["PC1001", "PC3001", "PC2001"]);
        cases[1].Elements("failure").ShouldBeEmpty();
        xml.Root!.Attribute("failures")!.Value.ShouldBe("1");
    }

    [TestMethod]
    public void Output_option_writes_the_report_to_a_file_and_nothing_to_stdout()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        tree.Write("story.md", WorkflowArticles.Markdown);

        var (_, stdout, _) = CliRunner.Run(tree.Root, "check", "story.md", "--format", "json", "--output", "report.json");

        stdout.ShouldBeEmpty();
        using var json = JsonDocument.Parse(File.ReadAllBytes(tree.PathOf("report.json")));
        json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32().ShouldBe(3);
    }

    [TestMethod]
    public void Invalid_config_fails_the_cli_with_one_line_and_exit_code_2()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC3001: loud\n");
        tree.Write("story.md", WorkflowArticles.Markdown);

        var (exit, stdout, stderr) = CliRunner.Run(tree.Root, "check", "story.md");

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().ShouldBe($"provcheck: {tree.PathOf(".provcheck.yaml")}:3:11: error: the severity of PC3001 must be error, warning, info or none");
    }
}
