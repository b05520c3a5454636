namespace ProvenanceCheck.Fixes;

/// <summary>A fix a rule declares in YAML (<c>fixes:</c>): the analogue of a Roslyn <c>CodeFixProvider</c>, as data.</summary>
public sealed record FixDefinition
{
    /// <summary>What the fix does, shown to the user.</summary>
    public required string Title { get; init; }

    /// <summary>The edit: <c>insert-after-headline</c>, <c>insert-at-body-end</c>, <c>replace-sentence</c> or <c>wrap-sentence</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The text to insert or to replace with; <c>{name}</c> placeholders are policy settings.</summary>
    public string Text { get; init; } = "";

    /// <summary>For <c>wrap-sentence</c>: what goes before the sentence.</summary>
    public string Before { get; init; } = "";

    /// <summary>For <c>wrap-sentence</c>: what goes after the sentence.</summary>
    public string After { get; init; } = "";

    /// <summary>Whether <c>provcheck fix</c> applies it without <c>--rule</c> naming the rule.</summary>
    public bool Automatic { get; init; } = true;

    /// <summary>The actions the fixer knows.</summary>
    public static IReadOnlySet<string> Actions { get; } = new HashSet<string>(StringComparer.Ordinal) { "insert-after-headline", "insert-at-body-end", "replace-sentence", "wrap-sentence" };
}
