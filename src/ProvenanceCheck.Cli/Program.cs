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
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("provcheck: error: " + error.Message);
    }

    Console.Error.WriteLine("Run 'provcheck --help' for usage.");
    return ExitCodes.Error;
}

return parse.Invoke();
