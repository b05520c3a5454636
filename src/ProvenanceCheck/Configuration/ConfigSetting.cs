namespace ProvenanceCheck.Configuration;

/// <summary>One setting from a configuration file, with where it was written (for errors and <c>rules --effective</c>).</summary>
/// <param name="Key">A rule id, <c>category:Name</c>, or a setting name.</param>
/// <param name="Value">The value as written.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record ConfigSetting(string Key, string Value, string File, int Line, int Column)
{
    /// <summary><c>file:line</c>, as <c>rules --effective</c> shows it.</summary>
    public string Origin => $"{File}:{Line}";
}
