using System.Globalization;
using System.Net;
using System.Text;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>Inline SVG bar charts: no script, no font file, readable in any browser and when printed.</summary>
internal static class SvgBarChart
{
    /// <summary>The bar colour; the report test looks for it in a screenshot.</summary>
    public const string BarColour = "#d9480f";

    private const int LabelWidth = 260;
    private const int BarArea = 420;
    private const int RowHeight = 22;

    /// <summary>Horizontal bars, one row per label.</summary>
    public static string Horizontal(string title, IReadOnlyList<ReportBar> bars)
    {
        if (bars.Count == 0)
        {
            return "<p class=\"empty\">No violations.</p>";
        }

        var max = Math.Max(1, bars.Max(b => b.Violations));
        var height = bars.Count * RowHeight + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{LabelWidth + BarArea + 70}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarArea + 70} {height}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 4;
            var width = Math.Max(2, (int)Math.Round(BarArea * (double)bar.Violations / max));
            var label = bar.Title is null ? bar.Label : $"{bar.Label} {bar.Title}";
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Encode(label)}: {bar.Violations} violations in {bar.Articles} articles</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{Encode(Shorten(label, 38))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{RowHeight - 6}\" fill=\"{BarColour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 14}\">{bar.Violations}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Vertical columns in label order (months along the bottom).</summary>
    public static string Columns(string title, IReadOnlyList<ReportBar> bars)
    {
        if (bars.Count == 0)
        {
            return "<p class=\"empty\">No violations.</p>";
        }

        const int chartHeight = 180;
        var columnWidth = Math.Clamp(720 / bars.Count, 6, 48);
        var width = bars.Count * columnWidth + 60;
        var max = Math.Max(1, bars.Max(b => b.Violations));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{width}\" height=\"{chartHeight + 60}\" viewBox=\"0 0 {width} {chartHeight + 60}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"12\">{max}</text><line x1=\"30\" y1=\"{chartHeight + 10}\" x2=\"{width}\" y2=\"{chartHeight + 10}\" stroke=\"#888\"/>");
        var labelEvery = Math.Max(1, bars.Count / 12);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            // A month with none stays empty; any other keeps a sliver, so a small count still shows.
            var height = bar.Violations == 0 ? 0 : Math.Max(2, (int)Math.Round(chartHeight * (double)bar.Violations / max));
            var x = 30 + i * columnWidth;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Encode(bar.Label)}: {bar.Violations} violations in {bar.Articles} articles</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 1}\" y=\"{chartHeight + 10 - height}\" width=\"{columnWidth - 2}\" height=\"{height}\" fill=\"{BarColour}\"/></g>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{chartHeight + 28}\" transform=\"rotate(35 {x} {chartHeight + 28})\">{Encode(bar.Label)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
