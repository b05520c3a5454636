namespace ProvenanceCheck.Diagnostics;

/// <summary>Severity names as written in policies, configs and output.</summary>
public static class SeverityNames
{
    /// <summary>The lower-case name (<c>error</c>, <c>warning</c>, <c>info</c>, <c>none</c>).</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    /// <summary>Parses a severity name; accepts <c>suggestion</c> and <c>silent</c>/<c>off</c> as .editorconfig does.</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning" or "warn":
                severity = Severity.Warning;
                return true;
            case "info" or "suggestion" or "information":
                severity = Severity.Info;
                return true;
            case "none" or "off" or "silent":
                severity = Severity.None;
                return true;
            default:
                severity = Severity.None;
                return false;
        }
    }
}
