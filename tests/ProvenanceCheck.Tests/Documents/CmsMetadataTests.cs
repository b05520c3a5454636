using System.Text.Json;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Documents;

[TestClass]
public sealed class CmsMetadataTests
{
    [TestMethod]
    [DataRow("aiAssisted", "ai_assisted")]
    [DataRow("publishedAt", "published_at")]
    [DataRow("author", "author")]
    [DataRow("AI-Assisted", "ai-assisted")]
    [DataRow("ai_assisted", "ai_assisted")]
    [DataRow("section2Name", "section2_name")]
    public void Keys_take_the_front_matter_form(string key, string expected) =>
        CmsMetadata.NormalizeKey(key).ShouldBe(expected);

    [TestMethod]
    public void Json_objects_flatten_like_front_matter()
    {
        var fields = CmsMetadata.FromJson("""{"author": ["Ann Lee", "Tom Reyes"], "aiAssisted": true, "wordCount": 812, "seo": {"metaTitle": "Storm"}, "note": null}""", "meta.json");

        fields.Select(f => $"{f.Key}={f.Value}").ShouldBe(["author=Ann Lee", "author=Tom Reyes", "ai_assisted=true", "word_count=812", "seo.meta_title=Storm"]);
    }

    [TestMethod]
    [DataRow("[1, 2]", "meta.json: metadata must be a JSON object, not an array")]
    [DataRow("{\"author\": ", "meta.json:1: metadata is not valid JSON")]
    [DataRow("{\"\\ud800\": 1}", "meta.json: a string holds a lone UTF-16 surrogate")]
    [DataRow("{\"aiAssisted\": false, \"author\": \"Ann Lee\", \"aiAssisted\": true}", "meta.json: metadata is not valid JSON (Duplicate property 'aiAssisted'")]
    public void Anything_but_an_object_is_refused_in_one_line(string json, string message)
    {
        var error = Should.Throw<InputException>(() => CmsMetadata.FromJson(json, "meta.json"));
        error.Message.ShouldStartWith(message);
        error.Message.ShouldNotContain("\n");
    }

    [TestMethod]
    public void Cms_fields_reach_the_article_and_the_rules()
    {
        const string Text = "Storm hits the coast\n\nThe harbour master, Tom Reyes, said the wall held.\n";
        using var json = JsonDocument.Parse("""{"author": "Ann Lee", "publishedAt": "2026-11-20", "aiAssisted": true}""");
        var options = new CheckOptions { Reader = new ReaderOptions { Metadata = CmsMetadata.FromJson(json.RootElement) } };

        var plain = Checkers.Default.Check(new SourceText(Text, "storm.txt"), ArticleFormat.Text);
        var withCms = Checkers.Default.Check(new SourceText(Text, "storm.txt"), ArticleFormat.Text, options);

        plain.Diagnostics.Select(d => d.Id).ShouldContain("PC4001");
        withCms.Diagnostics.Select(d => d.Id).ShouldNotContain("PC4001");
        withCms.Diagnostics.Select(d => d.Id).ShouldNotContain("PC4002");
        withCms.Article.Metadata.Authors.ShouldBe(["Ann Lee"]);
        var field = withCms.Article.Metadata.Find("ai_assisted").ShouldNotBeNull();
        field.Origin.ShouldBe(CmsMetadata.Origin);
        withCms.Diagnostics.Single(d => d.Id == "PC1005").Message.ShouldContain("ai_assisted: true");
    }
}
