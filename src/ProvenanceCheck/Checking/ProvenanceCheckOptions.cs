namespace ProvenanceCheck.Checking;

/// <summary>How <see cref="ServiceCollectionExtensions.AddProvenanceCheck"/> builds the policy set.</summary>
public sealed class ProvenanceCheckOptions
{
    /// <summary>Whether the embedded default rules are loaded (default: yes).</summary>
    public bool UseDefaultRules { get; set; } = true;

    /// <summary>Policy files or folders to load after the defaults.</summary>
    public IList<string> PolicyPaths { get; } = [];
}
