using System.CommandLine;
using ProvenanceCheck.Cli.Extraction;
using ProvenanceCheck.Cli.Input;
using ProvenanceCheck.Extraction;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>
/// <c>provcheck extract FILE…</c>: the body text each reader finds (blocks separated by blank lines)
/// and the metadata; <c>--eval DIR</c> scores extraction over a folder of pages with expected text.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CommonOptions common)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders; - reads standard input", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or jsonl", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var eval = new Option<string?>("--eval") { Description = "Score extraction over DIR/<page>/{source.html,expected.txt} (token-shingle precision, recall, F1)" };
        var command = new Command("extract", "Print the article text and metadata each file yields (what the rules see)");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(eval);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var outputFormat = parse.GetValue(format)!;
            if (parse.GetValue(eval) is { } evalDirectory)
            {
                return Evaluate(evalDirectory, outputFormat, common.ReaderOptions(parse));
            }

            var inputs = InputCollector.Collect(parse.GetValue(paths) ?? [], common.ForcedFormat(parse));
            if (inputs.Count == 0)
            {
                throw new UsageException("give at least one file, folder or -, or --eval DIR");
            }

            var checker = common.BuildChecker(parse);
            var maxBytes = common.MaxBytes(parse);
            var readerOptions = common.ReaderOptions(parse);
            var articles = inputs
                .Select(input => ExtractedArticle.From(input.Path, checker.Read(InputCollector.Read(input, maxBytes), input.Format, readerOptions)))
                .ToList();
            Write(outputFormat, articles);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(string format, List<ExtractedArticle> articles)
    {
        if (format == "text")
        {
            ExtractionOutput.WriteText(Console.Out, articles);
            return;
        }

        using var stdout = Console.OpenStandardOutput();
        if (format == "json")
        {
            ExtractionOutput.WriteJson(stdout, articles);
        }
        else
        {
            ExtractionOutput.WriteJsonLines(stdout, articles);
        }
    }

    private static int Evaluate(string directory, string format, Documents.ReaderOptions options)
    {
        var evaluation = new ExtractionEvaluator().Evaluate(directory, options);
        if (format == "text")
        {
            ExtractionOutput.WriteEvaluation(Console.Out, evaluation);
        }
        else
        {
            using var stdout = Console.OpenStandardOutput();
            ExtractionOutput.WriteEvaluationJson(stdout, evaluation);
        }

        return ExitCodes.Success;
    }
}
