namespace ProvenanceCheck.Tests.Extraction;

/// <summary>A made-up news page with the furniture real pages carry around and inside the article.</summary>
internal static class NewsPageFixture
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Ferry timetable cut as harbour dredging overruns | Coastline Courier</title>
        <meta property="og:title" content="Ferry timetable cut as harbour dredging overruns">
        <meta property="article:published_time" content="2026-03-04T07:30:00Z">
        </head>
        <body>
        <div class="site-header"><a href="/">Coastline Courier</a> <a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
        <div class="cookie-banner" style="display:none">We use cookies to improve the site.</div>
        <div class="layout">
        <div class="story">
        <h1>Ferry timetable cut as harbour dredging overruns</h1>
        <p class="byline">By Marit Olsen</p>
        <div class="share-tools">Share this article <a href="#fb">Facebook</a> <a href="#x">X</a></div>
        <figure><img src="quay.jpg" alt=""><figcaption>The north quay, where the dredger has worked since January.</figcaption><span class="image-credit">Photo: Coastline Courier</span></figure>
        <p>The island ferry will run four crossings a day instead of seven from Monday, the operator said, because dredging of the harbour entrance has taken twice as long as planned.</p>
        <p>Harbour master Tove Lind said the contractor had met thicker clay than the survey showed, and that the channel would stay narrow until the end of April at the earliest.</p>
        <p class="teaser"><strong>Also read:</strong> <a href="/local/bridge">Bridge repairs close the coast road at night</a></p>
        <p>Commuters who cross to the mainland for work said the reduced timetable would make the first shift at the fish plant impossible to reach on time.</p>
        <blockquote class="pullquote">The channel will stay narrow until the end of April at the earliest.</blockquote>
        <div class="reading-box"><h3>Others are reading now</h3><ul><li><a href="/a">School roof blown off in storm</a></li><li><a href="/b">New bakery opens on the square</a></li><li><a href="/c">Lifeboat crew honoured</a></li></ul></div>
        <p>The operator said it would add a late crossing on Fridays, and that season tickets would be extended by the number of days the timetable stays reduced.</p>
        <p>The county council, which owns the harbour, said it would publish a revised schedule for the dredging work next week, after talks with the contractor.</p>
        <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the day's local news in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
        <div class="ad-label">Advertisement</div>
        </div>
        <div class="comments"><h2>Comments</h2><p>Reader one: This is the third winter in a row that the ferry has let us down badly.</p><p>Reader two: Blame the council, they knew about the clay years ago.</p></div>
        </div>
        <div class="site-footer"><p>© Coastline Courier. All rights reserved. Contact the newsroom at the harbour office.</p></div>
        </body>
        </html>
        """;

    public static readonly string[] ArticleParagraphs =
    [
        "The island ferry will run four crossings a day",
        "Harbour master Tove Lind said the contractor",
        "Commuters who cross to the mainland",
        "The operator said it would add a late crossing",
        "The county council, which owns the harbour",
    ];

    public static readonly string[] Boilerplate =
    [
        "Also read", "Bridge repairs", "Others are reading now", "School roof", "Share this", "Sign up",
        "Advertisement", "Photo: Coastline", "Reader one", "Reader two", "Comments", "cookies", "All rights reserved", "Sport",
    ];
}
