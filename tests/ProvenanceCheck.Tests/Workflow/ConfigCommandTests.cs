using ProvenanceCheck.Configuration;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class ConfigCommandTests
{
    [TestMethod]
    public void Init_writes_the_starter_config_once_and_refuses_to_overwrite_it()
    {
        using var tree = new TempTree();

        var first = CliRunner.Run(tree.Root, "init");
        var second = CliRunner.Run(tree.Root, "init");

        first.ExitCode.ShouldBe(0, first.Stderr);
        File.ReadAllText(tree.PathOf(ConfigFileLoader.FileName)).ShouldBe(StarterConfig.Text);
        second.ExitCode.ShouldBe(2);
        second.Stderr.ShouldContain("already exists");
    }

    [TestMethod]
    public void Rules_effective_shows_each_severity_with_the_file_and_line_that_set_it()
    {
        using var tree = new TempTree();
        var root = tree.Write(".provcheck.yaml", "root: true\nrules:\n  category:Sourcing: error\n");
        var news = tree.Write("opinion/.provcheck.yaml", "overrides:\n  - files: [\"*.md\"]\n    rules: {PC3002: info}\n");
        tree.Write("opinion/column.md", WorkflowArticles.Markdown);

        var (exit, stdout, stderr) = CliRunner.Run(tree.Root, "rules", "--effective", "opinion/column.md");

        exit.ShouldBe(0, stderr);
        var lines = stdout.Split('\n');
        lines.ShouldContain(l => l.StartsWith("PC3002   info     " + news + ":3", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("PC3001   error    " + root + ":3 (category:Sourcing)", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("PC1001   warning  default (", StringComparison.Ordinal));
    }
}
