using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>One machine-readable field of an article: a meta tag, a JSON-LD property, a front-matter key or CMS metadata.</summary>
/// <param name="Key">The field name, lower case (<c>author</c>, <c>og:title</c>, <c>jsonld:datepublished</c>, <c>ai_assisted</c>).</param>
/// <param name="Value">The field's value as text.</param>
/// <param name="Origin">Where it came from: <c>meta</c>, <c>json-ld</c>, <c>front-matter</c>, <c>title</c>, <c>byline</c>, <c>cms</c>.</param>
/// <param name="SourceSpan">Where it stands in the original file (empty at offset 0 when it came from outside the file).</param>
public sealed record MetadataField(string Key, string Value, string Origin, TextSpan SourceSpan);
