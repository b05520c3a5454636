using System.CommandLine;
using ProvenanceCheck.Cli.Input;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Reporting;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck inspect FILE</c>: the article tree, sentences with positions, facts and metadata.</summary>
internal static class InspectCommand
{
    public static Command Create(CommonOptions common)
    {
        var path = new Argument<string>("file") { Description = "The article to inspect; - reads standard input" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("inspect", "Show the article tree, sentence positions and facts, for rule authors");
        command.Arguments.Add(path);
        command.Options.Add(format);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var checker = common.BuildChecker(parse);
            // One article is inspected; a folder used to show its first file as if that were what was asked for.
            var named = parse.GetValue(path)!;
            var input = Directory.Exists(named)
                ? throw new InputException($"{named}: is a folder; inspect takes one article file")
                : InputCollector.Collect([named], common.ForcedFormat(parse)).Single();
            var article = checker.Read(InputCollector.Read(input, common.MaxBytes(parse)), input.Format, common.ReaderOptions(parse));
            var facts = checker.Analyze(article);
            if (parse.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                InspectionWriter.WriteJson(stdout, facts);
                stdout.Write("\n"u8);
            }
            else
            {
                InspectionWriter.WriteText(Console.Out, facts);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
