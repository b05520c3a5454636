using System.Text;

namespace ProvenanceCheck.Rules;

/// <summary>Fills a rule's message placeholders: <c>{text}</c>, <c>{sentence}</c> and whatever the kind supplies.</summary>
public static class MessageFormatter
{
    /// <summary>The placeholders every rule may use; kinds add their own.</summary>
    public static readonly IReadOnlySet<string> CommonPlaceholders = new HashSet<string>(StringComparer.Ordinal) { "text", "sentence" };

    /// <summary>Formats <paramref name="format"/>.</summary>
    public static string Format(string format, string text, string? sentence, IReadOnlyDictionary<string, string>? args)
    {
        if (!format.Contains('{'))
        {
            return format;
        }

        var builder = new StringBuilder(format.Length + text.Length);
        var i = 0;
        while (i < format.Length)
        {
            var open = format.IndexOf('{', i);
            var close = open < 0 ? -1 : format.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(format, i, format.Length - i);
                break;
            }

            builder.Append(format, i, open - i);
            var name = format[(open + 1)..close];
            builder.Append(name switch
            {
                "text" => text,
                "sentence" => sentence ?? "",
                _ => args is not null && args.TryGetValue(name, out var value) ? value : "{" + name + "}",
            });
            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>The placeholder names used in a format.</summary>
    public static IEnumerable<string> Placeholders(string format)
    {
        var i = 0;
        while ((i = format.IndexOf('{', i)) >= 0)
        {
            var close = format.IndexOf('}', i);
            if (close < 0)
            {
                yield break;
            }

            yield return format[(i + 1)..close];
            i = close + 1;
        }
    }
}
