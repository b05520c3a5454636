using System.CommandLine;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck explain PC2001</c>: what a rule checks, why, and examples.</summary>
internal static class ExplainCommand
{
    public static Command Create(CommonOptions common)
    {
        var id = new Argument<string>("rule") { Description = "A rule id such as PC2001" };
        var command = new Command("explain", "Explain what a rule checks, why, and how to comply");
        command.Arguments.Add(id);
        common.AddTo(command, withReading: false);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var checker = common.BuildChecker(parse);
            var wanted = parse.GetValue(id)!;
            var rule = checker.Policies.FindRule(wanted)
                ?? Suppressions.SuppressionRules.BuiltIn.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"no rule '{wanted}' is loaded (see 'provcheck rules')");
            Write(Console.Out, rule);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(TextWriter output, RuleDescriptor rule)
    {
        output.WriteLine($"{rule.Id}: {rule.Title}");
        output.WriteLine();
        output.WriteLine($"  severity: {rule.DefaultSeverity.ToName()}    category: {rule.Category}    kind: {rule.Kind}");
        output.WriteLine($"  defined in: {rule.Origin}");
        if (rule.HelpUri is { } help)
        {
            output.WriteLine($"  help: {help}");
        }

        if (rule.Description is { } description)
        {
            output.WriteLine();
            output.WriteLine("What it checks and why");
            foreach (var line in Wrap(description, 76))
            {
                output.WriteLine("  " + line);
            }
        }

        if (rule.Fix is { } fix)
        {
            output.WriteLine();
            output.WriteLine("How to fix it");
            output.WriteLine("  " + fix);
        }

        WriteExamples(output, "Compliant", rule.CompliantExamples);
        WriteExamples(output, "Non-compliant", rule.NonCompliantExamples);
    }

    private static void WriteExamples(TextWriter output, string heading, IReadOnlyList<string> examples)
    {
        if (examples.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(heading);
        foreach (var example in examples)
        {
            output.WriteLine("  - " + example);
        }
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
