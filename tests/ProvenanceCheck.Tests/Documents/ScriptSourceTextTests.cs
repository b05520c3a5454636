using AngleSharp.Html.Parser;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Documents;

/// <summary>Pages are parsed without script text; the JSON-LD read again from the source must be what a full parse gives.</summary>
[TestClass]
public sealed class ScriptSourceTextTests
{
    [TestMethod]
    [DataRow("<html><head><script type=\"application/ld+json\">{\"headline\": \"Harbour plan\"}</script></head><body><p>Text.</p></body></html>")]
    [DataRow("<html><head>\r\n<script type='application/ld+json'>\r\n{\"author\":\r\n {\"name\": \"Ruth Alvarez\"}}\r\n</SCRIPT >\r\n<meta name=x content=y></head><body><p>Text.</p></body></html>")]
    [DataRow("<html><head><script type=\"application/ld+json\">{\"note\": \"</scripts are not the end\"}</script/><link rel=x></head><body></body></html>")]
    [DataRow("<html><head><script type=\"application/ld+json\">{\"a\": \"<!--<script>\", \"b\": \"</script>\", \"c\": \"-->\"}</script></head><body><p>After.</p><script>var late = 1;</script></body></html>")]
    [DataRow("<html><body><p>Before.</p><script type=\"application/ld+json\">{\"headline\": \"Quay\"}")]
    [DataRow("<html><head><script data-note=\"a > b\" type=\"application/ld+json\">{\"headline\": \"Quay\"}</script></head><body></body></html>")]
    [DataRow("<html><head><script type=application/ld+json data-x='</script>'>{\"headline\": \"Quay\"}</script></head><body></body></html>")]
    [DataRow("<html><head><SCRIPT\ntype = \"application/ld+json\"/>{\"headline\": \"Quay &amp; pier\"}</script\n></head><body></body></html>")]
    [DataRow("<html><head><script type=\"application/ld+json\" =odd async>{\"headline\": \"Null \0 byte\"}</script></head><body></body></html>")]
    [DataRow("<html><head><script type=\"application/ld+json\">{\"headline\": \"Quay\"}</script\u00A0</script></head><body></body></html>")]
    [DataRow("<html><head><script type=\"application/ld+json\">{\"headline\": \"Quay\"}</script")]
    public void Json_ld_text_is_the_text_of_a_full_parse(string page)
    {
        var full = new HtmlParser().ParseDocument(page).QuerySelector("script")!.TextContent;
        var (parser, positions, _) = HtmlArticleReader.CreateParser(TimeSpan.FromHours(1));
        var script = parser.ParseDocument(page).QuerySelector("script")!;

        script.TextContent.ShouldBeEmpty();
        ScriptSourceText.Of(script, page, positions.Of(script)).ShouldBe(full);
    }

    [TestMethod]
    public void Every_json_ld_script_of_the_corpus_pages_reads_as_a_full_parse_does()
    {
        var (parser, positions, _) = HtmlArticleReader.CreateParser(TimeSpan.FromHours(1));
        var checkedScripts = 0;
        foreach (var path in Directory.GetFiles(Checkers.CorpusPath("pages"), "*.html", SearchOption.AllDirectories))
        {
            var page = File.ReadAllText(path);
            var full = new HtmlParser().ParseDocument(page).QuerySelectorAll("script[type='application/ld+json']");
            var scripts = parser.ParseDocument(page).QuerySelectorAll("script[type='application/ld+json']");
            scripts.Length.ShouldBe(full.Length, path);
            for (var i = 0; i < scripts.Length; i++)
            {
                ScriptSourceText.Of(scripts[i], page, positions.Of(scripts[i])).ShouldBe(full[i].TextContent, path);
                checkedScripts++;
            }
        }

        checkedScripts.ShouldBeGreaterThan(10);
    }
}
