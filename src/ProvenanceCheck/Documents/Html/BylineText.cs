using System.Text.RegularExpressions;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// Turns a byline as pages write it ("by Jane Roe January 3, 2026 @janeroe", "Jane Roe Feed Jane Roe is the author of…")
/// into the names it holds, and rejects text that does not read as names (a headline, a handle, a bio).
/// </summary>
internal static partial class BylineText
{
    private const int MaxNameLength = 60;
    private const int MaxWordsPerName = 5;

    // Words that end a byline's names: what follows is a date, a link label, a job line or a bio.
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "feed", "follow", "email", "e-mail", "twitter", "facebook", "profile", "more", "view", "contact", "|", "•", "·", "-", "–", "—", "/",
        "is", "was", "has", "writes", "covers", "reports", "joined", "in", "on", "at", "for", "updated", "published", "posted", "last",
    };

    // Lower-case words that belong inside names ("Ludwig van Beethoven") or join two of them.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "da", "der", "den", "la", "le", "du", "di", "del", "della", "dos", "das", "bin", "al", "y", "and", "&",
    };

    /// <summary>The names in a byline candidate, in order; empty when it does not read as a byline.</summary>
    public static IReadOnlyList<string> Names(string raw)
    {
        if (Clean(raw) is not { } cleaned)
        {
            return [];
        }

        // "A, B and C" lists authors; without an "and", what follows a comma is an affiliation or a degree ("Roe, Reuters").
        if (!AndWord().IsMatch(cleaned))
        {
            return [cleaned.Split(',')[0].Trim()];
        }

        var parts = NameSeparator().Split(cleaned).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 1 && parts.All(p => p.Split(' ').Length >= 2 && LooksLikeName(p)) ? parts : [cleaned];
    }

    /// <summary>The candidate with its "By", dates, handles and trailing bio cut off, or null when what remains is no name.</summary>
    public static string? Clean(string raw)
    {
        var text = LeadingBy().Replace(Whitespace.Collapse(raw), "");
        var kept = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length && !EndsName(words[i], i + 1 < words.Length ? words[i + 1] : null); i++)
        {
            kept.Add(words[i]);
        }

        // "Roe22 Dec": a date run into the name with no space.
        if (kept.Count < words.Length && words[kept.Count] is var stop && stop.Length > 0 && char.IsLetter(stop[0]) &&
            stop.IndexOfAny("0123456789".ToCharArray()) is > 0 and var digit && char.IsLower(stop[digit - 1]) && !Month().IsMatch(stop[..digit]))
        {
            kept.Add(stop[..digit]);
        }

        var name = WithoutRepetition(string.Join(' ', kept).Trim(' ', ',', ';', ':', '|', '•', '-', '–', '—'));
        return LooksLikeName(name) ? name : null;
    }

    /// <summary>A month ends the names only before a number: "June Roe" is a name, "June 3" a date.</summary>
    private static bool EndsName(string word, string? next) =>
        StopWords.Contains(word) || word.StartsWith('@') || word.EndsWith(':') || word.Any(char.IsDigit) || Weekday().IsMatch(word) ||
        (Month().IsMatch(word) && next is not null && char.IsDigit(next[0]));

    /// <summary>"Jane Roe Jane Roe" (a name in a link and again in a tooltip) is one name.</summary>
    private static string WithoutRepetition(string name)
    {
        var words = name.Split(' ');
        if (words.Length % 2 == 0 && words.Length > 0)
        {
            var half = words.Length / 2;
            if (words.Take(half).SequenceEqual(words.Skip(half), StringComparer.OrdinalIgnoreCase))
            {
                return string.Join(' ', words.Take(half));
            }
        }

        return name;
    }

    /// <summary>
    /// Names are short and every word starts with a capital (or a script without case); a headline or a sentence
    /// has lower-case words, a handle is one lower-case word.
    /// </summary>
    private static bool LooksLikeName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || name.IndexOfAny(['?', '!', '"', '“', '”']) >= 0)
        {
            return false;
        }

        var words = name.Split(' ');
        var nameWords = words.Count(w => !Particles.Contains(w));
        return nameWords > 0 && words.Length <= (MaxWordsPerName * 2) + 1 && words.All(IsNameWord) &&
               NameSeparator().Split(name).All(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsPerName);
    }

    private static bool IsNameWord(string word)
    {
        if (Particles.Contains(word))
        {
            return true;
        }

        var first = word.FirstOrDefault(char.IsLetter);
        return first != default && !char.IsLower(first);
    }

    [GeneratedRegex(@"^(?:(?:by|words by|written by|posted by|author|authors|byline)\s*:?\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\band\b|&", RegexOptions.CultureInvariant)]
    private static partial Regex AndWord();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[.,]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"^(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?[.,]?$|^(?:today|yesterday)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
