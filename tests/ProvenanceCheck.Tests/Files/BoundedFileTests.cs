using ProvenanceCheck.Files;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Files;

/// <summary>The size limit holds for files whose length says nothing: pipes, devices, /proc.</summary>
[TestClass]
public sealed class BoundedFileTests
{
    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(4095)]
    [DataRow(4096)]
    [DataRow(4097)]
    [DataRow(100_000)]
    public void A_regular_file_up_to_the_limit_is_read_whole(int length)
    {
        using var temp = new TempFiles();
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
        var path = temp.Write("story.html", bytes);

        BoundedFile.ReadAllBytes(path, length).ShouldBe(bytes);
        BoundedFile.ReadAllBytes(path, length + 1000).ShouldBe(bytes);
        if (length > 0)
        {
            BoundedFile.ReadAllBytes(path, length - 1).ShouldBeNull();
        }
    }

    [TestMethod]
    public void A_device_that_never_ends_stops_one_byte_past_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Inconclusive("no /dev/zero here");
        }

        BoundedFile.ReadAllBytes("/dev/zero", 5_000_000).ShouldBeNull();
        BoundedFile.ReadAllText("/dev/zero").ShouldBeNull();
    }

    [TestMethod]
    public void A_file_that_reports_no_length_is_read_to_its_end()
    {
        if (!File.Exists("/proc/self/status"))
        {
            Assert.Inconclusive("no /proc here");
        }

        new FileInfo("/proc/self/status").Length.ShouldBe(0);
        BoundedFile.ReadAllText("/proc/self/status")!.ShouldContain("Name:");
        BoundedFile.ReadAllBytes("/proc/self/status", 10).ShouldBeNull();
    }

    [TestMethod]
    public void Text_is_read_as_File_ReadAllText_reads_it()
    {
        using var temp = new TempFiles();
        var utf8 = temp.Write("a.yaml", "id: caf\u00e9\r\n");
        var utf16 = temp.Write("b.yaml", [0xFF, 0xFE, (byte)'i', 0, (byte)'d', 0]);

        BoundedFile.ReadAllText(utf8).ShouldBe(File.ReadAllText(utf8));
        BoundedFile.ReadAllText(utf16).ShouldBe("id");
    }
}
