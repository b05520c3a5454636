namespace ProvenanceCheck.Cli;

/// <summary>The process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>Violations at or above the fail level.</summary>
    public const int Violations = 1;

    /// <summary>Usage, input or policy errors.</summary>
    public const int Error = 2;
}
