using ProvenanceCheck.Audit.Reporting;

namespace ProvenanceCheck.Audit.Tests.Reporting;

[TestClass]
public sealed class MonthAxisTests
{
    [TestMethod]
    public void Months_without_violations_are_bars_of_zero_so_the_axis_is_time()
    {
        var bars = MonthAxis.Continuous([new("2015-11", 5, 2), new("2016-02", 3, 1)]);

        bars.Select(b => $"{b.Label}:{b.Violations}").ShouldBe(["2015-11:5", "2015-12:0", "2016-01:0", "2016-02:3"]);
    }

    [TestMethod]
    public void An_archive_longer_than_twenty_years_is_charted_by_year()
    {
        var bars = MonthAxis.Continuous([new("1970-01", 1, 1), new("2019-03", 4, 2), new("2019-11", 6, 3), new("2020-05", 2, 1)]);

        bars.Count.ShouldBe(51);
        bars[0].ShouldBe(new ReportBar("1970", 1, 1));
        bars[1].ShouldBe(new ReportBar("1971", 0, 0));
        bars[^2].ShouldBe(new ReportBar("2019", 10, 5));
        bars[^1].ShouldBe(new ReportBar("2020", 2, 1));
    }

    [TestMethod]
    public void Labels_that_are_not_months_are_left_as_they_are()
    {
        IReadOnlyList<ReportBar> given = [new("2015-11", 5, 2), new("spring", 3, 1)];

        MonthAxis.Continuous(given).ShouldBeSameAs(given);
    }
}
