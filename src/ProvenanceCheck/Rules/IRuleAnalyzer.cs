using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Rules;

/// <summary>A configured rule, ready to run. Implementations must be stateless and thread-safe.</summary>
public interface IRuleAnalyzer
{
    /// <summary>The rule it carries out.</summary>
    RuleDescriptor Rule { get; }

    /// <summary>Registers the actions the engine calls during its single walk over an article.</summary>
    void Initialize(AnalysisRegistration registration);
}
