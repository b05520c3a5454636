using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Configuration;

/// <summary>Options from a configuration file that replace keys of one rule's <c>options:</c> mapping.</summary>
/// <param name="RuleId">The rule whose options change.</param>
/// <param name="Options">The keys to set; each replaces the rule's key of the same name.</param>
/// <param name="Origin">The setting that names the rule, for errors and provenance.</param>
public sealed record RuleOptionOverride(string RuleId, YamlMappingNode Options, ConfigSetting Origin);
