namespace ProvenanceCheck.Policies;

/// <summary>A policy file's name (as shown in errors) and text.</summary>
/// <param name="Name">The path, or <c>default:rules/…</c> for the embedded set.</param>
/// <param name="Text">The YAML.</param>
public sealed record PolicyFile(string Name, string Text);
