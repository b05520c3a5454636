namespace ProvenanceCheck.Server.Requests;

/// <summary>The JSON body of <c>POST /v1/check/batch</c>, for the OpenAPI document.</summary>
/// <param name="Articles">The articles, each as for <c>POST /v1/check</c>.</param>
internal sealed record CheckBatchRequestDocument(IReadOnlyList<CheckRequestDocument> Articles);
