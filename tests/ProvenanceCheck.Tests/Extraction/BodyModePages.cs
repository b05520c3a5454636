namespace ProvenanceCheck.Tests.Extraction;

/// <summary>Made-up pages on which <c>--body auto|article|whole</c> read different things.</summary>
internal static class BodyModePages
{
    /// <summary>
    /// A story in &lt;article&gt;, with an unnamed-source sentence before it in a promo box (line 6) and one after it
    /// in an aside (line 15): only <c>--body whole</c> reads those two.
    /// </summary>
    public const string ArticleWithChrome = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Quarry expansion approved after long inquiry</title><meta name="author" content="Ines Varga"><meta property="article:published_time" content="2026-02-10T09:00:00Z"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> Site menu</nav>
        <div class="promo"><p>A source at the rival quarry said the decision had been agreed in advance by the planning board.</p></div>
        <article>
        <h1>Quarry expansion approved after long inquiry</h1>
        <p>The planning board approved the eastern extension of the limestone quarry on Tuesday, after an inquiry that lasted fourteen months and heard from more than two hundred residents.</p>
        <p>Board chair Pavel Novak said the conditions attached to the permit, including limits on blasting hours and a new access road, answered most of the objections raised at the hearings.</p>
        <p>Residents of the nearest village said they would study the conditions before deciding whether to appeal, and that dust from the existing pits was already a problem in dry summers.</p>
        <p>The operator said work on the extension would start next spring and that forty jobs would be kept at the site for at least another decade.</p>
        <p>This article was written without the use of AI tools.</p>
        </article>
        <aside class="sidebar"><p>A source close to the operator said the company had already ordered new machinery for the site.</p></aside>
        <header class="site-banner"><p>Subscribe to the Valley Ledger for the full archive of planning stories.</p></header>
        <form class="search"><label>Search the Valley Ledger archive</label><input name="q" value="typed-search-value"><select><option>All sections</option></select></form>
        <script>var tracking = "script text never read";</script>
        <div hidden><p>A hidden paragraph that no reader of the page ever sees.</p></div>
        </body>
        </html>
        """;

    /// <summary>A story in plain divs, no &lt;article&gt; or &lt;main&gt;.</summary>
    public const string NoArticleMarkup = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Library opening hours extended</title></head>
        <body>
        <div class="content">
        <h1>Library opening hours extended</h1>
        <p>The town library will open until nine in the evening on weekdays from next month, the council said on Wednesday, after a survey of more than a thousand users.</p>
        <p>Head librarian Agnes Moberg said students had asked for longer hours for years, and that the extra cost would be covered by closing one branch on Sunday mornings.</p>
        </div>
        </body>
        </html>
        """;

    /// <summary>The real story sits in divs; the page's only &lt;article&gt; is a short teaser card.</summary>
    public const string ArticleIsATeaserCard = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Tram line reopens after flood repairs</title></head>
        <body>
        <div class="story-body">
        <h1>Tram line reopens after flood repairs</h1>
        <p>The eastern tram line reopened on Saturday morning, six weeks after floodwater washed out the track bed near the river crossing, the transport authority said.</p>
        <p>Engineers rebuilt nearly a kilometre of track on a raised embankment, and the authority said the new drainage would cope with a flood twice the size of the one in March.</p>
        <p>Passengers on the first tram said the replacement buses had doubled their journey times, and several said they had switched to cycling for the duration of the repairs.</p>
        <p>The authority said services would run at reduced frequency for another week while drivers were trained on the new signalling, before the full timetable returns.</p>
        </div>
        <div class="more"><article class="card"><p>Weekend market moves indoors for winter.</p></article></div>
        </body>
        </html>
        """;
}
