using System.Text;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Audit.Tests.Infrastructure;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Tests.Sources;

[TestClass]
public sealed class SourceTests
{
    private static List<AuditItem> ReadAll(string path, SourceOptions? options = null) =>
        [.. SourceKinds.Open(path).Read(options ?? SourceOptions.Default, CancellationToken.None)];

    [TestMethod]
    public void Folder_walks_recursively_in_stable_order_and_honours_globs_and_ignore_files()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.Path, 6);
        File.WriteAllText(temp.File("notes.md"), "# Notes\n\nThe council met.\n");
        File.WriteAllBytes(temp.File("photo.jpg"), [0xFF, 0xD8, 0xFF]);
        Directory.CreateDirectory(temp.File("drafts"));
        File.WriteAllText(temp.File("drafts", "draft.html"), AuditFixtures.Page(99));
        File.WriteAllText(temp.File(".gitignore"), "drafts/\n");
        File.WriteAllText(temp.File("2023", ".provcheckignore"), "story-0003.html\n");

        var all = ReadAll(temp.Path);
        all.Select(i => Path.GetFileName(i.Id)).ShouldBe(["notes.md", "story-0000.html", "story-0001.html", "story-0002.html", "story-0004.html", "story-0005.html"], ignoreOrder: true);
        all.Select(i => i.Id).ShouldBe(all.Select(i => i.Id).OrderBy(i => i, StringComparer.Ordinal).ToList(), "folders and files are walked in ordinal order");
        all.Single(i => i.Id.EndsWith(".md", StringComparison.Ordinal)).Format.ShouldBe(ArticleFormat.Markdown);

        var included = ReadAll(temp.Path, new SourceOptions { Include = ["2023/01/*.html", "2023/02/*.html"], Exclude = ["**/story-0001.html"] });
        included.Select(i => Path.GetFileName(i.Id)).ShouldBe(["story-0000.html"]);
    }

    [TestMethod]
    public void Folder_does_not_enter_linked_folders_so_a_loop_repeats_nothing_but_reads_linked_files()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 2);
        File.WriteAllText(temp.File("elsewhere.html"), AuditFixtures.Page(9));
        Directory.CreateSymbolicLink(temp.File("site", "loop"), ".");
        Directory.CreateSymbolicLink(temp.File("site", "zz-copy"), temp.File("site", "2023"));
        File.CreateSymbolicLink(temp.File("site", "linked.html"), temp.File("elsewhere.html"));

        var ids = ReadAll(site).Select(i => i.Id).ToList();

        ids.Count.ShouldBe(3, string.Join(", ", ids));
        ids.ShouldContain("site/linked.html");
        ids.ShouldNotContain(id => id.Contains("loop", StringComparison.Ordinal) || id.Contains("zz-copy", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Zip_entries_are_streamed_with_archive_ids_and_unsafe_or_oversized_entries_become_input_errors()
    {
        using var temp = new TempFolder();
        var zip = temp.File("archive.zip");
        AuditFixtures.WriteZip(zip,
        [
            ("2023/a.html", Encoding.UTF8.GetBytes(AuditFixtures.Page(1))),
            ("2023/b.md", "# B\n\nThe council met.\n"u8.ToArray()),
            ("../escape.html", Encoding.UTF8.GetBytes(AuditFixtures.Page(2))),
            ("big.html", new byte[3 * 1024 * 1024]),
            ("image.png", [1, 2, 3]),
        ]);

        var items = ReadAll(zip, new SourceOptions { MaxArticleBytes = 1024 * 1024 });

        items.Select(i => i.Id).ShouldBe(["archive.zip!/../escape.html", "archive.zip!/2023/a.html", "archive.zip!/2023/b.md", "archive.zip!/big.html"]);
        items[0].Error.ShouldNotBeNull().ShouldContain("unsafe entry path");
        items[1].Content.ShouldNotBeNull();
        items[1].Format.ShouldBe(ArticleFormat.Html);
        items[2].Format.ShouldBe(ArticleFormat.Markdown);
        items[3].Error.ShouldNotBeNull().ShouldContain("inflates to more than");
        Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).ShouldBe([zip], "nothing is extracted to disk");
    }

    [TestMethod]
    public void Zip_total_inflated_size_is_capped()
    {
        using var temp = new TempFolder();
        var zip = temp.File("bomb.zip");
        AuditFixtures.WriteZip(zip, Enumerable.Range(0, 8).Select(i => ($"e{i}.txt", new byte[600 * 1024])));

        var items = ReadAll(zip, new SourceOptions { MaxArticleBytes = 1024 * 1024, MaxArchiveBytes = 2 * 1024 * 1024 });

        items.Count.ShouldBeLessThan(8);
        items[^1].Error.ShouldNotBeNull().ShouldContain("inflates to more than");
    }

    [TestMethod]
    public void Corrupt_zip_is_one_input_error()
    {
        using var temp = new TempFolder();
        var zip = temp.File("broken.zip");
        File.WriteAllText(zip, "this is not a zip archive");

        var item = ReadAll(zip).ShouldHaveSingleItem();
        item.Error.ShouldNotBeNull().ShouldContain("not a readable zip archive");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Warc_response_records_with_html_become_articles_and_other_records_are_skipped(bool gzip)
    {
        using var temp = new TempFolder();
        var records = new List<byte[]>
        {
            AuditFixtures.WarcRecord("warcinfo", null, "2024-03-01T10:00:00Z", "software: test\r\n"u8.ToArray(), "application/warc-fields"),
            AuditFixtures.WarcRecord("request", "https://news.example/a", "2024-03-01T10:00:01Z", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            AuditFixtures.WarcRecord("response", "https://news.example/a", "2024-03-01T10:00:01Z", AuditFixtures.HttpResponse("text/html; charset=utf-8", AuditFixtures.Page(3)), "application/http; msgtype=response"),
            AuditFixtures.WarcRecord("response", "https://news.example/logo.png", "2024-03-01T10:00:02Z", AuditFixtures.HttpResponse("image/png", "PNG"), "application/http; msgtype=response"),
            AuditFixtures.WarcRecord("response", "https://news.example/missing", "2024-03-01T10:00:03Z", AuditFixtures.HttpResponse("text/html", "<p>gone</p>", status: 404), "application/http; msgtype=response"),
            AuditFixtures.WarcRecord("response", "https://news.example/b", "2024-03-02T08:30:00Z", AuditFixtures.HttpResponse("text/html", AuditFixtures.Page(4), chunked: true), "application/http; msgtype=response"),
            AuditFixtures.WarcRecord("metadata", "https://news.example/b", "2024-03-02T08:30:00Z", "via: test\r\n"u8.ToArray(), "application/warc-fields"),
        };
        var path = temp.File(gzip ? "crawl.warc.gz" : "crawl.warc");
        File.WriteAllBytes(path, gzip ? AuditFixtures.GzipMembers(records) : [.. records.SelectMany(r => r)]);

        var items = ReadAll(path);

        items.Select(i => i.Id).ShouldBe(["https://news.example/a@2024-03-01T10:00:01Z", "https://news.example/b@2024-03-02T08:30:00Z"]);
        items.ShouldAllBe(i => i.Error == null && i.Format == ArticleFormat.Html);
        Encoding.UTF8.GetString(items[1].Content!).ShouldBe(AuditFixtures.Page(4), "chunked transfer encoding is undone");
        items[0].Metadata.ShouldContain(new KeyValuePair<string, string>("url", "https://news.example/a"));
        items[0].Metadata.ShouldContain(new KeyValuePair<string, string>("crawled", "2024-03-01T10:00:01Z"));
    }

    [TestMethod]
    public void Truncated_warc_ends_with_an_input_error()
    {
        using var temp = new TempFolder();
        var record = AuditFixtures.WarcRecord("response", "https://news.example/a", "2024-03-01T10:00:01Z", AuditFixtures.HttpResponse("text/html", AuditFixtures.Page(3)), "application/http");
        var path = temp.File("cut.warc");
        File.WriteAllBytes(path, [.. record, .. "WARC/1.1\r\nWARC-Type: response\r\n\r\n"u8]);

        var items = ReadAll(path);

        items.Count.ShouldBe(2);
        items[0].Error.ShouldBeNull();
        items[1].Error.ShouldNotBeNull().ShouldContain("Content-Length");
    }

    [TestMethod]
    public void Wxr_posts_and_pages_become_articles_with_author_date_and_categories()
    {
        using var temp = new TempFolder();
        var path = temp.File("export.xml");
        File.WriteAllText(path, AuditFixtures.Wxr(
        [
            AuditFixtures.WxrItem(12, "post", "Mill vote delayed", "Ada Brennan", "2022-05-04 09:30:00", AuditFixtures.Body(3), "Local", "Planning"),
            AuditFixtures.WxrItem(13, "attachment", "photo", "Ada Brennan", "2022-05-04 09:31:00", "x"),
            AuditFixtures.WxrItem(14, "page", "About us", "Tomas Quill", "2021-01-01 00:00:00", "<p>We report on Elmsworth.</p>"),
        ]));

        var items = ReadAll(path);

        items.Select(i => i.Id).ShouldBe(["export.xml#post-12", "export.xml#post-14"]);
        var post = items[0];
        post.Metadata.ShouldContain(new KeyValuePair<string, string>("author", "Ada Brennan"));
        post.Metadata.ShouldContain(new KeyValuePair<string, string>("published", "2022-05-04T09:30:00Z"));
        post.Metadata.ShouldContain(new KeyValuePair<string, string>("section", "Local"));
        post.Metadata.ShouldContain(new KeyValuePair<string, string>("categories", "Local, Planning"));
        Encoding.UTF8.GetString(post.Content!).ShouldContain("A source close to the planning committee");
    }

    [TestMethod]
    public void A_wxr_post_over_the_limit_is_an_input_error_and_the_posts_after_it_are_read()
    {
        using var temp = new TempFolder();
        var path = temp.File("export.xml");
        var huge = "<p>" + new string('x', 300_000) + "</p>";
        var item = AuditFixtures.WxrItem(2, "post", "Long", "Ada Brennan", "2022-05-04 09:30:00", huge);
        // A comment nested in the post: skipped, and it must not end the post early.
        item = item.Replace("</item>", "<wp:comment><wp:comment_id>7</wp:comment_id><wp:comment_content><![CDATA[Nice.]]></wp:comment_content></wp:comment></item>", StringComparison.Ordinal);
        File.WriteAllText(path, AuditFixtures.Wxr(
        [
            AuditFixtures.WxrItem(1, "post", "Short", "Ada Brennan", "2022-05-04 09:30:00", "<p>The council met.</p>"),
            item,
            AuditFixtures.WxrItem(3, "post", "After", "Tomas Quill", "2022-05-05 09:30:00", "<p>The mill reopened.</p>", "Local"),
        ]));

        var items = ReadAll(path, SourceOptions.Default with { MaxArticleBytes = 100_000 });

        items.Select(i => i.Id).ShouldBe(["export.xml#post-1", "export.xml#post-2", "export.xml#post-3"]);
        items[1].Error.ShouldBe("post is over the 100000-byte limit (content:encoded)");
        items[1].Content.ShouldBeNull();
        items[2].Error.ShouldBeNull();
        items[2].Metadata.ShouldContain(new KeyValuePair<string, string>("section", "Local"));
        Encoding.UTF8.GetString(items[2].Content!).ShouldContain("The mill reopened.");
    }

    [TestMethod]
    public void Wxr_with_a_dtd_is_refused_and_no_entity_is_expanded()
    {
        using var temp = new TempFolder();
        var secret = temp.File("secret.txt");
        File.WriteAllText(secret, "TOP-SECRET");
        var path = temp.File("evil.xml");
        File.WriteAllText(path, AuditFixtures.Wxr(
            [AuditFixtures.WxrItem(1, "post", "&xxe;", "A", "2022-01-01 00:00:00", "<p>Body</p>")],
            prolog: $"<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{secret}\">]>\n"));

        var item = ReadAll(path).ShouldHaveSingleItem();

        item.Error.ShouldNotBeNull().ShouldContain("DTD");
        item.Content.ShouldBeNull();
    }

    [TestMethod]
    public void Json_lines_give_ids_formats_and_metadata_and_bad_lines_are_input_errors()
    {
        using var temp = new TempFolder();
        var path = temp.File("feed.jsonl");
        File.WriteAllLines(path,
        [
            """{"id":"cms-1","content":"<p>The council met.</p>","format":"html","url":"https://news.example/1","author":"Ada Brennan","published":"2023-02-03","section":"Local","metadata":{"ai_assisted":"false","desk":"city"}}""",
            "",
            """{"content":"# Title\n\nThe council met.","format":"md"}""",
            """{"id":"cms-3","content":"x","format":"docx"}""",
            """{"id":"cms-4"}""",
            """{"id":"cms-5","content":""",
            """{"id":"cms-6","content":123}""",
            """{"id":"cms-7","content":["<p>a</p>"]}""",
            """{"id":"cms-8","content":"<p>Officials said 4 died.</p>","format":"html","content":"<p>The council met.</p>"}""",
        ]);

        var items = ReadAll(path);

        items.Select(i => i.Id).ShouldBe(["cms-1", $"{Path.GetFileName(path)}#L3", "cms-3", "cms-4", $"{Path.GetFileName(path)}#L6", "cms-6", "cms-7", $"{Path.GetFileName(path)}#L9"]);
        items[0].Metadata.ShouldContain(new KeyValuePair<string, string>("author", "Ada Brennan"));
        items[0].Metadata.ShouldContain(new KeyValuePair<string, string>("desk", "city"));
        items[1].Format.ShouldBe(ArticleFormat.Markdown);
        items[2].Error.ShouldNotBeNull().ShouldContain("unknown format 'docx'");
        items[3].Error.ShouldNotBeNull().ShouldContain("no 'content'");
        items[4].Error.ShouldNotBeNull().ShouldContain("malformed JSON");
        // A number is no article: checked as the text "123" it would count as a clean one.
        items[5].Error.ShouldNotBeNull().ShouldContain("no 'content' string");
        items[6].Error.ShouldNotBeNull().ShouldContain("no 'content' string");
        // Two contents: which one is the article is not the reader's guess to make (it was the last).
        items[7].Error.ShouldNotBeNull().ShouldContain("Duplicate property 'content'");
    }

    [TestMethod]
    public void A_json_line_with_a_lone_surrogate_is_an_input_error_and_the_lines_after_it_are_read()
    {
        using var temp = new TempFolder();
        var path = temp.File("feed.jsonl");
        File.WriteAllLines(path,
        [
            """{"id":"a","content":"<p>The council met.</p>"}""",
            """{"id":"b","content":"<p>Cut emoji \ud83d here.</p>"}""",
            """{"id":"c","content":"<p>It met again.</p>"}""",
        ]);

        var items = ReadAll(path);

        items.Select(i => i.Id).ShouldBe(["a", "feed.jsonl#L2", "c"]);
        items[1].Error.ShouldNotBeNull().ShouldContain("lone UTF-16 surrogate");
    }

    [TestMethod]
    public void A_json_line_over_the_limit_is_an_input_error_and_the_lines_after_it_are_read()
    {
        using var temp = new TempFolder();
        var path = temp.File("feed.jsonl");
        var huge = $$"""{"id":"huge","content":"{{new string('x', 300_000)}}"}""";
        File.WriteAllText(path, $$"""{"id":"a","content":"<p>The council met.</p>"}""" + "\r\n" + huge + "\n\n" + """{"id":"c","content":"<p>It met again.</p>"}""");

        var items = ReadAll(path, SourceOptions.Default with { MaxArticleBytes = 100_000 });

        items.Select(i => i.Id).ShouldBe(["a", "feed.jsonl#L2", "c"]);
        items[1].Error.ShouldBe("line is over the 100000-byte limit");
        items[0].Error.ShouldBeNull();
        items[2].Error.ShouldBeNull("the last line has no line end");
        Encoding.UTF8.GetString(items[0].Content!).ShouldBe("<p>The council met.</p>", "the CR of a CRLF line end is not content");
    }

    [TestMethod]
    public void A_warc_page_is_read_in_the_charset_its_http_header_names()
    {
        using var temp = new TempFolder();
        var page = "<html><body><article><p>The mayor will resign, according to a source at the Café Rouge.</p></article></body></html>";
        var latin1 = Encoding.Latin1.GetBytes(page);
        var response = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nContent-Length: {latin1.Length}\r\n\r\n");
        var unknown = AuditFixtures.HttpResponse("text/html; charset=x-no-such-charset", page);
        File.WriteAllBytes(temp.File("crawl.warc.gz"), AuditFixtures.GzipMembers(
        [
            AuditFixtures.WarcRecord("response", "https://news.example/latin", "2009-03-01T00:00:00Z", [.. response, .. latin1], "application/http"),
            AuditFixtures.WarcRecord("response", "https://news.example/unknown", "2009-03-02T00:00:00Z", unknown, "application/http"),
        ]));
        var db = temp.File("audit.db");

        var summary = new ProvenanceCheck.Audit.Pipeline.AuditRunner(TestCheckers.Default, new ProvenanceCheck.Audit.Pipeline.AuditOptions { DatabasePath = db, Jobs = 1 })
            .Run([temp.File("crawl.warc.gz")], new ProvenanceCheck.Audit.Pipeline.AuditProgress());

        summary.Errors.ShouldBe(0, "a charset label nobody can read is ignored, as browsers do, and the page is read as UTF-8");
        summary.Checked.ShouldBe(2);
        StoreDump.Text(db, "SELECT text FROM diagnostics WHERE article_id = 'https://news.example/latin@2009-03-01T00:00:00Z' AND rule_id = 'PC3001'")
            .ShouldBe("a source at the Café Rouge");
    }

    [TestMethod]
    public void Unwanted_ids_are_not_read()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.Path, 10);
        var asked = new List<string>();

        var items = ReadAll(temp.Path, new SourceOptions { Wanted = id => { asked.Add(id); return id.EndsWith("5.html", StringComparison.Ordinal); } });

        asked.Count.ShouldBe(10);
        items.ShouldHaveSingleItem().Id.ShouldEndWith("story-0005.html");
    }
}
