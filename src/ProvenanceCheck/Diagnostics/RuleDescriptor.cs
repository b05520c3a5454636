namespace ProvenanceCheck.Diagnostics;

/// <summary>
/// A rule as a policy declares it: the analogue of Roslyn's <c>DiagnosticDescriptor</c>.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Stable identifier such as <c>PC2001</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>Message with placeholders (<c>{text}</c>, <c>{source}</c>, <c>{cue}</c>, <c>{sentence}</c>).</summary>
    public required string MessageFormat { get; init; }

    /// <summary>Category, for severity settings by category.</summary>
    public required string Category { get; init; }

    /// <summary>Severity before configuration.</summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>The rule kind (analyzer) that carries the rule out.</summary>
    public required string Kind { get; init; }

    /// <summary>Where to read more.</summary>
    public string? HelpUri { get; init; }

    /// <summary>What the rule checks and why.</summary>
    public string? Description { get; init; }

    /// <summary>Free tags, such as the rule family.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Sentences that pass the rule.</summary>
    public IReadOnlyList<string> CompliantExamples { get; init; } = [];

    /// <summary>Sentences that break the rule.</summary>
    public IReadOnlyList<string> NonCompliantExamples { get; init; } = [];

    /// <summary>The file the rule came from (<c>default:rules/…</c> for the embedded set).</summary>
    public required string Origin { get; init; }

    /// <summary>A line to print with the diagnostic saying how to fix it, if the policy gives one.</summary>
    public string? Fix { get; init; }

    /// <summary>The fixes the rule declares, applied by <c>provcheck fix</c>.</summary>
    public IReadOnlyList<Fixes.FixDefinition> Fixes { get; init; } = [];
}
