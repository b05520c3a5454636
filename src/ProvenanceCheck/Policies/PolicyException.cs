namespace ProvenanceCheck.Policies;

/// <summary>A policy or configuration file with a mistake, reported as <c>file:line:col: error: message</c>.</summary>
public sealed class PolicyException : Exception
{
    /// <summary>Creates the exception for a place in a file (line and column are 1-based).</summary>
    public PolicyException(string file, int line, int column, string message)
        : base($"{file}:{line}:{column}: error: {message}")
    {
        File = file;
        Line = line;
        Column = column;
        Reason = message;
    }

    /// <summary>The file with the mistake.</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>The message without its location.</summary>
    public string Reason { get; }
}
