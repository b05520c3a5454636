namespace ProvenanceCheck.Documents;

/// <summary>An input that cannot be read as an article: missing, empty, binary, badly encoded or too large.</summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
