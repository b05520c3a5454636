using System.Diagnostics;
using System.Text.Json;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary><c>provcheck extract</c> as a user runs it: the built CLI in a child process.</summary>
[TestClass]
public sealed class ExtractCommandTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "provcheck.dll");

    [TestMethod]
    public void JsonLinesPrintsOneObjectPerFileWithTheArticleFields()
    {
        var page = WriteTemp(NewsPageFixture.Html, ".html");
        var seed = Checkers.CorpusPath("seed", "article.html");

        var (code, stdout, stderr) = Run("extract", "--format", "jsonl", page, seed);

        code.ShouldBe(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        root.GetProperty("path").GetString().ShouldBe(page);
        root.GetProperty("title").GetString().ShouldBe("Ferry timetable cut as harbour dredging overruns");
        root.GetProperty("byline").GetString().ShouldBe("Marit Olsen");
        root.GetProperty("published").GetString().ShouldBe("2026-03-04T07:30:00Z");
        var text = root.GetProperty("text").GetString()!;
        text.ShouldContain("\n\nHarbour master Tove Lind said");
        text.ShouldNotContain("Also read");
    }

    [TestMethod]
    public void TextFormatPrintsMetadataThenBlocksSeparatedByBlankLines()
    {
        var page = WriteTemp(NewsPageFixture.Html, ".html");

        var (code, stdout, _) = Run("extract", page);

        code.ShouldBe(0);
        stdout.ShouldStartWith("Title: Ferry timetable cut as harbour dredging overruns\n");
        stdout.ShouldContain("\n\nThe island ferry will run");
        stdout.ShouldContain("\n\nHarbour master Tove Lind");
    }

    [TestMethod]
    public void BodyWholeKeepsWhatAutoDrops()
    {
        var page = WriteTemp(NewsPageFixture.Html, ".html");

        Run("extract", "--body", "whole", page).Stdout.ShouldContain("Others are reading now");
        Run("extract", "--body", "auto", page).Stdout.ShouldNotContain("Others are reading now");
    }

    [TestMethod]
    public void AMissingFileIsOneLineOnStderrAndExitCode2WithNothingOnStdout()
    {
        var (code, stdout, stderr) = Run("extract", "--format", "jsonl", "no-such-page.html");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().Split('\n').Length.ShouldBe(1);
    }

    private static string WriteTemp(string content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), "provcheck-extract-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
