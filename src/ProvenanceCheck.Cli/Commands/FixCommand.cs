using System.CommandLine;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Cli.Input;
using ProvenanceCheck.Fixes;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck fix PATH… [--rule ID] [--dry-run]</c>: applies the rules' fixes to article files.</summary>
internal static class FixCommand
{
    public static Command Create(CommonOptions common)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders to fix", Arity = ArgumentArity.OneOrMore };
        var rule = new Option<string?>("--rule") { Description = "Apply only this rule's fixes (including those not applied automatically)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff instead of writing files" };
        var config = new ConfigOptions();
        var command = new Command("fix", "Apply the rules' fixes to HTML, Markdown and text articles");
        command.Arguments.Add(paths);
        command.Options.Add(rule);
        command.Options.Add(dryRun);
        config.AddTo(command);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var configured = config.Build(parse, common);
            var inputs = InputCollector.Collect(parse.GetValue(paths) ?? [], common.ForcedFormat(parse));
            if (inputs.Any(i => i.IsStdin))
            {
                throw new UsageException("fix works on files, not standard input");
            }

            var ruleId = parse.GetValue(rule);
            var baseOptions = new CheckOptions { Reader = common.ReaderOptions(parse) };

            // Every file is worked out before any is written: a bad input stops the run with nothing changed.
            var outcomes = inputs.Select(i =>
            {
                var plan = configured.Plan(i.Path, baseOptions);
                if (ruleId is not null && plan.Checker.Policies.FindRule(ruleId) is null)
                {
                    throw new UsageException($"no rule '{ruleId}' is loaded for {i.Path} (see 'provcheck rules')");
                }

                return FileFixer.Fix(i.Path, i.Format, plan, ruleId, common.MaxBytes(parse));
            }).ToList();
            var isDryRun = parse.GetValue(dryRun);
            foreach (var outcome in outcomes.Where(o => o.Changed))
            {
                if (outcome.Refusal is { } refusal)
                {
                    // A file its encoding cannot carry the fix in is left alone; the others are still fixed.
                    Console.Error.WriteLine(refusal);
                }
                else if (isDryRun)
                {
                    Console.Out.Write(UnifiedDiff.Create(outcome.Path, outcome.OriginalText, outcome.NewText));
                }
                else
                {
                    SourceFileWriter.Write(outcome.Path, outcome.NewBytes!);
                    var ids = string.Join(", ", outcome.Fixes.Select(f => f.Diagnostic.Id).Distinct());
                    Console.Error.WriteLine($"{outcome.Path}: applied {outcome.Fixes.Count} fix{(outcome.Fixes.Count == 1 ? "" : "es")} ({ids})");
                }
            }

            var changed = outcomes.Count(o => o.Changed && o.Refusal is null);
            var refused = outcomes.Count(o => o.Refusal is not null);
            Console.Error.WriteLine($"{changed} of {outcomes.Count} file{(outcomes.Count == 1 ? "" : "s")} {(isDryRun ? "would change" : "changed")}{(refused > 0 ? $", {refused} not fixed" : "")}");
            return refused > 0 ? ExitCodes.Error : ExitCodes.Success;
        }));
        return command;
    }
}
