using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Tests.Infrastructure;

/// <summary>Checks files on disk the way the CLI does: configuration discovered per file, checkers cached per policy selection.</summary>
public static class ConfiguredCheck
{
    private static readonly Lazy<CheckerFactory> Factory = new(() =>
    {
        var services = new ServiceCollection();
        services.AddProvenanceCheck();
        return services.BuildServiceProvider().GetRequiredService<CheckerFactory>();
    });

    public static ConfiguredChecker Checker(string? config = null, ConfiguredCheckerOptions? options = null) =>
        new(Factory.Value, new ConfigResolver(config), options ?? new ConfiguredCheckerOptions());

    public static CheckPlan Plan(string path, string? config = null) => Checker(config).Plan(path, new CheckOptions());

    public static CheckResult Check(string path, string? config = null)
    {
        var plan = Plan(path, config);
        var format = ArticleFormatNames.FromPath(path);
        return plan.Checker.Check(SourceDecoder.ReadFile(path, format), format, plan.Options);
    }
}
