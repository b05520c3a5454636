namespace ProvenanceCheck.Configuration;

/// <summary>One parsed configuration file: a <c>.provcheck.yaml</c> or an <c>.editorconfig</c>.</summary>
public sealed record ConfigFile
{
    /// <summary>The file's path.</summary>
    public required string Path { get; init; }

    /// <summary>Whether the search for configuration stops at this file's folder.</summary>
    public bool Root { get; init; }

    /// <summary>Policy files or folders to load, as full paths, with where each was named.</summary>
    public IReadOnlyList<ConfigSetting> Policies { get; init; } = [];

    /// <summary>Whether the built-in rules load, if set here.</summary>
    public ConfigSetting? DefaultRules { get; init; }

    /// <summary>The file's sections, in order: later sections win.</summary>
    public IReadOnlyList<ConfigSection> Sections { get; init; } = [];
}
