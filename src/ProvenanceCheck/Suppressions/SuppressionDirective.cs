using ProvenanceCheck.Text;

namespace ProvenanceCheck.Suppressions;

/// <summary>One in-article suppression: which rules it silences, where it stands and which text it covers.</summary>
public sealed record SuppressionDirective
{
    /// <summary>The form: <c>disable</c>, <c>disable-next-block</c>, <c>attribute</c> or <c>front-matter</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The rule ids it silences; <c>all</c> silences every rule.</summary>
    public required IReadOnlyList<string> RuleIds { get; init; }

    /// <summary>The reason given after <c>--</c>, or null.</summary>
    public string? Justification { get; init; }

    /// <summary>The directive itself in the original file (the comment, the attribute, the front-matter value).</summary>
    public required TextSpan DirectiveSpan { get; init; }

    /// <summary>The part of the original file it covers.</summary>
    public required TextSpan Range { get; init; }

    /// <summary>Whether it also covers findings about the article as a whole (placed at offset 0).</summary>
    public bool CoversArticle { get; init; }

    /// <summary>Whether the directive silences <paramref name="ruleId"/>.</summary>
    public bool Silences(string ruleId) =>
        RuleIds.Any(id => string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase) || string.Equals(id, "all", StringComparison.OrdinalIgnoreCase));
}
