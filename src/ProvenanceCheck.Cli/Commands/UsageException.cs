namespace ProvenanceCheck.Cli.Commands;

/// <summary>A command line that parses but asks for something impossible (an unknown rule id, say).</summary>
internal sealed class UsageException(string message) : Exception(message);
