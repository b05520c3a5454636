using System.Net;
using ProvenanceCheck.Server.Tests.Infrastructure;

namespace ProvenanceCheck.Server.Tests.Limits;

/// <summary>A page nested so deeply that its tree takes too long to build gets a 422, and the service stays healthy.</summary>
[TestClass]
public sealed class NestingTests
{
    [TestMethod]
    public async Task Markup_too_deep_to_build_in_time_gets_422_naming_the_content()
    {
        using var factory = new ServerFactory(new ServerSettings());
        using var client = factory.CreateClient();
        // 60,000 unclosed <div>s: building the tree would take a minute (quadratic in the open elements).
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 60_000)) + "<p>The quay reopened.</p></body></html>";

        using var deep = await client.PostAsync("/v1/check", Articles.Raw(page, "text/html"));

        await ErrorStatusTests.ShouldBeProblem(deep, HttpStatusCode.UnprocessableEntity, "content");
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var good = await client.PostAsync("/v1/check", Articles.Raw(Articles.HearsayHtml, "text/html"));
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
