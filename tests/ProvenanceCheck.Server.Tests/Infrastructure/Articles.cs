using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceCheck.Server.Tests.Infrastructure;

/// <summary>Articles written for these tests, and helpers to send them.</summary>
public static class Articles
{
    /// <summary>Passes the default rules: byline, date, a visible AI statement, named sources.</summary>
    public const string CleanHtml = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Library reopens</title>
        <meta name="author" content="Ann Lee"><meta property="article:published_time" content="2026-11-20T09:00:00Z"></head>
        <body><article>
        <h1>Town library reopens after repairs</h1>
        <p class="byline">By Ann Lee</p>
        <p>No generative AI was used in writing this article.</p>
        <p>The town library reopened on Monday after six weeks of roof repairs, head librarian Maria Soto said.</p>
        <p>"We are glad to welcome readers back," Soto said.</p>
        </article></body></html>
        """;

    /// <summary>Hearsay and an unsourced casualty figure, no byline, no AI statement.</summary>
    public const string HearsayHtml = """
        <html><body><article>
        <h1>Storm hits the coast</h1>
        <p>At least 12 people were injured when the storm reached the harbour on Tuesday.</p>
        <p>A source close to the council said the sea wall had not been inspected in years.</p>
        <p>The mayor reportedly plans to resign.</p>
        </article></body></html>
        """;

    public const string HearsayMarkdown = """
        ---
        title: Storm hits the coast
        ---
        # Storm hits the coast

        At least 12 people were injured when the storm reached the harbour on Tuesday.

        A source close to the council said the sea wall had not been inspected in years.
        """;

    public const string HearsayText = """
        Storm hits the coast

        At least 12 people were injured when the storm reached the harbour on Tuesday.

        A source close to the council said the sea wall had not been inspected in years.
        """;

    public static string SeedHtml => File.ReadAllText(CorpusFile("seed", "article.html"));

    public static bool HasSeed => File.Exists(CorpusFile("seed", "article.html"));

    public static HttpContent Raw(string text, string mediaType) => new StringContent(text, Encoding.UTF8, mediaType);

    public static HttpContent Json(object body) => JsonContent.Create(body);

    public static HttpContent JsonText(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObject(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static IEnumerable<string> DiagnosticIds(this JsonObject report, int file = 0) =>
        report["files"]![file]!["diagnostics"]!.AsArray().Select(d => d!["id"]!.GetValue<string>());

    public static string CorpusFile(params string[] parts)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "shared", "corpus")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return Path.Combine([dir ?? "/nonexistent", "shared", "corpus", .. parts]);
    }

    public static string Canonical(string json) => JsonSerializer.Serialize(JsonNode.Parse(json));
}
