namespace ProvenanceCheck.Audit.Store;

/// <summary>One stored diagnostic with its position in the article's original text and its baseline fingerprint.</summary>
public sealed record DiagnosticRecord
{
    /// <summary>The rule id.</summary>
    public required string RuleId { get; init; }

    /// <summary>error, warning or info.</summary>
    public required string Severity { get; init; }

    /// <summary>The message.</summary>
    public required string Message { get; init; }

    /// <summary>Offset of the flagged text in the original file.</summary>
    public int Start { get; init; }

    /// <summary>Length of the flagged text.</summary>
    public int Length { get; init; }

    /// <summary>One-based start line.</summary>
    public int Line { get; init; }

    /// <summary>One-based start column.</summary>
    public int Column { get; init; }

    /// <summary>One-based end line.</summary>
    public int EndLine { get; init; }

    /// <summary>One-based end column.</summary>
    public int EndColumn { get; init; }

    /// <summary>The flagged text.</summary>
    public string Text { get; init; } = "";

    /// <summary>The sentence it sits in, if any.</summary>
    public string? Sentence { get; init; }

    /// <summary>The baseline fingerprint.</summary>
    public required string Fingerprint { get; init; }
}
