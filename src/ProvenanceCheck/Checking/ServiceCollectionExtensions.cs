using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Documents.Markdown;
using ProvenanceCheck.Documents.PlainText;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Rules;
using ProvenanceCheck.Rules.Kinds;

namespace ProvenanceCheck.Checking;

/// <summary>Registers ProvenanceCheck in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the readers, the rule kinds, the policy loader and a singleton <see cref="ArticleChecker"/>
    /// whose policy set is compiled once, on first use. Register more <see cref="IRuleKind"/> or
    /// <see cref="IArticleReader"/> implementations to extend it.
    /// </summary>
    public static IServiceCollection AddProvenanceCheck(this IServiceCollection services, Action<ProvenanceCheckOptions>? configure = null)
    {
        var options = new ProvenanceCheckOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleReader, HtmlArticleReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleReader, MarkdownArticleReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleReader, PlainTextArticleReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleKind, ForbidKind>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleKind, RequireKind>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleKind, ClaimNeedsSourceKind>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleKind, AttributionKind>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleKind, QuoteNeedsSpeakerKind>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleKind, MetadataKind>());
        services.TryAddSingleton<PolicyLoader>();
        services.TryAddSingleton<Configuration.CheckerFactory>();
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<ProvenanceCheckOptions>();
            var files = new List<PolicyFile>();
            if (settings.UseDefaultRules)
            {
                files.AddRange(PolicyLoader.DefaultFiles());
            }

            files.AddRange(PolicyLoader.ReadPaths(settings.PolicyPaths));
            return provider.GetRequiredService<PolicyLoader>().Load(files);
        });
        services.TryAddSingleton(provider => new ArticleChecker(
            provider.GetRequiredService<PolicySet>(),
            provider.GetServices<IArticleReader>()));
        return services;
    }
}
