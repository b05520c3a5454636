using ProvenanceCheck.Text;

namespace ProvenanceCheck.Diagnostics;

/// <summary>One violation: a rule, a severity, a message and an exact place in the original file.</summary>
public sealed record Diagnostic
{
    /// <summary>The rule that fired.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>The rule's id.</summary>
    public string Id => Rule.Id;

    /// <summary>Effective severity after configuration.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The formatted message.</summary>
    public required string Message { get; init; }

    /// <summary>The flagged text's span in the original file.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The span as lines and columns (zero-based).</summary>
    public required LinePositionSpan Location { get; init; }

    /// <summary>The flagged text as a reader sees it (entities decoded, tags removed).</summary>
    public required string Text { get; init; }

    /// <summary>The whole sentence the flagged text sits in, or null for article-level findings.</summary>
    public string? Sentence { get; init; }

    /// <summary>The index of that sentence in the article, or -1.</summary>
    public int SentenceIndex { get; init; } = -1;
}
