using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Suppressions;

/// <summary>The built-in rules about suppressions themselves (the analogues of IDE0079 and of a pragma without a justification).</summary>
public static class SuppressionRules
{
    /// <summary>PC0001: a suppression gives no reason, and the configuration asks for one.</summary>
    public static RuleDescriptor MissingReason { get; } = new()
    {
        Id = "PC0001",
        Title = "Suppression without a reason",
        MessageFormat = "The suppression of {text} gives no reason; add one after '--'",
        Category = "Suppression",
        DefaultSeverity = Severity.Info,
        Kind = "built-in",
        HelpUri = "https://provenancecheck.dev/rules/PC0001",
        Description = "The configuration sets 'require-suppression-reasons: true', so every in-article suppression must say why the rule does not apply, after '--'.",
        Origin = "built-in",
    };

    /// <summary>PC0002: a suppression silences nothing.</summary>
    public static RuleDescriptor Unnecessary { get; } = new()
    {
        Id = "PC0002",
        Title = "Unnecessary suppression",
        MessageFormat = "The suppression of {text} silences nothing; remove it",
        Category = "Suppression",
        DefaultSeverity = Severity.Info,
        Kind = "built-in",
        HelpUri = "https://provenancecheck.dev/rules/PC0002",
        Description = "A suppression that no diagnostic falls under hides future problems for no present benefit.",
        Origin = "built-in",
    };

    /// <summary>Every rule the tool itself reports, beside the policies' rules: these two and <see cref="Checking.FindingLimit.TooManyFindings"/>.</summary>
    public static IReadOnlyList<RuleDescriptor> BuiltIn { get; } = [MissingReason, Unnecessary, Checking.FindingLimit.TooManyFindings];
}
