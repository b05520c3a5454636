using Microsoft.AspNetCore.Http;

namespace ProvenanceCheck.Server.Responses;

/// <summary>RFC 9457 problem-details answers that name the field at fault.</summary>
internal static class Problems
{
    public static IResult For(int status, string field, string detail)
    {
        if (status == StatusCodes.Status400BadRequest)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [detail] },
                detail: detail,
                title: "Invalid request",
                extensions: new Dictionary<string, object?> { ["field"] = field });
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: Title(status), extensions: new Dictionary<string, object?> { ["field"] = field });
    }

    public static Task Write(HttpContext context, int status, string field, string detail) => For(status, field, detail).ExecuteAsync(context);

    private static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status413PayloadTooLarge => "Request body too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status503ServiceUnavailable => "Too many checks in progress",
        StatusCodes.Status504GatewayTimeout => "Request timed out",
        _ => "Request refused",
    };
}
