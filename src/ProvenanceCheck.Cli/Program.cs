using System.CommandLine;
using System.Text;
using ProvenanceCheck.Cli;
using ProvenanceCheck.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var common = new CommonOptions();
var root = new RootCommand("provcheck: checks news articles against editorial policies, the way a compiler checks code.");
root.Subcommands.Add(CheckCommand.Create(common));
root.Subcommands.Add(ExplainCommand.Create(common));
root.Subcommands.Add(RulesCommand.Create(common));
root.Subcommands.Add(InspectCommand.Create(common));
root.Subcommands.Add(EvalCommand.Create(common));
root.Subcommands.Add(AuditCommand.Create(common));
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(MergeCommand.Create());
root.Subcommands.Add(FixCommand.Create(common));
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(ServeCommand.Create(common));
root.Subcommands.Add(ExtractCommand.Create(common));

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // One line, like every other provcheck error: the first problem, with System.CommandLine's lists folded in.
    Console.Error.WriteLine($"provcheck: error: {string.Join("; ", parse.Errors.Select(e => OneLine(e.Message).TrimEnd('.')).Distinct())} (see 'provcheck --help')");
    return ExitCodes.Error;
}

return parse.Invoke();

static string OneLine(string message)
{
    var lines = message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    return lines.Length == 1 ? lines[0] : $"{lines[0]} {string.Join(", ", lines.Skip(1))}";
}
