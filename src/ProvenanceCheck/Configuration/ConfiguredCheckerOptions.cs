using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Configuration;

/// <summary>Settings from the command line that apply on top of every configuration file.</summary>
public sealed record ConfiguredCheckerOptions
{
    /// <summary>False when <c>--no-default-rules</c> is given.</summary>
    public bool UseDefaultRules { get; init; } = true;

    /// <summary>Policies named with <c>--policy</c>, loaded after the configured ones.</summary>
    public IReadOnlyList<string> PolicyPaths { get; init; } = [];

    /// <summary>An explicit <c>--fail-on</c>, which beats the configuration's.</summary>
    public Severity? FailOn { get; init; }
}
