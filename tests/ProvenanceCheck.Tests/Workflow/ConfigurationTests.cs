using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class ConfigurationTests
{
    /// <summary>A newsroom's own policy: one rule and one setting of its own.</summary>
    private const string DeskPolicy = """
        policy: night-desk
        settings:
          desk-signature: "Checked by the night desk."
        rules:
          - id: DESK1
            title: Loaded verb
            message: "Avoid '{text}'"
            kind: forbid
            options: {match: {phrases: [slammed]}}
        """;

    private const string DeskArticle = """
        Council approves new bridge

        The mayor {|DESK1:slammed|} the old plan on Tuesday.

        {|PC3001:Sources|} said the work would start in spring.

        """;

    /// <summary>Opinion pieces get PC3001 as info, HTML pages as error; the later override wins where both match.</summary>
    private const string OpinionAndHtmlOverrides = """
        root: true
        overrides:
          - files: ["opinion/**"]
            rules: {PC3001: info}
          - files: ["**/*.html"]
            rules: {PC3001: error}
        """;

    private static Severity? SeverityOf(string path, string id) =>
        ConfiguredCheck.Check(path).Active.FirstOrDefault(d => d.Id == id)?.Severity;

    /// <summary>
    /// Writes the markup's plain article to <paramref name="path"/>, checks it with the configuration found for it,
    /// and asserts that the active diagnostics of <paramref name="rules"/> are exactly the marked spans.
    /// </summary>
    private static void VerifyFile(string path, string markup, params string[] rules)
    {
        var (text, expected) = ArticleMarkup.Parse(markup);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);

        var actual = ConfiguredCheck.Check(path).Active
            .Where(d => rules.Contains(d.Id)).Select(d => (d.Id, d.Span)).OrderBy(d => d.Span.Start).ThenBy(d => d.Id);

        actual.ShouldBe(expected.Where(e => rules.Contains(e.Id)).OrderBy(e => e.Span.Start).ThenBy(e => e.Id));
    }

    /// <summary>The article with the marks of <paramref name="dropped"/> removed: those rules must not report there.</summary>
    private static string Without(string markup, string dropped) =>
        System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|" + dropped + @":([^|]*)\|\}", "$1");

    [TestMethod]
    public void Policies_key_loads_the_named_policy_beside_the_default_rules_for_that_folder_only()
    {
        using var tree = new TempTree();
        tree.Write("desk/desk.yaml", DeskPolicy);
        tree.Write("news/.provcheck.yaml", "root: true\npolicies: [../desk/desk.yaml]\n");
        tree.Write("sport/.provcheck.yaml", "root: true\n");

        VerifyFile(tree.PathOf("news/story.txt"), DeskArticle, "DESK1", "PC3001");
        VerifyFile(tree.PathOf("sport/story.txt"), Without(DeskArticle, "DESK1"), "DESK1", "PC3001");
    }

    [TestMethod]
    public void Policies_key_accepts_a_folder_of_policies()
    {
        using var tree = new TempTree();
        tree.Write("house-rules/desk.yaml", DeskPolicy);
        tree.Write(".provcheck.yaml", "root: true\npolicies: house-rules\n");

        VerifyFile(tree.PathOf("story.txt"), DeskArticle, "DESK1", "PC3001");
    }

    [TestMethod]
    public void Default_rules_false_leaves_only_the_named_policies_and_a_nearer_true_turns_them_back_on()
    {
        using var tree = new TempTree();
        tree.Write("desk.yaml", DeskPolicy);
        tree.Write(".provcheck.yaml", "root: true\ndefault-rules: false\npolicies: [desk.yaml]\n");
        tree.Write("wire/.provcheck.yaml", "default-rules: true\n");

        VerifyFile(tree.PathOf("story.txt"), Without(DeskArticle, "PC3001"), "DESK1", "PC3001");
        VerifyFile(tree.PathOf("wire/story.txt"), DeskArticle, "DESK1", "PC3001");
        ConfiguredCheck.Plan(tree.PathOf("story.txt")).Checker.Policies.FindRule("PC1001").ShouldBeNull();
    }

    [TestMethod]
    public void Settings_are_checked_against_the_settings_of_the_policies_that_load()
    {
        using var tree = new TempTree();
        tree.Write("desk.yaml", DeskPolicy);
        var config = tree.Write(".provcheck.yaml", """
            root: true
            policies: [desk.yaml]
            settings:
              desk-signature: "Edited overnight."
              house-disclosure: "No AI tools were used for this story."
            """);
        tree.Write("wire/.provcheck.yaml", "default-rules: false\n");
        var story = tree.Write("story.txt", WorkflowArticles.WindowText);
        var wire = tree.Write("wire/story.txt", WorkflowArticles.WindowText);

        var settings = ConfiguredCheck.Plan(story).Settings;
        settings["desk-signature"].ShouldBe("Edited overnight.");
        settings["house-disclosure"].ShouldBe("No AI tools were used for this story.");

        var error = Should.Throw<PolicyException>(() => ConfiguredCheck.Plan(wire));
        (error.File, error.Line, error.Column).ShouldBe((config, 5, 3));
        error.Reason.ShouldBe("unknown setting 'house-disclosure' (known settings: desk-signature)", "without the default rules nothing declares house-disclosure");
    }

    [TestMethod]
    public void Without_configuration_rules_keep_their_own_severity()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var article = tree.Write("story.md", WorkflowArticles.Markdown);

        SeverityOf(article, "PC3001").ShouldBe(Severity.Warning);
        SeverityOf(article, "PC2001").ShouldBe(Severity.Warning);
    }

    [TestMethod]
    public void Rule_severity_none_turns_the_rule_off()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC3001: none\n");
        var article = tree.Write("story.md", WorkflowArticles.Markdown);

        SeverityOf(article, "PC3001").ShouldBeNull();
        SeverityOf(article, "PC2001").ShouldBe(Severity.Warning);
    }

    [TestMethod]
    public void Category_severity_applies_to_its_rules_and_a_rule_id_beats_it_whatever_the_order()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC2001: info\n  category:Sourcing: error\n");
        var article = tree.Write("story.md", WorkflowArticles.Markdown);

        SeverityOf(article, "PC3001").ShouldBe(Severity.Error);
        SeverityOf(article, "PC2001").ShouldBe(Severity.Info);
    }

    [TestMethod]
    public void A_nearer_file_wins_over_a_parent_and_root_true_stops_the_search()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC3001: error\n  PC2001: error\n");
        tree.Write("news/.provcheck.yaml", "rules:\n  PC3001: info\n");
        tree.Write("archive/.provcheck.yaml", "root: true\nrules:\n  PC3001: none\n");
        var news = tree.Write("news/story.md", WorkflowArticles.Markdown);
        var archive = tree.Write("archive/story.md", WorkflowArticles.Markdown);

        SeverityOf(news, "PC3001").ShouldBe(Severity.Info);
        SeverityOf(news, "PC2001").ShouldBe(Severity.Error, "the parent's setting still applies where the child says nothing");
        SeverityOf(archive, "PC3001").ShouldBeNull();
        SeverityOf(archive, "PC2001").ShouldBe(Severity.Warning, "root: true in archive/ hides the parent file");
    }

    [TestMethod]
    public void Overrides_apply_by_glob_and_later_overrides_win()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", OpinionAndHtmlOverrides);
        var opinionMd = tree.Write("opinion/column.md", WorkflowArticles.Markdown);
        var opinionHtml = tree.Write("opinion/column.html", WorkflowArticles.Html);
        var news = tree.Write("news/story.md", WorkflowArticles.Markdown);

        SeverityOf(opinionMd, "PC3001").ShouldBe(Severity.Info);
        SeverityOf(opinionHtml, "PC3001").ShouldBe(Severity.Error);
        SeverityOf(news, "PC3001").ShouldBe(Severity.Warning);
    }

    [TestMethod]
    public void The_policy_hash_from_the_files_is_the_hash_of_the_compiled_policy_set()
    {
        using var tree = new TempTree();
        var desk = tree.Write("desk/desk.yaml", DeskPolicy);
        var factory = new ServiceCollection().AddProvenanceCheck().BuildServiceProvider().GetRequiredService<CheckerFactory>();
        PolicySelection[] selections = [new(true, [], []), new(true, [desk], []), new(false, [desk], [])];

        var fromFiles = selections.Select(factory.PolicyHash).ToList();
        var compiled = selections.Select(s => factory.Get(s).Policies.Hash).ToList();

        fromFiles.ShouldBe(compiled);
        fromFiles.Distinct().Count().ShouldBe(3);
    }

    [TestMethod]
    public void One_resolver_shares_a_configuration_only_between_files_of_a_folder_that_the_same_sections_apply_to()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", OpinionAndHtmlOverrides);
        var resolver = new ConfigResolver();

        var column = resolver.Resolve(tree.Write("opinion/column.md", WorkflowArticles.Markdown));
        var letter = resolver.Resolve(tree.Write("opinion/letter.md", WorkflowArticles.Markdown));
        var page = resolver.Resolve(tree.Write("opinion/column.html", WorkflowArticles.Html));
        var news = resolver.Resolve(tree.Write("news/story.md", WorkflowArticles.Markdown));

        letter.ShouldBeSameAs(column, "the same folder and the same sections: one merged configuration");
        page.ShouldNotBeSameAs(column, "the *.html override applies to this file only");
        news.ShouldNotBeSameAs(column);
        column.Severities["PC3001"].Value.ShouldBe("info");
        page.Severities["PC3001"].Value.ShouldBe("error");
        news.Severities.ContainsKey("PC3001").ShouldBeFalse();
    }

    [TestMethod]
    public void Editorconfig_sections_set_severities_and_provcheck_yaml_beats_them()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", """
            root = true

            [*.md]
            provcheck_diagnostic.PC3001.severity = error
            provcheck_diagnostic.PC2001.severity = none

            [*.html]
            provcheck_diagnostic.category-Sourcing.severity = info
            """);
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC2001: info\n");
        var markdown = tree.Write("story.md", WorkflowArticles.Markdown);
        var html = tree.Write("story.html", WorkflowArticles.Html);

        SeverityOf(markdown, "PC3001").ShouldBe(Severity.Error);
        SeverityOf(markdown, "PC2001").ShouldBe(Severity.Info, ".provcheck.yaml is applied after .editorconfig");
        SeverityOf(html, "PC3001").ShouldBe(Severity.Info);
    }

    [TestMethod]
    public void An_explicit_config_replaces_discovery()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC3001: none\n");
        var explicitConfig = tree.Write("other/strict.yaml", "rules:\n  PC3001: error\n");
        var article = tree.Write("story.md", WorkflowArticles.Markdown);

        var result = ConfiguredCheck.Check(article, explicitConfig);

        result.Active.Single(d => d.Id == "PC3001").Severity.ShouldBe(Severity.Error);
    }

    [TestMethod]
    public void Rule_options_from_config_replace_the_rules_own_options()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        tree.Write("strict/.provcheck.yaml", "options:\n  PC2001: {window: 0}\n");
        var lenient = tree.Write("story.txt", WorkflowArticles.WindowText);
        var strict = tree.Write("strict/story.txt", WorkflowArticles.WindowText);

        ConfiguredCheck.Check(lenient).Active.ShouldNotContain(d => d.Id == "PC2001", "the default window of 1 reaches the governor's sentence");
        ConfiguredCheck.Check(strict).Active.Count(d => d.Id == "PC2001").ShouldBe(1);
    }

    [TestMethod]
    public void Fail_on_and_suppression_reasons_come_from_config()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nfail-on: error\nrequire-suppression-reasons: true\n");
        var article = tree.Write("story.md", WorkflowArticles.Markdown);

        var plan = ConfiguredCheck.Plan(article);

        plan.FailLevel.ShouldBe(Severity.Error);
        plan.Options.RequireSuppressionReasons.ShouldBeTrue();
    }

    [TestMethod]
    public void Command_line_fail_on_beats_config()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nfail-on: error\n");
        var article = tree.Write("story.md", WorkflowArticles.Markdown);

        var plan = ConfiguredCheck.Checker(options: new ConfiguredCheckerOptions { FailOn = Severity.Info }).Plan(article, new Checking.CheckOptions());

        plan.FailLevel.ShouldBe(Severity.Info);
    }

    [TestMethod]
    [DataRow("root: true\nrules:\n  PC3001: loud\n", 3, 11, "severity of PC3001")]
    [DataRow("root: true\nrulez: {}\n", 2, 1, "unknown key 'rulez'")]
    [DataRow("root: true\nrules:\n  PC9999: error\n", 3, 3, "names no loaded rule")]
    [DataRow("root: true\noptions:\n  PC2001: {window: 99}\n", 3, 20, "'window' must be between")]
    [DataRow("root: true\noverrides:\n  - rules: {PC3001: info}\n", 3, 5, "needs 'files'")]
    [DataRow("root: true\nrules: [PC3001\n", 3, 1, "")]
    [DataRow("root: true\nsettings:\n  house-disclosur: \"x\"\n", 3, 3, "unknown setting 'house-disclosur' (known settings: house-disclosure)")]
    [DataRow("root: true\noverrides:\n  - files: [\"**\"]\n    settings: {house-disclosur: x}\n", 4, 16, "unknown setting 'house-disclosur'")]
    [DataRow("root: true\npolicies: [nope.yaml]\n", 2, 12, "policy 'nope.yaml' not found")]
    [DataRow("root: true\npolicies:\n  - rules\n  - nope.yaml\n", 4, 5, "policy 'nope.yaml' not found")]
    public void Invalid_config_is_reported_at_file_line_and_column(string yaml, int line, int column, string fragment)
    {
        using var tree = new TempTree();
        var config = tree.Write(".provcheck.yaml", yaml);
        tree.Write("rules/desk.yaml", DeskPolicy);
        var article = tree.Write("story.md", WorkflowArticles.Markdown);

        var error = Should.Throw<PolicyException>(() => ConfiguredCheck.Plan(article));

        error.File.ShouldBe(config);
        (error.Line, error.Column).ShouldBe((line, column));
        error.Message.ShouldContain(fragment);
    }

    [TestMethod]
    public void Rules_effective_origins_name_the_file_and_line_that_set_each_severity()
    {
        using var tree = new TempTree();
        var config = tree.Write(".provcheck.yaml", "root: true\nrules:\n  category:Sourcing: error\n  PC3002: info\n");
        var article = tree.Write("story.md", WorkflowArticles.Markdown);
        var plan = ConfiguredCheck.Plan(article);

        plan.Config.SeverityOf(plan.Checker.Policies.FindRule("PC3002")!).ShouldBe((Severity.Info, config + ":4"));
        plan.Config.SeverityOf(plan.Checker.Policies.FindRule("PC3001")!).ShouldBe((Severity.Error, config + ":3 (category:Sourcing)"));
        plan.Config.SeverityOf(plan.Checker.Policies.FindRule("PC1001")!).Origin.ShouldStartWith("default");
    }

    [TestMethod]
    public void The_starter_config_from_init_parses_and_loads()
    {
        using var tree = new TempTree();
        tree.Write(ConfigFileLoader.FileName, StarterConfig.Text);
        var article = tree.Write("opinion/column.md", WorkflowArticles.Markdown);

        var result = ConfiguredCheck.Check(article);

        result.Active.Single(d => d.Id == "PC3001").Severity.ShouldBe(Severity.Warning);
        ConfiguredCheck.Plan(article).Config.RequireSuppressionReasons.ShouldBeTrue();
    }

    [TestMethod]
    public void An_empty_or_comment_only_config_changes_nothing_and_does_not_stop_the_search()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC3001: error\n");
        tree.Write("news/.provcheck.yaml", "# nothing here yet\n\n");
        var article = tree.Write("news/story.md", WorkflowArticles.Markdown);

        SeverityOf(article, "PC3001").ShouldBe(Severity.Error);
    }
}
