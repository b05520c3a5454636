namespace ProvenanceCheck.Server.Responses;

/// <summary>The answer's shape, for the OpenAPI document (answers are written by <see cref="CheckReportResult"/>).</summary>
internal sealed record CheckResponseDocument(
    ToolDocument Tool,
    string Verdict,
    string FailOn,
    PolicyDocument Policy,
    IReadOnlyList<FileDocument> Files,
    SummaryDocument Summary);
