namespace ProvenanceCheck.Diagnostics;

/// <summary>How a diagnostic compares with a baseline (SARIF's <c>baselineState</c>).</summary>
public enum BaselineState
{
    /// <summary>No baseline was used.</summary>
    None = 0,

    /// <summary>Not in the baseline: it counts.</summary>
    New = 1,

    /// <summary>Already in the baseline: it does not count.</summary>
    Unchanged = 2,
}
