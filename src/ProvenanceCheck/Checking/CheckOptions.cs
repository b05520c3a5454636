using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Checking;

/// <summary>Per-call options for <see cref="ArticleChecker"/>.</summary>
public sealed record CheckOptions
{
    /// <summary>The defaults.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>How to read the article.</summary>
    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;

    /// <summary>Severity overrides by rule id or by <c>category:Name</c>; <see cref="Severity.None"/> turns a rule off.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rules to run; empty means all.</summary>
    public IReadOnlySet<string> OnlyRules { get; init; } = new HashSet<string>();

    /// <summary>Whether in-article suppressions (comments, attributes, front matter) are honoured (default: yes).</summary>
    public bool ApplySuppressions { get; init; } = true;

    /// <summary>Whether a suppression without a reason is reported (PC0001).</summary>
    public bool RequireSuppressionReasons { get; init; }

    /// <summary>At most this many findings are kept per article; past it, PC0003 says how many more there were.</summary>
    public int MaxFindings { get; init; } = FindingLimit.Default;
}
