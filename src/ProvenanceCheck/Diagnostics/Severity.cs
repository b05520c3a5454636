namespace ProvenanceCheck.Diagnostics;

/// <summary>How serious a diagnostic is. Ordered: <see cref="None"/> &lt; <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>The rule is off.</summary>
    None = 0,

    /// <summary>Worth knowing; never fails a run unless asked.</summary>
    Info = 1,

    /// <summary>Should be fixed before publishing.</summary>
    Warning = 2,

    /// <summary>Must be fixed before publishing.</summary>
    Error = 3,
}
