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

    /// <summary>
    /// The sentence the flagged text sits in, or null for article-level findings. A sentence over
    /// <see cref="TextExcerpt.MaxLength"/> characters is cut to the part around the flagged text, with ellipses.
    /// </summary>
    public string? Sentence { get; init; }

    /// <summary>The index of that sentence in the article, or -1.</summary>
    public int SentenceIndex { get; init; } = -1;

    /// <summary>The in-article suppression that silences this diagnostic, or null when it is active.</summary>
    public SuppressionInfo? Suppression { get; init; }

    /// <summary>How the diagnostic compares with the baseline in use, if any.</summary>
    public BaselineState BaselineState { get; init; }

    /// <summary>Whether the diagnostic counts: not suppressed and not already in the baseline.</summary>
    public bool IsActive => Suppression is null && BaselineState != BaselineState.Unchanged;
}
