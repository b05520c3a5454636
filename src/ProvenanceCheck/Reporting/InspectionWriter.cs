using System.Text.Encodings.Web;
using System.Text.Json;
using ProvenanceCheck.Analysis;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Reporting;

/// <summary>Writes the article tree and its facts for rule authors (<c>provcheck inspect</c>).</summary>
public static class InspectionWriter
{
    /// <summary>Writes the tree, sentences with positions, facts and metadata as JSON.</summary>
    public static void WriteJson(Stream output, ArticleFacts facts)
    {
        var article = facts.Article;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("path", article.Source.Path);
        writer.WriteString("format", article.Format.ToName());
        WriteMetadata(writer, article.Metadata);
        writer.WriteStartArray("notes");
        foreach (var note in article.Notes)
        {
            writer.WriteStringValue(note);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("blocks");
        foreach (var block in article.Blocks)
        {
            WriteBlock(writer, block, facts);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("disclosures");
        foreach (var disclosure in facts.Disclosures)
        {
            writer.WriteStartObject();
            writer.WriteNumber("sentence", disclosure.Sentence.Index);
            writer.WriteString("kind", disclosure.Kind.ToString().ToLowerInvariant());
            writer.WriteString("text", disclosure.Sentence.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a readable outline: one line per block and sentence, with facts beneath.</summary>
    public static void WriteText(TextWriter output, ArticleFacts facts)
    {
        var article = facts.Article;
        output.WriteLine($"{article.Source.Path} ({article.Format.ToName()})");
        output.WriteLine($"  title: {article.Metadata.Title}");
        output.WriteLine($"  authors: {string.Join(", ", article.Metadata.Authors)}");
        output.WriteLine($"  published: {article.Metadata.Published}");
        foreach (var note in article.Notes)
        {
            output.WriteLine($"  note: {note}");
        }

        foreach (var block in article.Blocks)
        {
            var at = article.Source.GetLinePosition(block.SourceSpan.Start);
            var level = block.Level > 0 ? block.Level.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            output.WriteLine($"[{block.Index}] {block.Kind}{level}{(block.Region == BlockRegion.Footer ? " (footer)" : "")} {at}");
            foreach (var sentence in block.Sentences)
            {
                output.WriteLine($"    {sentence.Index}: {sentence.Text}");
                foreach (var line in FactLines(facts[sentence]))
                {
                    output.WriteLine("        " + line);
                }
            }
        }

        foreach (var disclosure in facts.Disclosures)
        {
            output.WriteLine($"disclosure ({disclosure.Kind.ToString().ToLowerInvariant()}): sentence {disclosure.Sentence.Index}");
        }
    }

    private static IEnumerable<string> FactLines(SentenceFacts facts)
    {
        foreach (var number in facts.Numbers)
        {
            yield return $"number '{number.Text}' value={number.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "vague"} unit={number.Unit}{(number.IsAge ? " (age)" : "")}";
        }

        foreach (var attribution in facts.Attributions)
        {
            yield return $"attribution cue='{attribution.Cue}' source='{attribution.Source}' {attribution.Class.ToString().ToLowerInvariant()} ({attribution.Reason}){(attribution.AnonymityExplained ? " explained" : "")}";
        }

        foreach (var hedge in facts.Hedges)
        {
            yield return $"hedge '{hedge.Text}'{(hedge.IsCovered ? " covered by a named source" : "")}";
        }
    }

    private static void WriteMetadata(Utf8JsonWriter writer, ArticleMetadata metadata)
    {
        writer.WriteStartObject("metadata");
        writer.WriteString("title", metadata.Title);
        writer.WriteStartArray("authors");
        foreach (var author in metadata.Authors)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        writer.WriteString("published", metadata.Published);
        writer.WriteString("language", metadata.Language);
        writer.WriteStartArray("fields");
        foreach (var field in metadata.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("key", field.Key);
            writer.WriteString("value", field.Value);
            writer.WriteString("origin", field.Origin);
            writer.WriteNumber("offset", field.SourceSpan.Start);
            writer.WriteNumber("length", field.SourceSpan.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter writer, Block block, ArticleFacts facts)
    {
        var source = facts.Article.Source;
        writer.WriteStartObject();
        writer.WriteNumber("index", block.Index);
        writer.WriteString("kind", block.Kind.ToString().ToLowerInvariant());
        writer.WriteString("region", block.Region.ToString().ToLowerInvariant());
        if (block.Level > 0)
        {
            writer.WriteNumber("level", block.Level);
        }

        if (block.Marker is not null)
        {
            writer.WriteString("marker", block.Marker);
        }

        WritePosition(writer, source, block.SourceSpan);
        writer.WriteString("text", block.Text);
        writer.WriteStartArray("links");
        foreach (var link in block.Links)
        {
            writer.WriteStartObject();
            writer.WriteString("text", block.Text.Substring(link.Span.Start, link.Span.Length));
            writer.WriteString("target", link.Target);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sentences");
        foreach (var sentence in block.Sentences)
        {
            WriteSentence(writer, sentence, facts[sentence], source);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSentence(Utf8JsonWriter writer, Sentence sentence, SentenceFacts facts, SourceText source)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", sentence.Index);
        writer.WriteString("text", sentence.Text);
        WritePosition(writer, source, sentence.SourceSpan);
        writer.WriteStartArray("numbers");
        foreach (var number in facts.Numbers)
        {
            writer.WriteStartObject();
            writer.WriteString("text", number.Text);
            if (number.Value is { } value)
            {
                writer.WriteNumber("value", value);
            }

            writer.WriteBoolean("approximate", number.IsApproximate);
            writer.WriteBoolean("vague", number.IsVague);
            writer.WriteString("unit", number.Unit);
            writer.WriteBoolean("age", number.IsAge);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("attributions");
        foreach (var attribution in facts.Attributions)
        {
            writer.WriteStartObject();
            writer.WriteString("cue", attribution.Cue);
            writer.WriteString("source", attribution.Source);
            writer.WriteString("class", attribution.Class.ToString().ToLowerInvariant());
            writer.WriteString("form", attribution.Form.ToString());
            writer.WriteString("reason", attribution.Reason);
            writer.WriteBoolean("anonymityExplained", attribution.AnonymityExplained);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("hedges");
        foreach (var hedge in facts.Hedges)
        {
            writer.WriteStartObject();
            writer.WriteString("text", hedge.Text);
            writer.WriteBoolean("covered", hedge.IsCovered);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quotations");
        foreach (var quote in facts.Quotations)
        {
            writer.WriteStartObject();
            writer.WriteString("text", quote.Text);
            writer.WriteBoolean("direct", quote.IsDirect);
            writer.WriteString("speaker", quote.Speaker?.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, SourceText source, TextSpan span)
    {
        var position = source.GetLinePositionSpan(span);
        writer.WriteNumber("line", position.Start.Line + 1);
        writer.WriteNumber("column", position.Start.Character + 1);
        writer.WriteNumber("endLine", position.End.Line + 1);
        writer.WriteNumber("endColumn", position.End.Character + 1);
        writer.WriteNumber("offset", span.Start);
        writer.WriteNumber("length", span.Length);
    }
}
