using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Rules;

/// <summary>
/// A generic analyzer that YAML rules configure (<c>forbid</c>, <c>require</c>, <c>claim-needs-source</c>…).
/// Register implementations in dependency injection to add a kind.
/// </summary>
public interface IRuleKind
{
    /// <summary>The name rules use in <c>kind:</c>.</summary>
    string Name { get; }

    /// <summary>Validates a rule's options and builds its analyzer.</summary>
    /// <exception cref="PolicyException">The options are wrong; the message points at the offending key.</exception>
    IRuleAnalyzer Create(RuleDescriptor rule, YamlNodeReader options, PolicyContext context);
}
