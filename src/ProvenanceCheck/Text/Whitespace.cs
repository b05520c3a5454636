namespace ProvenanceCheck.Text;

/// <summary>Whitespace as a reader sees it in markup: any run of it is one space.</summary>
public static class Whitespace
{
    private const int StackLimit = 256;

    /// <summary>
    /// The words of <paramref name="text"/> joined by single spaces, with no space at either end: what
    /// <c>string.Join(' ', text.Split(null, RemoveEmptyEntries))</c> gives, without its arrays, and the text itself when
    /// it is already so.
    /// </summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
