using System.Reflection;

namespace ProvenanceCheck.Reporting;

/// <summary>The tool's name and version, as output formats report them.</summary>
public static class ToolInfo
{
    /// <summary>The command name.</summary>
    public const string Name = "provcheck";

    /// <summary>The engine's informational version.</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
