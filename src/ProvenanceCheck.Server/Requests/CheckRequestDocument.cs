using System.Text.Json;

namespace ProvenanceCheck.Server.Requests;

/// <summary>The JSON body of <c>POST /v1/check</c>, for the OpenAPI document (requests are read by <see cref="ArticleRequestReader"/>).</summary>
/// <param name="Content">The article's text: HTML, Markdown or plain text.</param>
/// <param name="Format">html, md or text; optional when <paramref name="Path"/> ends in a known extension.</param>
/// <param name="Path">A label for the report and for per-path configuration; never opened.</param>
/// <param name="Metadata">CMS fields (author, aiAssisted, …) that policies can test with <c>when: {metadata: …}</c>.</param>
internal sealed record CheckRequestDocument(string Content, string? Format = null, string? Path = null, Dictionary<string, JsonElement>? Metadata = null);
