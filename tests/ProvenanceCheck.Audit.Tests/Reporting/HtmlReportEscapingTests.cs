using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Reporting;
using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Reporting;

[TestClass]
public sealed class HtmlReportEscapingTests
{
    [TestMethod]
    public void Archive_text_in_titles_authors_sections_and_sentences_cannot_inject_markup()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("feed.jsonl"),
            """{"id":"x<img src=x onerror=alert(1)>","content":"<p>A source close to the &lt;script&gt;alert(2)&lt;/script&gt; committee said the plan failed.</p>","title":"<script>alert(3)</script>","author":"<b onmouseover=alert(4)>Eve</b>","section":"</svg><script>alert(5)</script>"}""" + "\n");
        var db = temp.File("audit.db");
        new AuditRunner(TestCheckers.Default, new AuditOptions { DatabasePath = db, Jobs = 1 }).Run([temp.File("feed.jsonl")], new AuditProgress());

        using var store = AuditStore.Open(db);
        using var writer = new StringWriter();
        HtmlAuditReportWriter.Write(writer, AuditReportLoader.Load(store));
        var html = writer.ToString();

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("<b onmouseover", Case.Insensitive);
        html.ShouldContain("&lt;script&gt;alert(3)&lt;/script&gt;");
        html.ShouldContain("&lt;/svg&gt;&lt;script&gt;alert(5)");
    }
}
