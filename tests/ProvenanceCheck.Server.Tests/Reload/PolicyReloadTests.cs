using System.Net;
using System.Text.Json.Nodes;
using ProvenanceCheck.Server.Tests.Infrastructure;
using static ProvenanceCheck.Server.Tests.Infrastructure.Reloads;

namespace ProvenanceCheck.Server.Tests.Reload;

[TestClass]
public sealed class PolicyReloadTests
{
    private const string Article = "The council met on Monday. Sources say the budget will be cut. Critics call it a disgrace.";

    private static string Policy(string id, string phrase) => $$"""
        rules:
          - id: {{id}}
            title: Banned phrase
            message: "Avoid '{text}'"
            severity: error
            kind: forbid
            options:
              match: {phrases: ["{{phrase}}"]}
        """;

    [TestMethod]
    public async Task An_edited_policy_is_picked_up_and_a_broken_one_keeps_the_last_good_set()
    {
        var dir = Directory.CreateTempSubdirectory("provcheck-reload-").FullName;
        var policy = Path.Combine(dir, "newsroom.yaml");
        await File.WriteAllTextAsync(policy, Policy("NEWS101", "sources say"));
        var settings = new ServerSettings { UseDefaultRules = false, PolicyPaths = { policy }, ReloadPollInterval = TimeSpan.FromMilliseconds(100) };
        try
        {
            using var factory = new ServerFactory(settings);
            using var client = factory.CreateClient();
            (await Ids(client)).ShouldBe(["NEWS101"]);
            var firstHash = await Hash(client);

            // A good edit: the new rule applies without a restart.
            await File.WriteAllTextAsync(policy, Policy("NEWS102", "a disgrace"));
            await Eventually(async () => (await Ids(client)).SequenceEqual(["NEWS102"]));
            var secondHash = await Hash(client);
            secondHash.ShouldNotBe(firstHash);

            // A broken edit: the service keeps answering with the last good rules and says why on /readyz.
            await File.WriteAllTextAsync(policy, "rules:\n  - id: NEWS103\n    sevrity: error\n");
            await Eventually(async () => (await Ready(client))["lastReloadError"] is not null);
            var ready = await Ready(client);
            ready["lastReloadError"]!.GetValue<string>().ShouldContain("newsroom.yaml");
            ready["policyHash"]!.GetValue<string>().ShouldBe(secondHash);
            (await Ids(client)).ShouldBe(["NEWS102"]);
            factory.Logs.Lines.ShouldContain(l => l.EventId == 3 && l.Level == Microsoft.Extensions.Logging.LogLevel.Warning);

            // Fixed again: picked up, error cleared.
            await File.WriteAllTextAsync(policy, Policy("NEWS104", "the budget"));
            await Eventually(async () => (await Ids(client)).SequenceEqual(["NEWS104"]));
            (await Ready(client))["lastReloadError"].ShouldBeNull();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public async Task A_policy_that_tests_cms_metadata_sees_the_request_metadata()
    {
        var dir = Directory.CreateTempSubdirectory("provcheck-when-").FullName;
        var policy = Path.Combine(dir, "ai.yaml");
        await File.WriteAllTextAsync(policy, """
            rules:
              - id: NEWS201
                title: AI-assisted stories name the reviewing editor
                message: "AI-assisted story without 'reviewed by'"
                severity: error
                kind: require
                options:
                  match: {phrases: ["reviewed by"]}
                  when: {metadata: {field: ai_assisted, equals: "true"}}
            """);
        try
        {
            using var factory = new ServerFactory(new ServerSettings { UseDefaultRules = false, PolicyPaths = { dir } });
            using var client = factory.CreateClient();

            var plain = await Check(client, new { content = Article, format = "text" });
            var assisted = await Check(client, new { content = Article, format = "text", metadata = new { aiAssisted = true } });
            var notAssisted = await Check(client, new { content = Article, format = "text", metadata = new { aiAssisted = false } });

            plain.DiagnosticIds().ShouldBeEmpty();
            notAssisted.DiagnosticIds().ShouldBeEmpty();
            assisted.DiagnosticIds().ShouldBe(["NEWS201"]);
            assisted["verdict"]!.GetValue<string>().ShouldBe("fail");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<JsonObject> Check(HttpClient client, object body)
    {
        using var response = await client.PostAsync("/v1/check", Articles.Json(body));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadObject();
    }

    private static async Task<List<string>> Ids(HttpClient client) =>
        [.. (await Check(client, new { content = Article, format = "text" })).DiagnosticIds()];
}
