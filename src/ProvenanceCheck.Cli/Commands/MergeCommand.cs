using System.CommandLine;
using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck merge a.db b.db … -o all.db</c>: combines shard stores.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("stores") { Description = "Shard stores to merge", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The merged store (created, or added to)", Required = true };
        var command = new Command("merge", "Merge audit stores (such as shards) into one");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var count = StoreMerger.Merge(parse.GetValue(inputs) ?? [], parse.GetValue(output)!);
            Console.WriteLine($"merged {parse.GetValue(inputs)!.Length} stores: {count} articles in {parse.GetValue(output)}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
