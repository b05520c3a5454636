using ProvenanceCheck.Configuration;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class GlobPatternTests
{
    [TestMethod]
    [DataRow("opinion/**", "opinion/2026/column.md", true)]
    [DataRow("opinion/**", "news/column.md", false)]
    [DataRow("**/*.md", "news/story.md", true)]
    [DataRow("**/*.md", "story.md", true)]
    [DataRow("*.md", "deep/down/story.md", true)]
    [DataRow("*.md", "story.html", false)]
    [DataRow("*.{md,html}", "news/story.html", true)]
    [DataRow("opinion/**.md", "opinion/2026/column.md", true)]
    [DataRow("opinion/**.md", "opinion/2026/column.html", false)]
    [DataRow("/news/*.md", "news/story.md", true)]
    public void Globs_match_like_editorconfig(string glob, string path, bool expected)
    {
        new GlobPattern([glob]).IsMatch(path).ShouldBe(expected);
    }

    [TestMethod]
    [DataRow("*.[ch]")]
    [DataRow("{a,b")]
    [DataRow("**")]
    [DataRow("../outside/*.md")]
    [DataRow("[weird]")]
    public void Odd_globs_compile_and_match_without_throwing(string glob)
    {
        Should.NotThrow(() => new GlobPattern([glob]).IsMatch("news/story.md"));
    }
}
