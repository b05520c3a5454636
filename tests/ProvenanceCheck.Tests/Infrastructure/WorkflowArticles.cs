namespace ProvenanceCheck.Tests.Infrastructure;

/// <summary>Small articles written for the workflow tests (configuration, suppressions, baselines, fixes).</summary>
public static class WorkflowArticles
{
    public const string Markdown = """
        ---
        title: Council approves new bridge
        author: Maria Lopez
        date: 2026-03-01
        ---

        # Council approves new bridge

        The city council approved the new bridge on Tuesday, the mayor, Anna Kowalski, said.

        Sources said the work would start in spring.

        At least 12 people were killed in the flooding last year.

        """;

    public const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Council approves new bridge</title><meta name="author" content="Maria Lopez"><meta property="article:published_time" content="2026-03-01"></head>
        <body>
        <article>
        <h1>Council approves new bridge</h1>
        <p>The city council approved the new bridge on Tuesday, the mayor, Anna Kowalski, said.</p>
        <p>Sources said the work would start in spring.</p>
        <p>At least 12 people were killed in the flooding last year.</p>
        </article>
        </body>
        </html>

        """;

    /// <summary>The casualty figure is sourced only by the next sentence: PC2001 depends on the window option.</summary>
    public const string WindowText = """
        Council approves new bridge

        At least 12 people were killed in the flooding last year. The regional governor, Ivan Petrenko, said the toll could still rise.

        """;
}
