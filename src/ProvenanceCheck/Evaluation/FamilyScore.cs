namespace ProvenanceCheck.Evaluation;

/// <summary>True and false positives and negatives of one family, with precision, recall and F1.</summary>
public sealed class FamilyScore(string name)
{
    /// <summary>The family.</summary>
    public string Name { get; } = name;

    /// <summary>Labelled sentences that were flagged.</summary>
    public int TruePositives { get; internal set; }

    /// <summary>Flagged sentences with no such label.</summary>
    public int FalsePositives { get; internal set; }

    /// <summary>Labelled sentences that were not flagged.</summary>
    public int FalseNegatives { get; internal set; }

    /// <summary>TP / (TP + FP); 1 when nothing was flagged.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was labelled.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
