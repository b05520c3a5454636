using System.CommandLine;
using ProvenanceCheck.Audit.Reporting;
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
            using var merged = AuditStore.Open(parse.GetValue(output)!, mustExist: true);
            if (AuditReportLoader.PoliciesUsed(merged) is { Count: > 1 } used)
            {
                // Shards are meant to share one policy; a pod left on an old image shows up here, not in a silent total.
                Console.Error.WriteLine($"provcheck: warning: the merged articles were checked with {used.Count} policy sets: {ReportCommand.PolicySets(used)}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
