using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Reporting;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck rules</c>: the loaded rules and where each came from.</summary>
internal static class RulesCommand
{
    public static Command Create(CommonOptions common)
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var effective = new Option<string?>("--effective") { Description = "Show the rules, severities and settings that apply to this article file, and where each came from" };
        var config = new ConfigOptions();
        var command = new Command("rules", "List the loaded rules and where each came from");
        command.Options.Add(format);
        command.Options.Add(effective);
        config.AddTo(command);
        common.AddTo(command, withReading: false);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            if (parse.GetValue(effective) is { } file)
            {
                var plan = config.Build(parse, common).Plan(file, new Checking.CheckOptions());
                EffectiveRulesWriter.Write(Console.Out, file, plan);
                return ExitCodes.Success;
            }

            var rules = common.BuildChecker(parse).Policies.Rules.ToList();
            if (parse.GetValue(format) == "json")
            {
                WriteJson(rules);
            }
            else
            {
                WriteText(rules);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteText(List<RuleDescriptor> rules)
    {
        var titleWidth = Math.Min(60, rules.Select(r => r.Title.Length).DefaultIfEmpty(5).Max());
        Console.WriteLine($"{"ID",-8} {"SEVERITY",-8} {"CATEGORY",-11} {"TITLE".PadRight(titleWidth)}  ORIGIN");
        foreach (var rule in rules)
        {
            Console.WriteLine($"{rule.Id,-8} {rule.DefaultSeverity.ToName(),-8} {rule.Category,-11} {rule.Title.PadRight(titleWidth)}  {rule.Origin}");
        }
    }

    private static void WriteJson(List<RuleDescriptor> rules)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var rule in rules)
            {
                RuleJsonWriter.Write(writer, rule);
            }

            writer.WriteEndArray();
        }

        stdout.Write("\n"u8);
    }
}
