using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Reporting;
using ProvenanceCheck.Server.Tests.Infrastructure;
using ProvenanceCheck.Text;
using Microsoft.Extensions.DependencyInjection;

namespace ProvenanceCheck.Server.Tests.Endpoints;

[TestClass]
public sealed class CheckEndpointTests
{
    private static ServerFactory _factory = null!;
    private static HttpClient _client = null!;

    [ClassInitialize]
    public static void Start(TestContext _)
    {
        _factory = new ServerFactory();
        _client = _factory.CreateClient();
    }

    [ClassCleanup]
    public static void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [TestMethod]
    [DataRow("text/html", "html")]
    [DataRow("text/html; charset=utf-8", "html")]
    [DataRow("text/markdown", "md")]
    [DataRow("text/plain", "text")]
    public async Task Raw_body_is_read_in_the_format_its_content_type_names(string contentType, string format)
    {
        var text = format switch { "html" => Articles.HearsayHtml, "md" => Articles.HearsayMarkdown, _ => Articles.HearsayText };
        using var content = new StringContent(text);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.PostAsync("/v1/check", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.ReadObject();
        report["files"]![0]!["format"]!.GetValue<string>().ShouldBe(format);
        report.DiagnosticIds().ShouldContain("PC3001");
        report.DiagnosticIds().ShouldContain("PC2001");
        report["verdict"]!.GetValue<string>().ShouldBe("fail");
    }

    [TestMethod]
    [DataRow("iso-8859-1")]
    [DataRow("\"windows-1252\"")]
    [DataRow("utf-16le")]
    public async Task Raw_body_is_read_in_the_charset_its_content_type_declares(string charset)
    {
        const string story = "The mayor will resign, according to a source at the Café Rouge.\n";
        var encoding = System.Text.Encoding.GetEncoding(charset.Trim('"') == "utf-16le" ? "utf-16" : "latin1");
        using var declared = new ByteArrayContent(encoding.GetBytes(story)) { Headers = { { "Content-Type", $"text/plain; charset={charset}" } } };
        using var utf8 = new ByteArrayContent(Encoding.UTF8.GetBytes(story)) { Headers = { { "Content-Type", "text/plain" } } };

        using var response = await _client.PostAsync("/v1/check", declared);
        using var expected = await _client.PostAsync("/v1/check", utf8);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var diagnostics = (await response.ReadObject())["files"]![0]!["diagnostics"]!;
        diagnostics.ToJsonString().ShouldBe((await expected.ReadObject())["files"]![0]!["diagnostics"]!.ToJsonString());
        diagnostics.AsArray().Select(d => d!["text"]!.GetValue<string>()).ShouldContain("a source at the Café Rouge");
    }

    [TestMethod]
    [DataRow("html")]
    [DataRow("md")]
    [DataRow("text")]
    public async Task Json_body_gives_the_same_diagnostics_as_the_library(string format)
    {
        var text = format switch { "html" => Articles.HearsayHtml, "md" => Articles.HearsayMarkdown, _ => Articles.HearsayText };
        ArticleFormatNames.TryParse(format, out var parsed);

        using var response = await _client.PostAsync("/v1/check", Articles.Json(new { content = text, format, path = "news/storm." + format }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var served = await response.ReadObject();
        var expected = ExpectedFile(text, "news/storm." + format, parsed);
        served["files"]![0]!.ToJsonString().ShouldBe(expected.ToJsonString());
        served["summary"]!["files"]!.GetValue<int>().ShouldBe(1);
    }

    [TestMethod]
    public async Task Seed_page_answer_matches_the_check_command_schema()
    {
        if (!Articles.HasSeed)
        {
            Assert.Inconclusive("shared corpus not found");
        }

        using var response = await _client.PostAsync("/v1/check?path=seed/article.html", Articles.Raw(Articles.SeedHtml, "text/html"));

        var served = await response.ReadObject();
        var expected = ExpectedFile(Articles.SeedHtml, "seed/article.html", ArticleFormat.Html);
        served["files"]![0]!.ToJsonString().ShouldBe(expected.ToJsonString());
        served["tool"]!["name"]!.GetValue<string>().ShouldBe("provcheck");
        served["failOn"]!.GetValue<string>().ShouldBe("warning");
        var diagnostics = served["files"]![0]!["diagnostics"]!.AsArray();
        served["summary"]!["warnings"]!.GetValue<int>().ShouldBe(diagnostics.Count(d => d!["severity"]!.GetValue<string>() == "warning"));
    }

    [TestMethod]
    public async Task Clean_article_passes()
    {
        using var response = await _client.PostAsync("/v1/check", Articles.Raw(Articles.CleanHtml, "text/html"));

        var report = await response.ReadObject();
        report.DiagnosticIds().ShouldBeEmpty();
        report["verdict"]!.GetValue<string>().ShouldBe("pass");
    }

    [TestMethod]
    public async Task Cms_metadata_reaches_the_article_metadata()
    {
        var text = "Storm hits the coast\n\nThe harbour master, Tom Reyes, said the wall held.\n";

        using var without = await _client.PostAsync("/v1/check", Articles.Json(new { content = text, format = "text" }));
        using var with = await _client.PostAsync("/v1/check", Articles.Json(new
        {
            content = text,
            format = "text",
            metadata = new { author = "Ann Lee", publishedAt = "2026-11-20", aiAssisted = true },
        }));

        var before = (await without.ReadObject()).DiagnosticIds().ToList();
        var after = await with.ReadObject();
        before.ShouldContain("PC4001");
        before.ShouldContain("PC4002");
        before.ShouldNotContain("PC1005");
        after.DiagnosticIds().ShouldNotContain("PC4001");
        after.DiagnosticIds().ShouldNotContain("PC4002");
        var mismatch = after["files"]![0]!["diagnostics"]!.AsArray().Single(d => d!["id"]!.GetValue<string>() == "PC1005");
        mismatch!["message"]!.GetValue<string>().ShouldContain("ai_assisted: true");
    }

    [TestMethod]
    public async Task Path_in_a_request_is_only_a_label_and_is_never_read()
    {
        var real = Path.Combine(Path.GetTempPath(), $"provcheck-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(real, Articles.HearsayHtml);
        try
        {
            using var response = await _client.PostAsync("/v1/check", Articles.Json(new { content = Articles.CleanHtml, path = real }));

            var report = await response.ReadObject();
            report["files"]![0]!["path"]!.GetValue<string>().ShouldBe(real);
            report["files"]![0]!["format"]!.GetValue<string>().ShouldBe("html");
            report.DiagnosticIds().ShouldBeEmpty();
            (await File.ReadAllTextAsync(real)).ShouldBe(Articles.HearsayHtml);
        }
        finally
        {
            File.Delete(real);
        }
    }

    [TestMethod]
    public async Task Batch_checks_every_article_in_order()
    {
        var body = new
        {
            articles = new object[]
            {
                new { content = Articles.CleanHtml, format = "html", path = "a.html" },
                new { content = Articles.HearsayMarkdown, format = "md", path = "b.md" },
                new { content = Articles.HearsayText, format = "text" },
            },
        };

        using var response = await _client.PostAsync("/v1/check/batch", Articles.Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.ReadObject();
        report["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).ShouldBe(["a.html", "b.md", "<article 3>"]);
        report.DiagnosticIds(0).ShouldBeEmpty();
        report.DiagnosticIds(1).ShouldContain("PC3001");
        report["verdict"]!.GetValue<string>().ShouldBe("fail");
        report["summary"]!["files"]!.GetValue<int>().ShouldBe(3);
    }

    [TestMethod]
    public async Task Rules_lists_the_effective_rules()
    {
        var rules = JsonNode.Parse(await _client.GetStringAsync("/v1/rules"))!;

        var ids = rules["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        ids.ShouldContain("PC1001");
        ids.ShouldContain("PC4002");
        var pc1004 = rules["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "PC1004")!;
        pc1004["severity"]!.GetValue<string>().ShouldBe("error");
        rules["policy"]!["hash"]!.GetValue<string>().Length.ShouldBe(16);
    }

    [TestMethod]
    public async Task Probes_answer()
    {
        (await _client.GetStringAsync("/healthz")).ShouldBe("ok");
        var ready = JsonNode.Parse(await _client.GetStringAsync("/readyz"))!;
        ready["status"]!.GetValue<string>().ShouldBe("ready");
        ready["rules"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(13);
        ready["lastReloadError"].ShouldBeNull();
    }

    [TestMethod]
    public async Task OpenApi_document_describes_every_endpoint_and_body()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldBe(["/v1/check", "/v1/check/batch", "/v1/rules", "/healthz", "/readyz"], ignoreOrder: true);
        var body = document["paths"]!["/v1/check"]!["post"]!["requestBody"]!["content"]!.AsObject().Select(c => c.Key);
        body.ShouldBe(["application/json", "text/html", "text/markdown", "text/plain"], ignoreOrder: true);
        document["paths"]!["/v1/check"]!["post"]!["responses"]!.AsObject().Select(r => r.Key)
            .ShouldBe(["200", "400", "401", "413", "415", "503", "504"], ignoreOrder: true);
    }

    [TestMethod]
    public async Task Request_logs_carry_counts_and_never_article_text()
    {
        const string Marker = "Zanzibarquux";
        var text = $"{Marker} harbour. A source close to the council said the sea wall had not been inspected.";

        using var response = await _client.PostAsync("/v1/check", Articles.Json(new { content = text, format = "text", metadata = new { author = Marker } }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var lines = _factory.Logs.Lines.ToList();
        lines.ShouldNotContain(l => l.Message.Contains(Marker, StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Values.Values.Any(v => v != null && v.ToString()!.Contains(Marker, StringComparison.Ordinal)));
        lines.ShouldContain(l => l.EventId == 10 && l.Values["RuleCounts"]!.ToString()!.Contains("PC3001:1", StringComparison.Ordinal)
            && l.Values.ContainsKey("ElapsedMs") && (int)l.Values["Characters"]! == text.Length);
    }

    private static JsonNode ExpectedFile(string text, string path, ArticleFormat format)
    {
        var checker = _factory.Services.GetRequiredService<Policies.CheckerProvider>().Current.Checker;
        var result = checker.Check(new SourceText(text, path), format);
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, [result]);
        return JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!["files"]![0]!;
    }
}
