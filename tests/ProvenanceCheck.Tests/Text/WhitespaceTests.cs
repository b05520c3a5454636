using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Text;

[TestClass]
public sealed class WhitespaceTests
{
    [TestMethod]
    [DataRow("", "")]
    [DataRow("Harbour plan", "Harbour plan")]
    [DataRow("  Harbour \n\t plan  ", "Harbour plan")]
    [DataRow("Harbour\u00a0plan", "Harbour plan")]
    [DataRow("Harbour  plan", "Harbour plan")]
    [DataRow("\n", "")]
    [DataRow("By\r\nRuth Alvarez ", "By Ruth Alvarez")]
    public void Runs_of_whitespace_become_one_space_and_the_ends_are_trimmed(string text, string expected) =>
        Whitespace.Collapse(text).ShouldBe(expected);

    [TestMethod]
    public void It_is_what_splitting_on_whitespace_and_joining_with_spaces_gives()
    {
        var random = new Random(7);
        const string alphabet = "ab \t\n\r\u00a0\u2009.é";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

            Whitespace.Collapse(text).ShouldBe(expected, text);
        }
    }

    [TestMethod]
    public void Text_already_collapsed_is_returned_as_it_is()
    {
        const string text = "The quay reopened on Monday.";

        Whitespace.Collapse(text).ShouldBeSameAs(text);
    }
}
