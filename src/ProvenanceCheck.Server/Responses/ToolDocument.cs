namespace ProvenanceCheck.Server.Responses;

/// <summary>The tool that answered.</summary>
internal sealed record ToolDocument(string Name, string Version);
