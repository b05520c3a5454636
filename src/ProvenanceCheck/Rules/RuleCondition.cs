using ProvenanceCheck.Analysis;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Rules;

/// <summary>
/// A <c>when:</c> condition: <c>metadata: {field, equals | present}</c> and/or <c>matches: matcher</c>
/// (somewhere on the page). All given parts must hold.
/// </summary>
public sealed class RuleCondition
{
    private string? _field;
    private string? _equals;
    private bool _present = true;
    private TextMatcher? _matches;

    /// <summary>Reads a condition.</summary>
    public static RuleCondition Read(YamlNodeReader reader, PolicyContext context)
    {
        var condition = new RuleCondition();
        if (reader.OptionalMapping("metadata") is { } metadata)
        {
            condition._field = metadata.RequireString("field").ToLowerInvariant();
            condition._equals = metadata.OptionalString("equals");
            condition._present = metadata.OptionalBool("present") ?? true;
            metadata.EnsureNoUnknownKeys("'when.metadata'");
        }

        if (reader.Node("matches") is not null)
        {
            condition._matches = context.ReadMatcher(reader, "matches", required: true);
        }

        reader.EnsureNoUnknownKeys("'when'");
        return condition;
    }

    /// <summary>Whether the condition holds for an article.</summary>
    public bool Holds(ArticleFacts facts)
    {
        if (_field is not null)
        {
            var values = facts.Article.Metadata.FindAll(_field).Select(f => f.Value).ToList();
            var holds = _equals is null
                ? values.Count > 0 == _present
                : values.Any(v => string.Equals(v.Trim(), _equals, StringComparison.OrdinalIgnoreCase));
            if (!holds)
            {
                return false;
            }
        }

        return _matches is null || facts.Sentences.Any(s => _matches.IsMatch(s, facts));
    }
}
