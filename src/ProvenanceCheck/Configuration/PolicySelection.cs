using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Configuration;

/// <summary>Which policies to load and which rule options to override: everything that makes one compiled policy set differ from another.</summary>
/// <param name="UseDefaultRules">Whether the built-in rules load.</param>
/// <param name="PolicyPaths">Policy files and folders, in load order.</param>
/// <param name="RuleOptions">Option overrides, in the order they apply.</param>
public sealed record PolicySelection(bool UseDefaultRules, IReadOnlyList<string> PolicyPaths, IReadOnlyList<RuleOptionOverride> RuleOptions)
{
    /// <summary>A string equal for equal selections, to cache compiled policy sets by.</summary>
    public string Key => string.Join("\n", [
        UseDefaultRules ? "defaults" : "no-defaults",
        .. PolicyPaths.Select(p => "policy:" + p),
        .. RuleOptions.Select(o => $"options:{o.RuleId}:{Serialize(o.Options)}")]);

    private static string Serialize(YamlMappingNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
