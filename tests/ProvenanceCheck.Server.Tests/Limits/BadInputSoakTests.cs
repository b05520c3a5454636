using System.Net;
using System.Text;
using ProvenanceCheck.Server.Tests.Infrastructure;

namespace ProvenanceCheck.Server.Tests.Limits;

// Alone, so that other classes' allocations do not blur the heap measurement.
[TestClass]
[DoNotParallelize]
public sealed class BadInputSoakTests
{
    [TestMethod]
    public async Task A_thousand_bad_requests_in_a_row_leave_the_service_healthy_with_flat_memory()
    {
        using var factory = new ServerFactory(new ServerSettings { MaxBodyBytes = 256 * 1024 });
        using var client = factory.CreateClient();
        var oversized = new string('x', 300 * 1024);
        var deep = new string('[', 5000) + new string(']', 5000);
        Func<HttpContent>[] bad =
        [
            () => Articles.JsonText("{\"content\": \"unterminated"),
            () => Articles.JsonText("{\"content\": \"Text.\", \"format\": \"pdf\"}"),
            () => Articles.JsonText(deep),
            () => Articles.JsonText("{\"content\": \"Text.\", \"format\": \"text\", \"metadata\": 5}"),
            () => Articles.Raw(oversized, "text/plain"),
            () => Articles.Json(new { content = oversized, format = "html" }),
            () => new ByteArrayContent([0xC3, 0x28, 0xA0, 0xA1, 0x00, 0xFF]) { Headers = { { "Content-Type", "text/html" } } },
            () => new ByteArrayContent(Encoding.UTF8.GetBytes("text")) { Headers = { { "Content-Type", "application/octet-stream" } } },
        ];

        await SendBad(client, bad, 200);
        var before = SettledMemory();
        var statuses = await SendBad(client, bad, 500);
        var middle = SettledMemory();
        foreach (var (status, count) in await SendBad(client, bad, 500))
        {
            statuses[status] = statuses.GetValueOrDefault(status) + count;
        }

        var after = SettledMemory();

        statuses.Keys.ShouldBe([HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType], ignoreOrder: true);
        (await client.GetStringAsync("/healthz")).ShouldBe("ok");
        using var good = await client.PostAsync("/v1/check", Articles.Raw(Articles.HearsayHtml, "text/html"));
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await good.ReadObject()).DiagnosticIds().ShouldContain("PC3001");
        // A quarter of the 1,000 requests carry 300 KB (about 75 MB in all): keeping their bodies alive would show as tens of MB.
        // The remaining growth (a few MB) is pools warming up on more threads and this test's own log capture.
        Console.WriteLine($"managed heap: {before:N0} → {middle:N0} → {after:N0} bytes");
        statuses.Values.Sum().ShouldBe(1000);
        (after - before).ShouldBeLessThan(16L * 1024 * 1024, $"managed heap grew from {before:N0} to {after:N0} bytes");
    }

    private static async Task<Dictionary<HttpStatusCode, int>> SendBad(HttpClient client, Func<HttpContent>[] bad, int count)
    {
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < count; i++)
        {
            using var content = bad[i % bad.Length]();
            using var response = await client.PostAsync("/v1/check", content);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }

        return statuses;
    }

    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
