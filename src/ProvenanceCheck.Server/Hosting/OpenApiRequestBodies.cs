using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ProvenanceCheck.Server.Requests;

namespace ProvenanceCheck.Server.Hosting;

/// <summary>
/// Describes the request bodies in the OpenAPI document. Written as transformers instead of
/// <c>Accepts&lt;T&gt;</c> because accepts-metadata also makes routing refuse other content types
/// with a bare 415, before the service can answer with problem details naming the field.
/// </summary>
internal static class OpenApiRequestBodies
{
    public static async Task JsonOrRawArticle(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var json = await context.GetOrCreateSchemaAsync(typeof(CheckRequestDocument), null, cancellationToken).ConfigureAwait(false);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = json },
                ["text/html"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["text/markdown"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        };
    }

    public static async Task JsonBatch(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var json = await context.GetOrCreateSchemaAsync(typeof(CheckBatchRequestDocument), null, cancellationToken).ConfigureAwait(false);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = json } },
        };
    }
}
