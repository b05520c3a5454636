using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class ConfigurationTests
{
    private static Severity? SeverityOf(string path, string id) =>
        ConfiguredCheck.Check(path).Active.FirstOrDefault(d => d.Id == id)?.Severity;

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
        tree.Write(".provcheck.yaml", """
            root: true
            overrides:
              - files: ["opinion/**"]
                rules: {PC3001: info}
              - files: ["**/*.html"]
                rules: {PC3001: error}
            """);
        var opinionMd = tree.Write("opinion/column.md", WorkflowArticles.Markdown);
        var opinionHtml = tree.Write("opinion/column.html", WorkflowArticles.Html);
        var news = tree.Write("news/story.md", WorkflowArticles.Markdown);

        SeverityOf(opinionMd, "PC3001").ShouldBe(Severity.Info);
        SeverityOf(opinionHtml, "PC3001").ShouldBe(Severity.Error);
        SeverityOf(news, "PC3001").ShouldBe(Severity.Warning);
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
    public void Invalid_config_is_reported_at_file_line_and_column(string yaml, int line, int column, string fragment)
    {
        using var tree = new TempTree();
        var config = tree.Write(".provcheck.yaml", yaml);
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
