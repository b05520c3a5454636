using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Text;

[TestClass]
public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length))];

    [TestMethod]
    [DataRow("The mayor spoke. The council listened.", new[] { "The mayor spoke.", "The council listened." }, DisplayName = "plain full stops")]
    [DataRow("Mr. Okafor arrived late. He left early.", new[] { "Mr. Okafor arrived late.", "He left early." }, DisplayName = "title Mr.")]
    [DataRow("Gen. Ward and Mrs. Ward met Dr. Lee.", new[] { "Gen. Ward and Mrs. Ward met Dr. Lee." }, DisplayName = "several titles")]
    [DataRow("She met U.S. President Carter on Monday.", new[] { "She met U.S. President Carter on Monday." }, DisplayName = "U.S. before a name")]
    [DataRow("The talks moved to the U.S. The delegates followed.", new[] { "The talks moved to the U.S.", "The delegates followed." }, DisplayName = "U.S. ending a sentence")]
    [DataRow("Martin Luther King Jr. spoke here. Crowds came.", new[] { "Martin Luther King Jr. spoke here.", "Crowds came." }, DisplayName = "Jr.")]
    [DataRow("The ferry left at 9 a.m. on Tuesday.", new[] { "The ferry left at 9 a.m. on Tuesday." }, DisplayName = "a.m. inside")]
    [DataRow("The ferry left at 9 a.m. The bus left later.", new[] { "The ferry left at 9 a.m.", "The bus left later." }, DisplayName = "a.m. ending a sentence")]
    [DataRow("J. K. Rowling wrote it. It sold well.", new[] { "J. K. Rowling wrote it.", "It sold well." }, DisplayName = "initials")]
    [DataRow("Growth was 2.5 per cent. Prices rose.", new[] { "Growth was 2.5 per cent.", "Prices rose." }, DisplayName = "decimal")]
    [DataRow("It cost $100.00 in total. Nobody paid.", new[] { "It cost $100.00 in total.", "Nobody paid." }, DisplayName = "money")]
    [DataRow("Write to news.desk@example.org for details. We reply daily.", new[] { "Write to news.desk@example.org for details.", "We reply daily." }, DisplayName = "e-mail address")]
    [DataRow("See https://example.org/a.b/c.html for more. Then decide.", new[] { "See https://example.org/a.b/c.html for more.", "Then decide." }, DisplayName = "URL")]
    [DataRow("He paused... and then went on. Nobody spoke.", new[] { "He paused... and then went on.", "Nobody spoke." }, DisplayName = "ellipsis inside")]
    [DataRow("It ended… Then the rain came.", new[] { "It ended…", "Then the rain came." }, DisplayName = "ellipsis character at the end")]
    [DataRow("“We will win!” she shouted. The crowd cheered.", new[] { "“We will win!” she shouted.", "The crowd cheered." }, DisplayName = "exclamation inside a quotation")]
    [DataRow("“Is it over?” he asked.", new[] { "“Is it over?” he asked." }, DisplayName = "question inside a quotation")]
    [DataRow("“He is amazing.” “A gift to us all,” one fan wrote.", new[] { "“He is amazing.”", "“A gift to us all,” one fan wrote." }, DisplayName = "quotation ending with a full stop")]
    [DataRow("The plan (approved in May. It was late.) failed.", new[] { "The plan (approved in May. It was late.) failed." }, DisplayName = "punctuation inside parentheses")]
    [DataRow("Wants time to conquer key cities", new[] { "Wants time to conquer key cities" }, DisplayName = "heading without a full stop")]
    [DataRow("Is it safe? Officials say yes! We will see.", new[] { "Is it safe?", "Officials say yes!", "We will see." }, DisplayName = "question and exclamation")]
    [DataRow("Certainly! Here is a rewritten version:", new[] { "Certainly!", "Here is a rewritten version:" }, DisplayName = "split at exclamation")]
    [DataRow("Analysts provided a few theories:", new[] { "Analysts provided a few theories:" }, DisplayName = "colon line")]
    [DataRow("No. 10 said so. Others disagreed.", new[] { "No. 10 said so.", "Others disagreed." }, DisplayName = "No. before a number")]
    [DataRow("It grew in Jan. and Feb. last year. Sales fell.", new[] { "It grew in Jan. and Feb. last year.", "Sales fell." }, DisplayName = "month abbreviations")]
    [DataRow("The caption ends here, an official said.CreditJane Roe for the Courier", new[] { "The caption ends here, an official said.", "CreditJane Roe for the Courier" }, DisplayName = "photo credit glued to a caption")]
    [DataRow("Visit Example.com today. It is free.", new[] { "Visit Example.com today.", "It is free." }, DisplayName = "domain name")]
    [DataRow("  Leading and trailing space.  ", new[] { "Leading and trailing space." }, DisplayName = "trimmed")]
    [DataRow("Smith et al. found it. Others did not.", new[] { "Smith et al. found it.", "Others did not." }, DisplayName = "et al.")]
    [DataRow("The vote was 52-48. Turnout was high.", new[] { "The vote was 52-48.", "Turnout was high." }, DisplayName = "number before a full stop")]
    public void SplitsAsAReaderWould(string text, string[] expected)
    {
        Split(text).ShouldBe(expected);
    }

    /// <summary>Single &lt;br&gt;s: a line that plainly ends (a dateline, a credit) before one that plainly starts is a sentence.</summary>
    [TestMethod]
    [DataRow("LONDON Officials said 12 people died.", 6, new[] { "LONDON", "Officials said 12 people died." }, DisplayName = "dateline")]
    [DataRow("Photo: Reuters A source said the deal was off.", 14, new[] { "Photo: Reuters", "A source said the deal was off." }, DisplayName = "credit")]
    [DataRow("The ferry ran late and the port stayed shut.", 18, new[] { "The ferry ran late and the port stayed shut." }, DisplayName = "wrapped line, lower case next")]
    [DataRow("The mayor said, Police were called.", 15, new[] { "The mayor said, Police were called." }, DisplayName = "after a comma")]
    [DataRow("He told them: Nobody leaves.", 13, new[] { "He told them: Nobody leaves." }, DisplayName = "after a colon")]
    public void A_line_break_ends_a_sentence_only_where_a_new_one_plainly_starts(string text, int lineBreak, string[] expected)
    {
        SentenceSplitter.Split(text, [lineBreak]).Select(s => text.Substring(s.Start, s.Length)).ShouldBe(expected);
    }

    [TestMethod]
    public void EmptyTextHasNoSentences()
    {
        SentenceSplitter.Split("").ShouldBeEmpty();
        SentenceSplitter.Split("   ").ShouldBeEmpty();
    }
}
