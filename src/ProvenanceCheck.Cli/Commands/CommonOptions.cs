using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>Options shared by the commands that load policies and read articles.</summary>
internal sealed class CommonOptions
{
    public Option<string[]> Policy { get; } = new("--policy", "-p")
    {
        Description = "A policy file or folder to load after the defaults (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> NoDefaultRules { get; } = new("--no-default-rules") { Description = "Do not load the built-in rules" };

    public Option<string?> FormatIn { get; } = new("--format-in") { Description = "Read input as html, md or text (default: from the file extension; text for stdin)" };

    public Option<int> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Largest input to accept, in MB",
        DefaultValueFactory = _ => (int)(SourceDecoder.DefaultMaxBytes / (1024 * 1024)),
    };

    public Option<string> Body { get; } = new("--body")
    {
        Description = "How to find the body of an HTML page: auto, article or whole",
        DefaultValueFactory = _ => "auto",
    };

    public CommonOptions()
    {
        FormatIn.AcceptOnlyFromAmong("html", "md", "markdown", "text", "txt");
        Body.AcceptOnlyFromAmong("auto", "article", "whole");
        // Zero or less used to be read as 1 MB without a word; a limit the user did not mean is worse than an error.
        // The validator runs even when the value is not a number ("32MB"); reading it then throws, so it reads the token.
        MaxFileSize.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var mb) && mb < 1)
            {
                result.AddError($"--max-file-size must be at least 1 (MB), not {mb}");
            }
        });
    }

    public void AddTo(Command command, bool withReading = true)
    {
        command.Options.Add(Policy);
        command.Options.Add(NoDefaultRules);
        if (withReading)
        {
            command.Options.Add(FormatIn);
            command.Options.Add(MaxFileSize);
            command.Options.Add(Body);
        }
    }

    /// <summary>Builds the checker; a broken policy throws <see cref="Policies.PolicyException"/>.</summary>
    public ArticleChecker BuildChecker(ParseResult parse)
    {
        var services = new ServiceCollection();
        services.AddProvenanceCheck(options =>
        {
            options.UseDefaultRules = !parse.GetValue(NoDefaultRules);
            foreach (var path in parse.GetValue(Policy) ?? [])
            {
                options.PolicyPaths.Add(path);
            }
        });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ArticleChecker>();
    }

    public ArticleFormat? ForcedFormat(ParseResult parse) =>
        parse.GetValue(FormatIn) is { } name && ArticleFormatNames.TryParse(name, out var format) ? format : null;

    public long MaxBytes(ParseResult parse) => parse.GetValue(MaxFileSize) * 1024L * 1024L;

    public ReaderOptions ReaderOptions(ParseResult parse) => new()
    {
        Body = parse.GetValue(Body) switch
        {
            "article" => BodyMode.Article,
            "whole" => BodyMode.Whole,
            _ => BodyMode.Auto,
        },
    };
}
