using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Evaluation;

/// <summary>
/// Runs a policy set over labelled articles and scores it per family, matching per sentence:
/// a diagnostic counts for the labelled sentence it sits in (found by its text in the article's blocks).
/// </summary>
public sealed class LabelEvaluator(ArticleChecker checker)
{
    private static readonly string[] ControlLabels = ["casualty-sourced", "hearsay-explained"];

    /// <summary>Label files under the given files or folders (*.json), sorted.</summary>
    public static IReadOnlyList<string> FindLabelFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new InputException($"{path}: no such label file or folder");
            }
        }

        return files;
    }

    /// <summary>The family name under which the per-article disclosure classes are scored.</summary>
    public const string DisclosureFamily = "ai-disclosure";

    /// <summary>Evaluates the label files; with <paramref name="preferHtml"/>, a page's source.html is read in place of its expected.txt.</summary>
    public EvaluationReport Evaluate(IReadOnlyList<string> labelFiles, bool preferHtml = false)
    {
        var scores = EvaluationFamily.Defaults.ToDictionary(f => f.Name, f => new FamilyScore(f.Name));
        var disclosure = new FamilyScore(DisclosureFamily);
        var findings = new List<EvaluationFinding>();
        int disclosureCorrect = 0, disclosureTotal = 0, controls = 0, controlsFlagged = 0, articles = 0;
        foreach (var labelPath in labelFiles)
        {
            var labels = LabelFile.Load(labelPath);
            var articlePath = ArticlePath(labelPath, labels.Article, preferHtml);
            var format = ArticleFormatNames.FromPath(articlePath);
            var result = checker.Check(SourceDecoder.ReadFile(articlePath, format), format);
            articles++;
            var located = SentenceLocator.Locate(result.Article, labels.Sentences);
            foreach (var family in EvaluationFamily.Defaults)
            {
                ScoreFamily(family, result, located, scores[family.Name], findings, articlePath);
            }

            (controls, controlsFlagged) = CountControls(result, located, controls, controlsFlagged);
            if (labels.AiDisclosure is { } expected)
            {
                disclosureTotal++;
                var predicted = PredictedDisclosure(result);
                ScoreDisclosure(disclosure, expected, predicted);
                if (predicted == expected)
                {
                    disclosureCorrect++;
                }
                else
                {
                    findings.Add(new EvaluationFinding("disclosure", "ai-disclosure", articlePath, $"expected {expected}, got {predicted}", "PC1001/PC1002"));
                }
            }
        }

        return new EvaluationReport
        {
            Families = [.. scores.Values, disclosure],
            DisclosureCorrect = disclosureCorrect,
            DisclosureTotal = disclosureTotal,
            ControlSentences = controls,
            ControlSentencesFlagged = controlsFlagged,
            Articles = articles,
            Findings = findings,
        };
    }

    /// <summary>
    /// Per article, a flag is a disclosure diagnostic (PC1001 for none, PC1002 for hedged): right when it names the
    /// labelled class, a false alarm when it does not, a miss when a none or hedged article does not get its own.
    /// </summary>
    private static void ScoreDisclosure(FamilyScore score, string expected, string predicted)
    {
        var flagged = predicted != "specific";
        var shouldFlag = expected != "specific";
        if (flagged && predicted == expected)
        {
            score.TruePositives++;
            return;
        }

        if (flagged)
        {
            score.FalsePositives++;
        }

        if (shouldFlag)
        {
            score.FalseNegatives++;
        }
    }

    private static string ArticlePath(string labelPath, string article, bool preferHtml)
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labelPath))!, article));
        if (preferHtml && Path.GetFileName(path) == "expected.txt")
        {
            var html = Path.Combine(Path.GetDirectoryName(path)!, "source.html");
            if (File.Exists(html))
            {
                return html;
            }
        }

        return path;
    }

    private static void ScoreFamily(EvaluationFamily family, CheckResult result, List<LocatedLabel> located, FamilyScore score, List<EvaluationFinding> findings, string file)
    {
        var flagged = result.Diagnostics
            .Where(d => d.SentenceIndex >= 0 && family.Rules.Contains(d.Id))
            .GroupBy(d => d.SentenceIndex)
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(d => d.Id).Distinct()));
        var matched = new HashSet<int>();
        foreach (var label in located.Where(l => l.Labels.Contains(family.Label)))
        {
            var hits = label.SentenceIndexes.Where(flagged.ContainsKey).ToList();
            if (hits.Count > 0)
            {
                score.TruePositives++;
                matched.UnionWith(hits);
            }
            else
            {
                score.FalseNegatives++;
                findings.Add(new EvaluationFinding(label.SentenceIndexes.Count == 0 ? "not-found" : "miss", family.Name, file, label.Text, string.Join(",", family.Rules)));
            }
        }

        // A flagged sentence that overlaps a labelled one of the same family is not a false alarm, even if that label was already counted.
        var labelledIndexes = located.Where(l => l.Labels.Contains(family.Label)).SelectMany(l => l.SentenceIndexes).ToHashSet();
        foreach (var (index, rules) in flagged)
        {
            if (!matched.Contains(index) && !labelledIndexes.Contains(index))
            {
                score.FalsePositives++;
                findings.Add(new EvaluationFinding("false-alarm", family.Name, file, result.Article.Sentences[index].Text, rules));
            }
        }
    }

    private static (int Controls, int Flagged) CountControls(CheckResult result, List<LocatedLabel> located, int controls, int flagged)
    {
        var sentenceRules = result.Diagnostics.Where(d => d.SentenceIndex >= 0).Select(d => d.SentenceIndex).ToHashSet();
        foreach (var label in located.Where(l => l.Labels.Any(ControlLabels.Contains) && !l.Labels.Contains("hearsay") && !l.Labels.Contains("casualty-unsourced")))
        {
            controls++;
            if (label.SentenceIndexes.Any(sentenceRules.Contains))
            {
                flagged++;
            }
        }

        return (controls, flagged);
    }

    /// <summary>PC1001 means none, PC1002 means hedged, neither means specific.</summary>
    public static string PredictedDisclosure(CheckResult result) =>
        result.Diagnostics.Any(d => d.Id == "PC1001") ? "none" :
        result.Diagnostics.Any(d => d.Id == "PC1002") ? "hedged" : "specific";
}
