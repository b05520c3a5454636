using System.Text.Encodings.Web;
using System.Text.Json;
using ProvenanceCheck.Extraction;

namespace ProvenanceCheck.Cli.Extraction;

/// <summary>Prints extraction results and extraction evals as text, JSON or JSON Lines.</summary>
internal static class ExtractionOutput
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteText(TextWriter output, IReadOnlyList<ExtractedArticle> articles)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            if (articles.Count > 1)
            {
                output.WriteLine((i > 0 ? "\n" : "") + "==> " + article.Path + " <==");
            }

            WriteField(output, "Title", article.Title);
            WriteField(output, "Byline", article.Byline);
            WriteField(output, "Published", article.Published);
            WriteField(output, "Language", article.Language);
            foreach (var note in article.Notes)
            {
                output.WriteLine("Note: " + note);
            }

            output.WriteLine();
            output.WriteLine(article.Text);
        }
    }

    public static void WriteJson(Stream output, IReadOnlyList<ExtractedArticle> articles)
    {
        using var writer = new Utf8JsonWriter(output, Indented);
        writer.WriteStartObject();
        writer.WriteStartArray("files");
        foreach (var article in articles)
        {
            WriteArticle(writer, article);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.Write("\n"u8);
    }

    public static void WriteJsonLines(Stream output, IReadOnlyList<ExtractedArticle> articles)
    {
        foreach (var article in articles)
        {
            using (var writer = new Utf8JsonWriter(output, Compact))
            {
                WriteArticle(writer, article);
            }

            output.Write("\n"u8);
        }
    }

    public static void WriteEvaluation(TextWriter output, ExtractionEvaluation evaluation)
    {
        output.WriteLine($"{"page",-36} {"precision",9} {"recall",9} {"F1",9}");
        foreach (var page in evaluation.Pages)
        {
            output.WriteLine($"{page.Name,-36} {page.Score.Precision,9:F3} {page.Score.Recall,9:F3} {page.Score.F1,9:F3}");
        }

        output.WriteLine($"{"mean over " + evaluation.Pages.Count + " pages",-36} {evaluation.Precision,9:F3} {evaluation.Recall,9:F3} {evaluation.F1,9:F3}");
    }

    public static void WriteEvaluationJson(Stream output, ExtractionEvaluation evaluation)
    {
        using var writer = new Utf8JsonWriter(output, Indented);
        writer.WriteStartObject();
        writer.WriteNumber("pages", evaluation.Pages.Count);
        writer.WriteNumber("precision", Math.Round(evaluation.Precision, 4));
        writer.WriteNumber("recall", Math.Round(evaluation.Recall, 4));
        writer.WriteNumber("f1", Math.Round(evaluation.F1, 4));
        writer.WriteStartArray("results");
        foreach (var page in evaluation.Pages)
        {
            writer.WriteStartObject();
            writer.WriteString("page", page.Name);
            writer.WriteNumber("precision", Math.Round(page.Score.Precision, 4));
            writer.WriteNumber("recall", Math.Round(page.Score.Recall, 4));
            writer.WriteNumber("f1", Math.Round(page.Score.F1, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.Write("\n"u8);
    }

    private static void WriteField(TextWriter output, string name, string? value)
    {
        if (value is not null)
        {
            output.WriteLine($"{name}: {value}");
        }
    }

    private static void WriteArticle(Utf8JsonWriter writer, ExtractedArticle article)
    {
        writer.WriteStartObject();
        writer.WriteString("path", article.Path);
        writer.WriteString("title", article.Title);
        writer.WriteString("byline", article.Byline);
        writer.WriteString("published", article.Published);
        writer.WriteString("language", article.Language);
        writer.WriteStartArray("notes");
        foreach (var note in article.Notes)
        {
            writer.WriteStringValue(note);
        }

        writer.WriteEndArray();
        writer.WriteString("text", article.Text);
        writer.WriteEndObject();
    }
}
