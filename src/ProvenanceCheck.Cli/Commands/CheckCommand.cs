using System.CommandLine;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Cli.Input;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Reporting;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck check PATH…</c>: checks articles and reports diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(CommonOptions common)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders; - reads standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error, warning or info", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var color = new Option<string>("--color") { Description = "Colour text output: auto, always or never", DefaultValueFactory = _ => "auto" };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var metadata = new Option<string?>("--metadata") { Description = "A JSON object of CMS fields (author, aiAssisted, …) added to every article's metadata, for hooks" };

        var command = new Command("check", "Check articles against the loaded policies");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.Options.Add(color);
        command.Options.Add(metadata);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var checker = common.BuildChecker(parse);
            var inputs = InputCollector.Collect(parse.GetValue(paths) ?? [], common.ForcedFormat(parse));
            var maxBytes = common.MaxBytes(parse);
            var options = new CheckOptions { Reader = common.ReaderOptions(parse) with { Metadata = ReadMetadata(parse.GetValue(metadata), maxBytes) } };

            // Everything is read and checked before anything is printed: an unreadable input fails the run without partial output.
            var results = inputs.Select(input => checker.Check(InputCollector.Read(input, maxBytes), input.Format, options)).ToList();
            Write(results, parse.GetValue(format)!, UseColor(parse.GetValue(color)!));
            SeverityNames.TryParse(parse.GetValue(failOn), out var level);
            return results.Any(r => r.FailsAt(level)) ? ExitCodes.Violations : ExitCodes.Success;
        }));
        return command;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> ReadMetadata(string? path, long maxBytes)
    {
        if (path is null)
        {
            return [];
        }

        var text = SourceDecoder.ReadFile(path, ArticleFormat.Text, maxBytes);
        return CmsMetadata.FromJson(text.Text, path);
    }

    private static void Write(List<CheckResult> results, string format, bool color)
    {
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            JsonReportWriter.Write(stdout, results);
            stdout.Write("\n"u8);
            return;
        }

        new TextReportWriter(Console.Out, color).Write(results);
    }

    private static bool UseColor(string mode) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("TERM") != "dumb",
    };
}
