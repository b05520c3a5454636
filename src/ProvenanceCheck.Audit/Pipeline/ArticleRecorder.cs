using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>Turns one source item into a stored record: decode, attach container metadata, check, flatten.</summary>
internal sealed class ArticleRecorder
{
    private const string Origin = "archive";

    /// <summary>SHA-256 over format, declared charset, container metadata and content: any change to what the checker sees changes it.</summary>
    public static string ContentHash(AuditItem item)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(item.Format.ToName() + "\n"));
        if (item.Charset is { } charset)
        {
            // Only when there is one, so the hashes of everything else stay as earlier stores recorded them.
            hash.AppendData(Encoding.UTF8.GetBytes($"charset={charset}\n"));
        }

        foreach (var (key, value) in item.Metadata)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{key}={value}\n"));
        }

        hash.AppendData(item.Content ?? []);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static ArticleRecord Failed(AuditItem item, string? contentHash, string reason, AuditPlan plan) => new()
    {
        Id = item.Id,
        Source = item.Source,
        Format = item.Format.ToName(),
        ContentHash = contentHash,
        PolicyHash = plan.DecisionHash,
        FailLevel = SeverityName(plan),
        Error = reason,
        MetadataJson = MetadataJson(item),
        Author = Field(item, "author"),
        Section = Field(item, "section"),
        Url = Field(item, "url"),
        Stamp = item.Stamp,
        StampedAt = item.StampedAt,
    };

    /// <summary>Checks the item; an input it cannot read becomes a record with the reason.</summary>
    /// <exception cref="Policies.PolicyException">The plan's policies or configuration have a mistake: the audit stops, it is not this article's fault.</exception>
    public static ArticleRecord Record(AuditItem item, string contentHash, AuditPlan plan)
    {
        var checker = plan.Checker;
        CheckResult result;
        try
        {
            var source = SourceDecoder.Decode(item.Content, item.Id, item.Format, charset: item.Charset);
            var article = checker.Read(source, item.Format, plan.Options.Reader);
            foreach (var (key, value) in item.Metadata)
            {
                article.Metadata.AddExternal(key, value, Origin);
            }

            result = checker.Check(article, plan.Options);
        }
        catch (InputException ex)
        {
            return Failed(item, contentHash, ex.Message, plan);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One pathological page must not end a ten-year audit: record it and go on.
            return Failed(item, contentHash, $"could not be checked: {ex.GetType().Name}: {ex.Message}", plan);
        }

        return ToRecord(item, contentHash, result, plan);
    }

    private static ArticleRecord ToRecord(AuditItem item, string contentHash, CheckResult result, AuditPlan plan)
    {
        var metadata = result.Article.Metadata;
        var published = metadata.Published ?? Field(item, "published");
        return new ArticleRecord
        {
            Id = item.Id,
            Source = item.Source,
            Format = item.Format.ToName(),
            ContentHash = contentHash,
            PolicyHash = plan.DecisionHash,
            FailLevel = SeverityName(plan),
            Title = metadata.Title ?? Field(item, "title"),
            Author = metadata.Authors.Count > 0 ? string.Join(", ", metadata.Authors) : null,
            Published = published,
            Month = Month(published) ?? Month(Field(item, "crawled")),
            Section = Field(item, "section") ?? metadata.Find("article:section")?.Value ?? metadata.Find("json-ld:articlesection")?.Value,
            Url = Field(item, "url") ?? metadata.Find("og:url")?.Value,
            MetadataJson = MetadataJson(item),
            Stamp = item.Stamp,
            StampedAt = item.StampedAt,
            Diagnostics = Diagnostics(result),
        };
    }

    // Suppressed findings are left out as check leaves them out of its counts; fingerprints are check's, so one baseline serves both.
    private static List<DiagnosticRecord> Diagnostics(CheckResult result)
    {
        var active = result.Diagnostics.Where(d => d.Suppression is null).ToList();
        var fingerprints = Fingerprinter.Compute(active);
        var records = new List<DiagnosticRecord>(active.Count);
        for (var i = 0; i < active.Count; i++)
        {
            var d = active[i];
            records.Add(new DiagnosticRecord
            {
                RuleId = d.Id,
                Severity = d.Severity.ToString().ToLowerInvariant(),
                Message = d.Message,
                Start = d.Span.Start,
                Length = d.Span.Length,
                Line = d.Location.Start.Line + 1,
                Column = d.Location.Start.Character + 1,
                EndLine = d.Location.End.Line + 1,
                EndColumn = d.Location.End.Character + 1,
                Text = d.Text,
                Sentence = d.Sentence,
                Fingerprint = fingerprints[i],
            });
        }

        return records;
    }

    private static string SeverityName(AuditPlan plan) => plan.FailLevel.ToString().ToLowerInvariant();

    /// <summary><c>yyyy-MM</c> of a date written in any common form, or null.</summary>
    internal static string? Month(string? date)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        var trimmed = date.Trim();
        return trimmed.Length >= 7 && char.IsDigit(trimmed[0]) && trimmed[4] == '-' && char.IsDigit(trimmed[5]) ? trimmed[..7] : null;
    }

    private static string? Field(AuditItem item, string key) =>
        item.Metadata.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value ? value : null;

    private static string? MetadataJson(AuditItem item) =>
        item.Metadata.Count == 0 ? null : JsonSerializer.Serialize(item.Metadata.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Last().Value));
}
