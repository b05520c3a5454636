namespace ProvenanceCheck.Tests.Infrastructure;

/// <summary>What a stretch of an HTML file reads as: the text of its markup, white space collapsed.</summary>
public static class HtmlSourceText
{
    public static string Decode(string raw)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + raw + "</body>");
        return string.Join(' ', document.Body!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
