using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Audit.Tests.Infrastructure;

/// <summary>Checkers for the audit tests: the default policy, or the default plus an extra rule (a different policy hash).</summary>
public static class TestCheckers
{
    public const string MillRule = """
        policy: test-mill
        rules:
          - id: TEST001
            title: Mill mentioned
            message: "mentions '{text}'"
            category: Test
            severity: info
            kind: forbid
            options:
              match: {phrases: ["old mill"]}
              scope: body
        """;

    private static readonly Lazy<ArticleChecker> DefaultChecker = new(() => Create());

    public static ArticleChecker Default => DefaultChecker.Value;

    public static ArticleChecker Create(params string[] extraPolicies)
    {
        var services = new ServiceCollection();
        services.AddProvenanceCheck(o => o.UseDefaultRules = false);
        using var provider = services.BuildServiceProvider();
        var files = PolicyLoader.DefaultFiles().ToList();
        files.AddRange(extraPolicies.Select((yaml, i) => new PolicyFile($"extra-{i}.yaml", yaml)));
        return new ArticleChecker(provider.GetRequiredService<PolicyLoader>().Load(files), provider.GetServices<IArticleReader>());
    }
}
