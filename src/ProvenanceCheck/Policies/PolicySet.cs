using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Rules;

namespace ProvenanceCheck.Policies;

/// <summary>A loaded, compiled set of rules and lexicons. Immutable and safe to share between threads.</summary>
public sealed class PolicySet
{
    internal PolicySet(IReadOnlyList<IRuleAnalyzer> analyzers, LexiconSet lexicons, AnalysisLexicons analysisLexicons, IReadOnlyList<string> files, string hash, IReadOnlyDictionary<string, string>? settings = null)
    {
        Settings = settings ?? new Dictionary<string, string>(StringComparer.Ordinal);
        Analyzers = analyzers;
        Lexicons = lexicons;
        AnalysisLexicons = analysisLexicons;
        Files = files;
        Hash = hash;
    }

    /// <summary>The rules' analyzers, in load order.</summary>
    public IReadOnlyList<IRuleAnalyzer> Analyzers { get; }

    /// <summary>The rules.</summary>
    public IEnumerable<RuleDescriptor> Rules => Analyzers.Select(a => a.Rule);

    /// <summary>The lexicons.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The lexicons compiled for the fact extractors.</summary>
    public AnalysisLexicons AnalysisLexicons { get; }

    /// <summary>Policy settings (top-level <c>settings:</c> of the policy files, later files win), such as <c>house-disclosure</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The files the set was loaded from.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>A hash of every policy file's content, so stores can tell when the policy changed.</summary>
    public string Hash { get; }

    /// <summary>The rule with this id, if loaded.</summary>
    public RuleDescriptor? FindRule(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
