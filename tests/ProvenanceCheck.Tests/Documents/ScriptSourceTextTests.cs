using AngleSharp.Html.Parser;
using ProvenanceCheck.Documents.Html;

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
    public void Json_ld_text_is_the_text_of_a_full_parse(string page)
    {
        var full = new HtmlParser().ParseDocument(page).QuerySelector("script")!.TextContent;
        var (parser, positions, _) = HtmlArticleReader.CreateParser(TimeSpan.FromHours(1));
        var script = parser.ParseDocument(page).QuerySelector("script")!;

        script.TextContent.ShouldBeEmpty();
        ScriptSourceText.Of(script, page, positions.Of(script)).ShouldBe(full);
    }
}
