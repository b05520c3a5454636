using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Suppressions;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>Prints what <c>rules --effective FILE</c> shows: each rule's severity for that file and where it was set.</summary>
internal static class EffectiveRulesWriter
{
    public static void Write(TextWriter output, string file, CheckPlan plan)
    {
        var config = plan.Config;
        output.WriteLine($"Configuration for {file}");
        output.WriteLine(config.Files.Count == 0 ? "  (no .provcheck.yaml or .editorconfig found)" : string.Join(Environment.NewLine, config.Files.Select(f => "  read " + f)));
        output.WriteLine($"  fail-on: {plan.FailLevel.ToName()}{(config.FailOn is { } failOn ? $"  ({failOn.Origin})" : "  (default)")}");
        output.WriteLine($"  require-suppression-reasons: {(config.RequireSuppressionReasons ? "true" : "false")}");
        output.WriteLine();
        output.WriteLine($"{"ID",-8} {"SEVERITY",-8} FROM");
        foreach (var rule in plan.Checker.Policies.Rules.Concat(SuppressionRules.BuiltIn))
        {
            var (severity, origin) = config.SeverityOf(rule);
            output.WriteLine($"{rule.Id,-8} {severity.ToName(),-8} {origin}");
            foreach (var option in config.RuleOptions.Where(o => string.Equals(o.RuleId, rule.Id, StringComparison.OrdinalIgnoreCase)))
            {
                var keys = string.Join(", ", option.Options.Children.Keys);
                output.WriteLine($"{"",-8} options  {keys}  ({option.Origin.Origin})");
            }
        }

        foreach (var (key, value) in plan.Settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var origin = config.Settings.TryGetValue(key, out var setting) ? setting.Origin : "policy default";
            output.WriteLine($"setting {key} = \"{value}\"  ({origin})");
        }
    }
}
