using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>
/// Class/id and text patterns that tell article text from page furniture. The Readability family
/// (unlikely, positive, negative) follows Mozilla Readability; the boilerplate family covers what
/// sits inside article bodies: teasers, share and follow prompts, newsletter boxes, advert labels,
/// image credits, comment sections.
/// </summary>
internal static partial class ContentHints
{
    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    };

    public static string MarkerText(IElement element) => element.ClassName + " " + element.Id;

    public static bool IsUnlikelyCandidate(IElement element)
    {
        if (element.LocalName is "body" or "a" or "html")
        {
            return false;
        }

        if (element.GetAttribute("role") is { } role && UnlikelyRoles.Contains(role))
        {
            return true;
        }

        var marker = MarkerText(element);
        return marker.Length > 1 && Unlikely().IsMatch(marker) && !OkMaybe().IsMatch(marker) &&
            element.Closest("table, code") is null;
    }

    /// <summary>Readability's class weight: ±25 for each of class and id.</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        foreach (var value in (ReadOnlySpan<string?>)[element.ClassName, element.Id])
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (Negative().IsMatch(value))
            {
                weight -= 25;
            }

            if (Positive().IsMatch(value))
            {
                weight += 25;
            }
        }

        return weight;
    }

    public static bool IsShareWidget(IElement element) => Share().IsMatch(MarkerText(element));

    public static bool HasBoilerplateMarker(IElement element) => BoilerplateMarker().IsMatch(MarkerText(element));

    public static bool IsBoilerplateText(string text) => BoilerplateText().IsMatch(text);

    public static bool IsBoilerplateHeading(string text) => BoilerplateHeading().IsMatch(text);

    public static bool IsAdOrLoadingLabel(string text) => AdOrLoading().IsMatch(text);

    public static bool IsPullQuote(IElement element) => PullQuote().IsMatch(MarkerText(element));

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OkMaybe();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    [GeneratedRegex(@"(?:^|[\s_-])(?:related|recommend\w*|teasers?|also-?read|read-?more|more-?stories|most-?(?:read|popular)|trending|reading-?now|newsletter|sign-?up|subscri(?:be|ption)|share|sharing|social|follow-?us|advert\w*|ad-?(?:slot|unit|container|wrapper)|sponsored|promo|outbrain|taboola|image-?credit|photo-?credit|credits?|copyright|comments?|disqus)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateMarker();

    [GeneratedRegex(@"^\W*(?:also read|read also|see also|read more|more:|related(?: stories| articles| coverage| content)?\s*:|recommended(?: for you)?\b|others are reading|people are (?:also )?reading|most (?:read|popular)\b|trending now|you (?:may|might) also like|don'?t miss\b|sign up\b|subscribe\b|get (?:our|the) newsletter|follow us\b|share (?:this|on|via)\b|click here to share|advertisement\b|advertising\b|sponsored\b|image credit|photo credit|photograph:|photo:|image:|credit:|picture:|©|\(c\) )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateText();

    [GeneratedRegex(@"^\W*(?:related(?: stories| articles| coverage| content| news| links)?|more (?:from|on|stories)\b.*|recommended(?: for you| stories)?|read (?:more|next)|also read|others are reading(?: now)?|most (?:read|popular)|trending(?: now)?|you (?:may|might) also like|comments?|share(?: this(?: article| story)?)?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateHeading();

    [GeneratedRegex(@"^\s*(?:ad(?:vertising|vertisement)?|sponsored|loading(?:…|\.\.\.)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdOrLoading();

    [GeneratedRegex(@"pull-?quote|pullquote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PullQuote();
}
