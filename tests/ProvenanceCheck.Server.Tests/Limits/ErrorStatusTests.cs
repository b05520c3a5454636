using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ProvenanceCheck.Server.Tests.Infrastructure;

namespace ProvenanceCheck.Server.Tests.Limits;

[TestClass]
public sealed class ErrorStatusTests
{
    private const string Key = "test-key-0123456789abcdef";
    private static ServerFactory _factory = null!;
    private static HttpClient _client = null!;

    [ClassInitialize]
    public static void Start(TestContext _)
    {
        _factory = new ServerFactory(new ServerSettings { MaxBodyBytes = 64 * 1024, MaxBatchSize = 3, ApiKey = Key });
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    [ClassCleanup]
    public static void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [TestMethod]
    [DataRow("""{"content": "Text.", "format": "text" """, "$")]
    [DataRow("""[1, 2]""", "$")]
    [DataRow("""{"format": "text"}""", "content")]
    [DataRow("""{"content": 42, "format": "text"}""", "content")]
    [DataRow("""{"content": "   ", "format": "text"}""", "content")]
    [DataRow("""{"content": "Text.", "format": "docx"}""", "format")]
    [DataRow("""{"content": "Text."}""", "format")]
    [DataRow("""{"content": "Text.", "format": "text", "metadata": "author=me"}""", "metadata")]
    [DataRow("""{"content": "Text.", "format": "text", "auhtor": "me"}""", "auhtor")]
    [DataRow("""{"content": "Text.", "format": "text", "path": 7}""", "path")]
    [DataRow("""{"content": "Officials said 4 died.", "format": "text", "content": "The council met."}""", "$")]
    [DataRow("""{"content": "Text.", "format": "text", "metadata": {"aiAssisted": true, "aiAssisted": false}}""", "$")]
    public async Task Bad_json_gets_400_naming_the_field(string body, string field)
    {
        using var response = await _client.PostAsync("/v1/check", Articles.JsonText(body));

        await ShouldBeProblem(response, HttpStatusCode.BadRequest, field);
    }

    [TestMethod]
    [DataRow("""{"articles": []}""", "articles")]
    [DataRow("""{"articles": {}}""", "articles")]
    [DataRow("""{"articles": [{"content":"a.","format":"text"},{"content":"b.","format":"text"},{"content":"c.","format":"text"},{"content":"d.","format":"text"}]}""", "articles")]
    [DataRow("""{"articles": [{"content":"a.","format":"text"},{"content":"b.","format":"pdf"}]}""", "articles[1].format")]
    [DataRow("""{"articles": [{"content":"a.","format":"text"}], "extra": 1}""", "extra")]
    public async Task Bad_batch_gets_400_naming_the_field(string body, string field)
    {
        using var response = await _client.PostAsync("/v1/check/batch", Articles.JsonText(body));

        await ShouldBeProblem(response, HttpStatusCode.BadRequest, field);
    }

    [TestMethod]
    public async Task Empty_or_invalid_raw_body_gets_400()
    {
        using var empty = await _client.PostAsync("/v1/check", Articles.Raw("", "text/plain"));
        using var binary = await _client.PostAsync("/v1/check", new ByteArrayContent([0x3C, 0x70, 0x3E, 0xC3, 0x28, 0xFF, 0x00, 0x01]) { Headers = { { "Content-Type", "text/html" } } });

        await ShouldBeProblem(empty, HttpStatusCode.BadRequest, "body");
        await ShouldBeProblem(binary, HttpStatusCode.BadRequest, "body");
    }

    [TestMethod]
    public async Task Oversized_body_gets_413_with_or_without_a_content_length()
    {
        var big = new string('a', 65 * 1024);
        using var declared = await _client.PostAsync("/v1/check", Articles.Raw(big, "text/plain"));
        using var chunked = await _client.PostAsync("/v1/check", new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))) { Headers = { { "Content-Type", "text/plain" } } });
        using var json = await _client.PostAsync("/v1/check", Articles.Json(new { content = big, format = "text" }));

        await ShouldBeProblem(declared, HttpStatusCode.RequestEntityTooLarge, "body");
        await ShouldBeProblem(chunked, HttpStatusCode.RequestEntityTooLarge, "body");
        await ShouldBeProblem(json, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [TestMethod]
    public async Task Unsupported_or_missing_content_type_gets_415()
    {
        using var png = await _client.PostAsync("/v1/check", new ByteArrayContent([1, 2, 3]) { Headers = { { "Content-Type", "image/png" } } });
        using var none = await _client.PostAsync("/v1/check", new ByteArrayContent(Encoding.UTF8.GetBytes("Some text.")));
        using var rawBatch = await _client.PostAsync("/v1/check/batch", Articles.Raw("Some text.", "text/plain"));

        await ShouldBeProblem(png, HttpStatusCode.UnsupportedMediaType, "Content-Type");
        await ShouldBeProblem(none, HttpStatusCode.UnsupportedMediaType, "Content-Type");
        await ShouldBeProblem(rawBatch, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [TestMethod]
    [DataRow("/v1/check", """{"content": "The mayor \ud83d resigned.", "format": "text"}""", "content")]
    [DataRow("/v1/check", """{"content": "The mayor resigned.", "format": "text", "metadata": {"author": "Ana \udc00"}}""", "metadata")]
    [DataRow("/v1/check/batch", """{"articles": [{"content": "The mayor resigned.", "format": "text", "\ud800": 1}]}""", "$")]
    public async Task A_lone_surrogate_escape_gets_400_naming_the_field_not_500(string endpoint, string json, string field)
    {
        using var response = await _client.PostAsync(endpoint, new StringContent(json, Encoding.UTF8, "application/json"));

        await ShouldBeProblem(response, HttpStatusCode.BadRequest, field);
    }

    [TestMethod]
    public async Task Markdown_nested_deep_enough_to_overflow_the_stack_gets_422_and_the_service_lives_on()
    {
        var markdown = "The minister " + new string('*', 30_000) + "reportedly" + new string('*', 30_000) + " resigned.\n"; // under this server's 64 KB limit

        using var response = await _client.PostAsync("/v1/check", Articles.Raw(markdown, "text/markdown"));

        await ShouldBeProblem(response, HttpStatusCode.UnprocessableEntity, "content");
        (await _client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [TestMethod]
    [DataRow("klingon")]
    [DataRow("utf-7")] // known to .NET but refused by it (SYSLIB0001): this was a 500
    public async Task A_charset_the_service_cannot_read_gets_415_not_a_guess(string charset)
    {
        using var response = await _client.PostAsync("/v1/check", new ByteArrayContent("<p>Some text.</p>"u8.ToArray()) { Headers = { { "Content-Type", $"text/html; charset={charset}" } } });

        await ShouldBeProblem(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [TestMethod]
    public async Task Api_key_is_required_on_v1_only()
    {
        using var anonymous = _factory.CreateClient();
        using var wrong = _factory.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", Key[..^1] + "X");
        using var prefix = _factory.CreateClient();
        prefix.DefaultRequestHeaders.Add("X-Api-Key", Key[..8]);

        await ShouldBeProblem(await anonymous.PostAsync("/v1/check", Articles.Raw("Some text.", "text/plain")), HttpStatusCode.Unauthorized, "X-Api-Key");
        await ShouldBeProblem(await wrong.PostAsync("/v1/check", Articles.Raw("Some text.", "text/plain")), HttpStatusCode.Unauthorized, "X-Api-Key");
        await ShouldBeProblem(await prefix.GetAsync("/v1/rules"), HttpStatusCode.Unauthorized, "X-Api-Key");
        (await anonymous.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/readyz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.PostAsync("/v1/check", Articles.Raw("Some text.", "text/plain"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static async Task ShouldBeProblem(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        problem["field"]!.GetValue<string>().ShouldBe(field);
        problem["detail"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }
}
