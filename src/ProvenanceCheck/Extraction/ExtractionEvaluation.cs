namespace ProvenanceCheck.Extraction;

/// <summary>The extraction eval over a folder of pages: every page's score and the averages.</summary>
/// <param name="Pages">One result per page, by name.</param>
public sealed record ExtractionEvaluation(IReadOnlyList<ExtractionPageResult> Pages)
{
    /// <summary>Mean precision over the pages.</summary>
    public double Precision => Pages.Count == 0 ? 0 : Pages.Average(p => p.Score.Precision);

    /// <summary>Mean recall over the pages.</summary>
    public double Recall => Pages.Count == 0 ? 0 : Pages.Average(p => p.Score.Recall);

    /// <summary>Mean F1 over the pages (the figure the target is set on).</summary>
    public double F1 => Pages.Count == 0 ? 0 : Pages.Average(p => p.Score.F1);
}
