using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Server.Tests.Infrastructure;
using static ProvenanceCheck.Server.Tests.Infrastructure.Reloads;

namespace ProvenanceCheck.Server.Tests.Configuration;

/// <summary><c>serve --config</c> takes the same <c>.provcheck.yaml</c> as <c>check --config</c>.</summary>
[TestClass]
public sealed class ConfigFileTests
{
    private string _dir = null!;

    [TestInitialize]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("provcheck-serve-config-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [TestMethod]
    public async Task A_severity_in_the_config_applies_to_checks_and_shows_in_the_rules()
    {
        var config = Write(".provcheck.yaml", "rules:\n  PC3001: error\n  PC2001: none\n");
        using var factory = new ServerFactory(new ServerSettings { ConfigPath = config });
        using var client = factory.CreateClient();

        var report = await Check(client, new { content = Articles.HearsayText, format = "text" });

        Severities(report).ShouldContainKeyAndValue("PC3001", "error");
        Severities(report).ShouldNotContainKey("PC2001");
        var rules = await Rules(client);
        rules["PC3001"].ShouldBe("error");
        rules["PC2001"].ShouldBe("none");
    }

    [TestMethod]
    public async Task An_override_applies_to_the_path_its_glob_matches_and_no_file_is_opened()
    {
        var config = Write(".provcheck.yaml", """
            rules:
              PC3001: error
            overrides:
              - files: ["opinion/**"]
                rules: {PC3001: none, PC2001: info}
            """);
        using var factory = new ServerFactory(new ServerSettings { ConfigPath = config });
        using var client = factory.CreateClient();

        var opinion = await Check(client, new { content = Articles.HearsayText, format = "text", path = "opinion/2026/storm.txt" });
        var news = await Check(client, new { content = Articles.HearsayText, format = "text", path = "news/storm.txt" });
        var unlabelled = await Check(client, new { content = Articles.HearsayText, format = "text" });
        using var raw = await client.PostAsync("/v1/check?path=opinion/raw.txt", Articles.Raw(Articles.HearsayText, "text/plain"));

        Severities(opinion).ShouldNotContainKey("PC3001");
        Severities(opinion)["PC2001"].ShouldBe("info");
        Severities(news)["PC3001"].ShouldBe("error");
        Severities(news)["PC2001"].ShouldBe("warning");
        Severities(unlabelled)["PC3001"].ShouldBe("error");
        Severities(await raw.ReadObject()).ShouldNotContainKey("PC3001");
        (await Rules(client, "opinion/x.html"))["PC3001"].ShouldBe("none");
        (await Rules(client, "news/x.html"))["PC3001"].ShouldBe("error");
        // The path is a label: nothing named by it exists or was created.
        Directory.Exists(Path.Combine(_dir, "opinion")).ShouldBeFalse();
    }

    [TestMethod]
    public async Task The_verdict_uses_the_configs_fail_on_unless_the_command_line_gives_one()
    {
        // The hearsay article has warnings and no errors.
        var config = Write(".provcheck.yaml", """
            fail-on: error
            overrides:
              - files: ["strict/**"]
                fail-on: warning
            """);
        using var fromConfig = new ServerFactory(new ServerSettings { ConfigPath = config });
        using var configClient = fromConfig.CreateClient();
        using var fromCommandLine = new ServerFactory(new ServerSettings { ConfigPath = config, FailLevel = Severity.Warning });
        using var commandLineClient = fromCommandLine.CreateClient();

        var relaxed = await Check(configClient, new { content = Articles.HearsayText, format = "text" });
        var strict = await Check(configClient, new { content = Articles.HearsayText, format = "text", path = "strict/a.txt" });
        var overruled = await Check(commandLineClient, new { content = Articles.HearsayText, format = "text" });

        relaxed["failOn"]!.GetValue<string>().ShouldBe("error");
        relaxed["verdict"]!.GetValue<string>().ShouldBe("pass");
        strict["failOn"]!.GetValue<string>().ShouldBe("warning");
        strict["verdict"]!.GetValue<string>().ShouldBe("fail");
        overruled["failOn"]!.GetValue<string>().ShouldBe("warning");
        overruled["verdict"]!.GetValue<string>().ShouldBe("fail");
    }

    [TestMethod]
    public async Task Policies_and_default_rules_named_in_the_config_load()
    {
        Write("policies/newsroom.yaml", """
            rules:
              - id: NEWS301
                title: Banned phrase
                message: "Avoid '{text}'"
                severity: error
                kind: forbid
                options:
                  match: {phrases: ["sea wall"]}
            """);
        var config = Write(".provcheck.yaml", "default-rules: false\npolicies: [policies/newsroom.yaml]\n");
        using var factory = new ServerFactory(new ServerSettings { ConfigPath = config });
        using var client = factory.CreateClient();

        var report = await Check(client, new { content = Articles.HearsayText, format = "text" });

        report.DiagnosticIds().ShouldBe(["NEWS301"]);
        (await Rules(client)).Keys.ShouldBe(["NEWS301"]);
    }

    [TestMethod]
    public void A_config_mistake_stops_the_start_with_its_position()
    {
        var config = Write(".provcheck.yaml", "rules:\n  PC9999: error\n");
        using var factory = new ServerFactory(new ServerSettings { ConfigPath = config });

        var error = Should.Throw<global::ProvenanceCheck.Policies.PolicyException>(() => factory.CreateClient());

        error.Message.ShouldContain(".provcheck.yaml:2:3");
        error.Message.ShouldContain("names no loaded rule");
    }

    [TestMethod]
    public async Task An_edited_config_is_picked_up_and_a_broken_one_keeps_the_last_good_one()
    {
        var config = Write(".provcheck.yaml", "rules:\n  PC3001: error\n");
        using var factory = new ServerFactory(new ServerSettings { ConfigPath = config, ReloadPollInterval = TimeSpan.FromMilliseconds(100) });
        using var client = factory.CreateClient();
        (await Severity3001(client)).ShouldBe("error");
        var firstHash = await Hash(client);

        Save(config, "rules:\n  PC3001: info\n");
        await Eventually(async () => await Severity3001(client) == "info");
        var secondHash = await Hash(client);
        secondHash.ShouldNotBe(firstHash);

        Save(config, "rules:\n  PC3001: loud\n");
        await Eventually(async () => (await Ready(client))["lastReloadError"] is not null);
        (await Ready(client))["lastReloadError"]!.GetValue<string>().ShouldContain(".provcheck.yaml:2:11");
        (await Hash(client)).ShouldBe(secondHash);
        (await Severity3001(client)).ShouldBe("info");
        factory.Logs.Lines.ShouldContain(l => l.EventId == 3 && l.Level == LogLevel.Warning && l.Message.Contains("severity of PC3001"));
    }

    // Saved the way editors that write a temporary file and rename it do. Written in place, the file is empty for a
    // moment, the 100 ms watcher can load it then, and an empty configuration is a valid one with its own hash.
    private static void Save(string path, string text)
    {
        var temporary = path + ".saving";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<JsonObject> Check(HttpClient client, object body)
    {
        using var response = await client.PostAsync("/v1/check", Articles.Json(body));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadObject();
    }

    private static Dictionary<string, string> Severities(JsonObject report) =>
        report["files"]![0]!["diagnostics"]!.AsArray().ToDictionary(d => d!["id"]!.GetValue<string>(), d => d!["severity"]!.GetValue<string>());

    private static async Task<Dictionary<string, string>> Rules(HttpClient client, string? path = null)
    {
        var json = await client.GetStringAsync(path is null ? "/v1/rules" : "/v1/rules?path=" + Uri.EscapeDataString(path));
        return JsonNode.Parse(json)!["rules"]!.AsArray().ToDictionary(r => r!["id"]!.GetValue<string>(), r => r!["severity"]!.GetValue<string>());
    }

    private static async Task<string?> Severity3001(HttpClient client) =>
        Severities(await Check(client, new { content = Articles.HearsayText, format = "text" })).GetValueOrDefault("PC3001");
}
