using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProvenanceCheck.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as a table with every miss and false alarm, or as JSON.</summary>
public static class EvaluationReportWriter
{
    /// <summary>Writes the report for people.</summary>
    public static void WriteText(TextWriter output, EvaluationReport report)
    {
        output.WriteLine($"{report.Articles} articles");
        output.WriteLine();
        output.WriteLine($"{"family",-14} {"TP",5} {"FP",5} {"FN",5} {"precision",10} {"recall",8} {"F1",6}");
        foreach (var family in report.Families)
        {
            output.WriteLine($"{family.Name,-14} {family.TruePositives,5} {family.FalsePositives,5} {family.FalseNegatives,5} {F(family.Precision),10} {F(family.Recall),8} {F(family.F1),6}");
        }

        output.WriteLine($"{"",-14} ai-disclosure per article: accuracy {F(report.DisclosureAccuracy)} ({report.DisclosureCorrect}/{report.DisclosureTotal} articles)");
        output.WriteLine($"control sentences (casualty-sourced, hearsay-explained) with any diagnostic: {report.ControlSentencesFlagged}/{report.ControlSentences}");
        foreach (var group in report.Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine($"{group.Key} ({group.Count()})");
            foreach (var finding in group)
            {
                output.WriteLine($"  {finding.File}: [{finding.Family} {finding.Rules}] {finding.Sentence}");
            }
        }
    }

    /// <summary>Writes the report as one JSON document.</summary>
    public static void WriteJson(Stream output, EvaluationReport report)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteNumber("articles", report.Articles);
        writer.WriteStartObject("families");
        foreach (var family in report.Families)
        {
            writer.WriteStartObject(family.Name);
            writer.WriteNumber("tp", family.TruePositives);
            writer.WriteNumber("fp", family.FalsePositives);
            writer.WriteNumber("fn", family.FalseNegatives);
            writer.WriteNumber("precision", Math.Round(family.Precision, 4));
            writer.WriteNumber("recall", Math.Round(family.Recall, 4));
            writer.WriteNumber("f1", Math.Round(family.F1, 4));
            if (family.Name == LabelEvaluator.DisclosureFamily)
            {
                writer.WriteNumber("correct", report.DisclosureCorrect);
                writer.WriteNumber("total", report.DisclosureTotal);
                writer.WriteNumber("accuracy", Math.Round(report.DisclosureAccuracy, 4));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("controls");
        writer.WriteNumber("sentences", report.ControlSentences);
        writer.WriteNumber("flagged", report.ControlSentencesFlagged);
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", finding.Kind);
            writer.WriteString("family", finding.Family);
            writer.WriteString("file", finding.File);
            writer.WriteString("sentence", finding.Sentence);
            writer.WriteString("rules", finding.Rules);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
