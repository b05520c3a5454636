using System.Net;
using ProvenanceCheck.Server.Tests.Infrastructure;

namespace ProvenanceCheck.Server.Tests.Limits;

[TestClass]
public sealed class ConcurrencyTests
{
    [TestMethod]
    public async Task Parallel_requests_get_the_same_answers_as_sequential_ones()
    {
        using var factory = new ServerFactory(new ServerSettings { MaxConcurrentChecks = 4 });
        using var client = factory.CreateClient();
        Func<HttpContent>[] requests =
        [
            () => Articles.Raw(Articles.HearsayHtml, "text/html"),
            () => Articles.Raw(Articles.CleanHtml, "text/html"),
            () => Articles.Raw(Articles.HearsayMarkdown, "text/markdown"),
            () => Articles.Raw(Articles.HearsayText, "text/plain"),
            () => Articles.Json(new { content = Articles.HearsayText, format = "text", metadata = new { author = "Ann Lee", aiAssisted = true } }),
            () => Articles.Json(new { content = Articles.CleanHtml, format = "html", path = "clean.html" }),
        ];
        var sequential = new List<string>();
        foreach (var request in requests)
        {
            sequential.Add(await Send(client, request()));
        }

        var parallel = await Task.WhenAll(Enumerable.Range(0, 240).Select(i => Task.Run(() => Send(client, requests[i % requests.Length]()))));

        sequential.Distinct().Count().ShouldBe(requests.Length);
        for (var i = 0; i < parallel.Length; i++)
        {
            parallel[i].ShouldBe(sequential[i % requests.Length], $"request {i}");
        }
    }

    private static async Task<string> Send(HttpClient client, HttpContent content)
    {
        using (content)
        {
            using var response = await client.PostAsync("/v1/check", content);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
