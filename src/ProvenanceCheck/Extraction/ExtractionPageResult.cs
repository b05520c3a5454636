namespace ProvenanceCheck.Extraction;

/// <summary>How well one page's extracted text matched its expected text.</summary>
/// <param name="Name">The page's folder name.</param>
/// <param name="Score">Shingle precision, recall and F1.</param>
/// <param name="Notes">The reader's notes for the page (not an article, no body, …).</param>
public sealed record ExtractionPageResult(string Name, ShingleScore Score, IReadOnlyList<string> Notes);
