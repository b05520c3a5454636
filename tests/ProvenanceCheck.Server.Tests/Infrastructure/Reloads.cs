using System.Text.Json.Nodes;

namespace ProvenanceCheck.Server.Tests.Infrastructure;

/// <summary>Waiting for the service to pick up an edited policy or config, and reading what /readyz says about it.</summary>
public static class Reloads
{
    public static async Task<JsonObject> Ready(HttpClient client) => JsonNode.Parse(await client.GetStringAsync("/readyz"))!.AsObject();

    public static async Task<string> Hash(HttpClient client) => (await Ready(client))["policyHash"]!.GetValue<string>();

    /// <summary>Polls until the condition holds; fails after 15 s (the watcher polls every second).</summary>
    public static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the change was not picked up in time");
            await Task.Delay(100);
        }
    }
}
