namespace ProvenanceCheck.Configuration;

/// <summary>
/// A group of settings that apply to the files its globs match: the top of a <c>.provcheck.yaml</c>
/// (every file under its folder), one of its <c>overrides:</c>, or an <c>.editorconfig</c> section.
/// </summary>
public sealed record ConfigSection
{
    /// <summary>The folder globs are relative to.</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Globs a file must match (relative to <see cref="BaseDirectory"/>); null matches every file.</summary>
    public GlobPattern? Files { get; init; }

    /// <summary>Severities by rule id or <c>category:Name</c>, in file order.</summary>
    public IReadOnlyList<ConfigSetting> Severities { get; init; } = [];

    /// <summary>Rule option overrides.</summary>
    public IReadOnlyList<RuleOptionOverride> RuleOptions { get; init; } = [];

    /// <summary>Policy settings (such as <c>house-disclosure</c>) that fixes use.</summary>
    public IReadOnlyList<ConfigSetting> Settings { get; init; } = [];

    /// <summary>The <c>fail-on</c> level, if set here.</summary>
    public ConfigSetting? FailOn { get; init; }

    /// <summary>Whether suppressions must give reasons, if set here.</summary>
    public ConfigSetting? RequireSuppressionReasons { get; init; }

    /// <summary>
    /// Whether this section applies to <paramref name="fullPath"/>. A section without globs applies to every file
    /// it is asked about: discovery only finds files above the article, and <c>--config</c> applies everywhere.
    /// </summary>
    public bool AppliesTo(string fullPath)
    {
        if (Files is null)
        {
            return true;
        }

        var relative = Path.GetRelativePath(BaseDirectory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        return Files.IsMatch(relative.Replace('\\', '/'));
    }
}
