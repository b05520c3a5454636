namespace ProvenanceCheck.Documents;

/// <summary>
/// Recognises the one way well-formed JSON can still hold something that is not text: a lone UTF-16 surrogate
/// escape (<c>"\ud800"</c>, left behind when a CMS cuts an emoji in half). System.Text.Json parses it and only
/// refuses when the string is read, with an <see cref="InvalidOperationException"/>; readers of untrusted JSON turn
/// that into an input error for the article or a 400 for the request, instead of letting it end the run.
/// </summary>
public static class JsonTextErrors
{
    /// <summary>Whether <paramref name="exception"/> is System.Text.Json refusing a string with a lone surrogate.</summary>
    public static bool IsLoneSurrogate(Exception exception) =>
        exception is InvalidOperationException && exception.Message.Contains("UTF-16", StringComparison.Ordinal);

    /// <summary>The reason given to the user.</summary>
    public const string Reason = "a string holds a lone UTF-16 surrogate escape (such as \\ud800), which is not text";
}
