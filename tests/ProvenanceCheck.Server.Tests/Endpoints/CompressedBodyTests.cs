using System.IO.Compression;
using System.Net;
using System.Text;
using ProvenanceCheck.Server.Tests.Infrastructure;
using ProvenanceCheck.Server.Tests.Limits;

namespace ProvenanceCheck.Server.Tests.Endpoints;

/// <summary>
/// Request bodies sent with a Content-Encoding: a CMS whose HTTP client compresses uploads must get the check of its
/// article, not of the compressed bytes read as text.
/// </summary>
[TestClass]
public sealed class CompressedBodyTests
{
    private static ServerFactory _factory = null!;
    private static HttpClient _client = null!;

    [ClassInitialize]
    public static void Start(TestContext _)
    {
        _factory = new ServerFactory(new ServerSettings { MaxBodyBytes = 64 * 1024 });
        _client = _factory.CreateClient();
    }

    [ClassCleanup]
    public static void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [TestMethod]
    [DataRow("gzip")]
    [DataRow("br")]
    [DataRow("deflate")]
    [DataRow("GZip")]
    public async Task A_compressed_raw_body_is_checked_as_the_article_it_holds(string encoding)
    {
        using var plain = await _client.PostAsync("/v1/check", Articles.Raw(Articles.HearsayHtml, "text/html"));
        using var compressed = await _client.PostAsync("/v1/check", Compressed(Articles.HearsayHtml, encoding, "text/html"));

        compressed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var expected = (await plain.ReadObject())["files"]![0]!["diagnostics"]!.ToJsonString();
        (await compressed.ReadObject())["files"]![0]!["diagnostics"]!.ToJsonString().ShouldBe(expected);
    }

    [TestMethod]
    public async Task A_compressed_json_batch_is_checked_article_by_article()
    {
        var json = $$"""{"articles": [{"content": {{System.Text.Json.JsonSerializer.Serialize(Articles.HearsayText)}}, "format": "text"}]}""";

        using var response = await _client.PostAsync("/v1/check/batch", Compressed(json, "gzip", "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadObject()).DiagnosticIds().ShouldContain("PC3001");
    }

    [TestMethod]
    [DataRow("compress")]
    [DataRow("gzip, br")]
    [DataRow("x-klingon")]
    public async Task A_content_encoding_the_service_cannot_undo_gets_415(string encoding)
    {
        using var content = Articles.Raw("The mayor will resign, a source said.", "text/plain");
        content.Headers.ContentEncoding.Clear();
        content.Headers.TryAddWithoutValidation("Content-Encoding", encoding).ShouldBeTrue();

        using var response = await _client.PostAsync("/v1/check", content);

        await ErrorStatusTests.ShouldBeProblem(response, HttpStatusCode.UnsupportedMediaType, "Content-Encoding");
    }

    [TestMethod]
    [DataRow("gzip")]
    [DataRow("br")]
    [DataRow("deflate")]
    public async Task A_damaged_compressed_body_gets_400_and_the_service_lives_on(string encoding)
    {
        var bytes = Bytes(Compressed(Articles.HearsayHtml, encoding, "text/html"));
        Array.Fill(bytes, (byte)0xAB, 10, bytes.Length - 20); // the gzip header survives; the stream does not
        using var damaged = new ByteArrayContent(bytes) { Headers = { { "Content-Type", "text/html" }, { "Content-Encoding", encoding } } };

        using var response = await _client.PostAsync("/v1/check", damaged);

        await ErrorStatusTests.ShouldBeProblem(response, HttpStatusCode.BadRequest, "body");
        (await _client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [TestMethod]
    [DataRow("gzip")]
    [DataRow("br")]
    [DataRow("deflate")]
    public async Task A_compressed_body_cut_short_gets_400_not_the_check_of_half_an_article(string encoding)
    {
        // A client that dies mid-upload sends a correct Content-Length for the bytes it did send: the stream itself must
        // show that the article did not arrive whole, or the CMS gets a verdict on half of it.
        // Numbers that compress badly, so the body arrives in many reads and its trailer straddles them.
        var article = string.Concat(Enumerable.Range(0, 1300).Select(i => $"<p>Motion {i * 2654435761u:x8} passed.</p>"));
        var bytes = Bytes(Compressed(article, encoding, "text/html"));
        using var whole = new ByteArrayContent(bytes) { Headers = { { "Content-Type", "text/html" }, { "Content-Encoding", encoding } } };
        using var cut = new ByteArrayContent(bytes[..(bytes.Length / 2)]) { Headers = { { "Content-Type", "text/html" }, { "Content-Encoding", encoding } } };

        using var wholeResponse = await _client.PostAsync("/v1/check", whole);
        using var response = await _client.PostAsync("/v1/check", cut);

        wholeResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ErrorStatusTests.ShouldBeProblem(response, HttpStatusCode.BadRequest, "body");
    }

    [TestMethod]
    [DataRow("gzip")]
    [DataRow("br")]
    public async Task A_small_body_that_decompresses_past_the_limit_gets_413(string encoding)
    {
        var bomb = string.Concat(Enumerable.Repeat("Officials said the quay was closed. ", 50_000)); // 1.8 MB from a few KB
        using var compressed = Compressed(bomb, encoding, "text/plain");
        Bytes(compressed).Length.ShouldBeLessThan(64 * 1024);

        using var response = await _client.PostAsync("/v1/check", Compressed(bomb, encoding, "text/plain"));

        await ErrorStatusTests.ShouldBeProblem(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    private static ByteArrayContent Compressed(string text, string encoding, string mediaType)
    {
        using var buffer = new MemoryStream();
        using (var compressor = Compressor(buffer, encoding.ToLowerInvariant()))
        {
            compressor.Write(Encoding.UTF8.GetBytes(text));
        }

        return new ByteArrayContent(buffer.ToArray()) { Headers = { { "Content-Type", mediaType }, { "Content-Encoding", encoding } } };
    }

    // RFC 9110's "deflate" is the zlib format (RFC 1950), not a raw deflate stream.
    private static Stream Compressor(Stream output, string encoding) => encoding switch
    {
        "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
        "br" => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
        "deflate" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    private static byte[] Bytes(HttpContent content) => content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
}
