using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>Options for one audit run.</summary>
public sealed record AuditOptions
{
    /// <summary>The store file.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Parallel checkers; default the core count.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>How sources read articles.</summary>
    public SourceOptions Sources { get; init; } = SourceOptions.Default;

    /// <summary>How articles are checked.</summary>
    public CheckOptions Check { get; init; } = CheckOptions.Default;

    /// <summary>The shard to check, or null for all articles.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Baseline entries (<c>check</c>'s format, article ids as paths): matching findings are stored but marked as baselined; null for none.</summary>
    public IReadOnlyList<BaselineEntry>? Baseline { get; init; }

    /// <summary>An explicit <c>--fail-on</c>; null to use each article's configured fail level (default warning).</summary>
    public Severity? FailOn { get; init; }

    /// <summary>Count the articles ahead in the background so progress can show an ETA.</summary>
    public bool CountAhead { get; init; }

    /// <summary>Articles per store transaction.</summary>
    public int BatchSize { get; init; } = 64;
}
