using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ProvenanceCheck.Server.Tests.Infrastructure;

namespace ProvenanceCheck.Server.Tests.Endpoints;

/// <summary>The service's <c>files</c> and <c>summary</c> are exactly what <c>provcheck check --format json</c> prints.</summary>
[TestClass]
public sealed class CheckCommandParityTests
{
    private const string SuppressedHtml = """
        <html><body><article>
        <h1>Storm hits the coast</h1>
        <p>At least 12 people were injured when the storm reached the harbour on Tuesday.</p>
        <!-- provcheck-disable-next-block PC3001 -- the harbour office asked us not to name its staff -->
        <p>A source close to the council said the sea wall had not been inspected in years.</p>
        <p>The mayor reportedly plans to resign.</p>
        </article></body></html>
        """;

    [TestMethod]
    public async Task Files_and_summary_match_the_check_command_for_an_article_with_a_suppression()
    {
        var dir = Directory.CreateTempSubdirectory("provcheck-parity-").FullName;
        try
        {
            // root: true stops the command from picking up a .provcheck.yaml above the temporary folder.
            await File.WriteAllTextAsync(Path.Combine(dir, ".provcheck.yaml"), "root: true\n");
            await File.WriteAllTextAsync(Path.Combine(dir, "storm.html"), SuppressedHtml);
            var command = JsonNode.Parse(RunCheck(dir, "storm.html"))!.AsObject();

            using var factory = new ServerFactory();
            using var client = factory.CreateClient();
            using var response = await client.PostAsync("/v1/check", Articles.Json(new { content = SuppressedHtml, format = "html", path = "storm.html" }));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var served = await response.ReadObject();

            command["summary"]!["suppressed"]!.GetValue<int>().ShouldBe(1, "the article must exercise a suppression");
            served["files"]!.ToJsonString().ShouldBe(command["files"]!.ToJsonString());
            served["summary"]!.ToJsonString().ShouldBe(command["summary"]!.ToJsonString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string RunCheck(string workingDirectory, string file)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "provcheck.dll"), "check", file, "--format", "json" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("provcheck check did not finish");
        }

        process.ExitCode.ShouldBeInRange(0, 1, stderr.Result);
        return stdout.Result;
    }
}
