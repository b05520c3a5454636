using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>The <c>--config</c> option and the configured checker it leads to.</summary>
internal sealed class ConfigOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "Use this .provcheck.yaml instead of searching each article's folder and its parents" };

    public void AddTo(Command command) => command.Options.Add(Config);

    /// <summary>A checker that plans each article from its configuration, with the command line on top.</summary>
    public ConfiguredChecker Build(ParseResult parse, CommonOptions common, Severity? failOn = null)
    {
        var services = new ServiceCollection();
        services.AddProvenanceCheck();
        var provider = services.BuildServiceProvider();
        var options = new ConfiguredCheckerOptions
        {
            UseDefaultRules = !parse.GetValue(common.NoDefaultRules),
            PolicyPaths = parse.GetValue(common.Policy) ?? [],
            FailOn = failOn,
        };
        return new ConfiguredChecker(provider.GetRequiredService<CheckerFactory>(), new ConfigResolver(parse.GetValue(Config)), options);
    }
}
