using System.CommandLine;
using ProvenanceCheck.Configuration;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck init [FOLDER]</c>: writes a commented starter <c>.provcheck.yaml</c>.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Where to write .provcheck.yaml", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .provcheck.yaml" };
        var command = new Command("init", "Write a commented starter .provcheck.yaml");
        command.Arguments.Add(folder);
        command.Options.Add(force);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var path = Path.Combine(parse.GetValue(folder)!, ConfigFileLoader.FileName);
            if (!Directory.Exists(parse.GetValue(folder)))
            {
                throw new UsageException($"{parse.GetValue(folder)}: no such folder");
            }

            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw new UsageException($"{path} already exists (use --force to overwrite)");
            }

            File.WriteAllText(path, StarterConfig.Text);
            Console.Error.WriteLine($"wrote {path}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
