using System.CommandLine;
using ProvenanceCheck.Evaluation;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck eval LABELS…</c>: measures the loaded policy set against labelled articles.</summary>
internal static class EvalCommand
{
    public static Command Create(CommonOptions common)
    {
        var labels = new Argument<string[]>("labels") { Description = "Label files or folders (format of LABELING.md)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 when a family's F1 (or the disclosure accuracy) falls below this" };
        var html = new Option<bool>("--html") { Description = "Read each page's source.html instead of its expected.txt (the whole pipeline)" };
        var command = new Command("eval", "Measure the policy set against labelled articles: precision, recall and F1 per family");
        command.Arguments.Add(labels);
        command.Options.Add(format);
        command.Options.Add(minF1);
        command.Options.Add(html);
        common.AddTo(command, withReading: false);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var checker = common.BuildChecker(parse);
            var files = LabelEvaluator.FindLabelFiles(parse.GetValue(labels) ?? []);
            var report = new LabelEvaluator(checker).Evaluate(files, parse.GetValue(html));
            if (parse.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                EvaluationReportWriter.WriteJson(stdout, report);
                stdout.Write("\n"u8);
            }
            else
            {
                EvaluationReportWriter.WriteText(Console.Out, report);
            }

            var threshold = parse.GetValue(minF1);
            var failed = threshold is { } min && (report.Families.Any(f => f.F1 < min) || report.DisclosureAccuracy < min);
            return failed ? ExitCodes.Violations : ExitCodes.Success;
        }));
        return command;
    }
}
