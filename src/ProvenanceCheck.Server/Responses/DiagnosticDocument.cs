namespace ProvenanceCheck.Server.Responses;

/// <summary>One diagnostic: 1-based line and column, UTF-16 offsets into the submitted content.</summary>
internal sealed record DiagnosticDocument(
    string Id, string Severity, string Category, string Message,
    int Line, int Column, int EndLine, int EndColumn, int Offset, int Length, string Text, string? Sentence);
