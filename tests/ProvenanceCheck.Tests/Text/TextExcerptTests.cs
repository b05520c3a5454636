using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Text;

[TestClass]
public sealed class TextExcerptTests
{
    private static readonly string Long = string.Join(' ', Enumerable.Range(0, 1_000).Select(i => $"word{i}"));

    [TestMethod]
    public void A_sentence_of_ordinary_length_is_kept_whole_and_not_copied()
    {
        var sentence = "The ferry sank on Monday, officials said.";

        TextExcerpt.Around(sentence, new TextSpan(18, 6)).ShouldBeSameAs(sentence);
    }

    [TestMethod]
    public void A_long_text_is_cut_around_the_span_at_word_boundaries_with_ellipses()
    {
        var start = Long.IndexOf("word500 ", StringComparison.Ordinal);

        var excerpt = TextExcerpt.Around(Long, new TextSpan(start, "word500".Length));

        excerpt.Length.ShouldBeLessThanOrEqualTo(TextExcerpt.MaxLength + 2);
        excerpt.ShouldStartWith("…word");
        excerpt.ShouldEndWith("…");
        excerpt.ShouldContain(" word500 ");
        // Whole words only: every word between the ellipses is one of the text's words.
        excerpt.Trim('…').Split(' ').ShouldAllBe(w => Long.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    [TestMethod]
    public void A_span_at_the_start_gets_no_leading_ellipsis()
    {
        var excerpt = TextExcerpt.Around(Long, new TextSpan(0, 5));

        excerpt.ShouldStartWith("word0 word1 ");
        excerpt.ShouldEndWith("…");
    }

    [TestMethod]
    public void A_span_longer_than_the_limit_is_shown_from_its_start()
    {
        var start = Long.IndexOf("word100 ", StringComparison.Ordinal);

        var excerpt = TextExcerpt.Around(Long, TextSpan.FromBounds(start, Long.Length));

        excerpt.Length.ShouldBeLessThanOrEqualTo(TextExcerpt.MaxLength + 2);
        excerpt.ShouldContain("word100");
    }
}
