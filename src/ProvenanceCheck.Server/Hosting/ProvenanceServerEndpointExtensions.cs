using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using ProvenanceCheck.Server.Policies;
using ProvenanceCheck.Server.Requests;
using ProvenanceCheck.Server.Responses;

namespace ProvenanceCheck.Server.Hosting;

/// <summary>Maps the service's endpoints onto any ASP.NET Core app.</summary>
public static class ProvenanceServerEndpointExtensions
{
    /// <summary>The rate-limiter policy that bounds concurrent checks.</summary>
    public const string CheckConcurrencyPolicy = "provcheck-checks";

    /// <summary>
    /// Maps <c>POST /v1/check</c>, <c>POST /v1/check/batch</c>, <c>GET /v1/rules</c>, <c>GET /healthz</c>,
    /// <c>GET /readyz</c> and the OpenAPI document at <c>/openapi/v1.json</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapProvenanceCheck(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        var v1 = endpoints.MapGroup("/v1").WithTags("checks");
        v1.MapPost("/check", CheckEndpoints.CheckAsync)
            .WithName("Check")
            .WithSummary("Check one article")
            .WithDescription("A JSON body {content, format: html|md|text, path?, metadata?} or a raw text/html, text/markdown or text/plain body. "
                + "The answer is the document 'provcheck check --format json' prints, plus verdict (pass|fail under the configured fail level).")
            .AddOpenApiOperationTransformer(OpenApiRequestBodies.JsonOrRawArticle)
            .Produces<CheckResponseDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .RequireRateLimiting(CheckConcurrencyPolicy);
        v1.MapPost("/check/batch", CheckEndpoints.CheckBatchAsync)
            .WithName("CheckBatch")
            .WithSummary("Check several articles in one request")
            .AddOpenApiOperationTransformer(OpenApiRequestBodies.JsonBatch)
            .Produces<CheckResponseDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(CheckConcurrencyPolicy);
        v1.MapGet("/rules", (CheckerProvider provider, string? path) => RulesResult.For(provider.Current, path))
            .WithName("Rules")
            .WithSummary("The effective rules: id, title, severity in force (for ?path=, with the configuration's overrides for it), category, kind, origin")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok"))
            .WithName("Health").WithSummary("Liveness: the process answers").WithTags("probes");
        endpoints.MapGet("/readyz", (CheckerProvider provider) => TypedResults.Json(new ReadinessDocument(
                "ready", provider.Current.PolicyHash, provider.Current.Checker.Policies.Analyzers.Count, provider.Current.LoadedAt, provider.LastReloadError)))
            .WithName("Ready").WithSummary("Readiness: a policy set is loaded; reports the last failed reload, if any").WithTags("probes");
        return endpoints;
    }
}
