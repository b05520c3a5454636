using System.Globalization;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>
/// Months as a time axis: a month with no violations is a bar of zero, not a month left out, so the chart's spacing is
/// time and a four-year gap in the archive does not look like the month after. An archive spanning more than
/// <see cref="MaxMonths"/> months (or one wrong date from 1970) is charted by year instead.
/// </summary>
internal static class MonthAxis
{
    public const int MaxMonths = 240;

    /// <summary>The bars from the first month to the last, gaps filled; by year when that is too many; as given when a label is no month.</summary>
    public static IReadOnlyList<ReportBar> Continuous(IReadOnlyList<ReportBar> months)
    {
        var parsed = new List<(DateTime Month, ReportBar Bar)>(months.Count);
        foreach (var bar in months)
        {
            if (!DateTime.TryParseExact(bar.Label, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                return months;
            }

            parsed.Add((month, bar));
        }

        if (parsed.Count == 0)
        {
            return months;
        }

        var first = parsed.Min(p => p.Month);
        var last = parsed.Max(p => p.Month);
        var span = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        return span <= MaxMonths
            ? Fill(parsed, first, span, step: m => m.AddMonths(1), label: m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            : Fill([.. parsed.Select(p => (new DateTime(p.Month.Year, 1, 1), p.Bar))], new DateTime(first.Year, 1, 1), last.Year - first.Year + 1,
                step: m => m.AddYears(1), label: m => m.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static List<ReportBar> Fill(List<(DateTime Key, ReportBar Bar)> bars, DateTime first, int count, Func<DateTime, DateTime> step, Func<DateTime, string> label)
    {
        var byKey = bars.GroupBy(b => b.Key).ToDictionary(g => g.Key, g => (Violations: g.Sum(b => b.Bar.Violations), Articles: g.Sum(b => b.Bar.Articles)));
        var filled = new List<ReportBar>(count);
        var key = first;
        for (var i = 0; i < count; i++, key = step(key))
        {
            var (violations, articles) = byKey.GetValueOrDefault(key);
            filled.Add(new ReportBar(label(key), violations, articles));
        }

        return filled;
    }
}
