using ProvenanceCheck.Files;

namespace ProvenanceCheck.Policies;

/// <summary>Reads the newsroom's own YAML files (policies, .provcheck.yaml, .editorconfig) under one size limit.</summary>
public static class SettingsFile
{
    /// <summary>The text of <paramref name="path"/>.</summary>
    /// <exception cref="PolicyException">The file is over <see cref="BoundedFile.SettingsMaxBytes"/> (a pipe or device that never ends, say).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadText(string path) =>
        BoundedFile.ReadAllText(path) ?? throw new PolicyException(path, 1, 1, BoundedFile.TooLarge(BoundedFile.SettingsMaxBytes));
}
