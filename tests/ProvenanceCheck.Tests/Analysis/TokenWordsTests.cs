using ProvenanceCheck.Analysis;

namespace ProvenanceCheck.Tests.Analysis;

/// <summary>Tokens share one string per word through the thread's word table, and read exactly as unshared tokens.</summary>
[TestClass]
public sealed class TokenWordsTests
{
    [TestMethod]
    public void RepeatedWordsShareOneStringAcrossSentences()
    {
        var first = Tokenizer.Tokenize("The tide rose at dawn.", TokenWords.Current);
        var second = Tokenizer.Tokenize("By noon the tide fell.", TokenWords.Current);

        ReferenceEquals(first[1].Text, second[3].Text).ShouldBeTrue();
        ReferenceEquals(first[1].Lower, second[3].Lower).ShouldBeTrue();
    }

    [TestMethod]
    public void SharedTokensReadAsUnsharedOnes()
    {
        const string text = "The Mayor’s office said 1,250 people — about 3.5% — left on Tuesday; the mayor's aide didn't.";

        var shared = Tokenizer.Tokenize(text, TokenWords.Current);
        var own = Tokenizer.Tokenize(text);

        shared.ShouldBe(own);
        shared.Select(t => (t.Lower, LexiconWords.IdOf(t))).ShouldBe(own.Select(t => (t.Lower, LexiconWords.IdOf(t))));
    }

    [TestMethod]
    public void AFullTableStartsOverAndStillReadsWordsRight()
    {
        const string text = "The Mayor’s aide said 12 people left.";
        var before = Tokenizer.Tokenize(text, TokenWords.Current);

        // More distinct words than a thread keeps: the table is cleared at least once on the way.
        Tokenizer.Tokenize(string.Join(' ', Enumerable.Range(0, 40_000).Select(i => $"qx{i}")), TokenWords.Current);
        var after = Tokenizer.Tokenize(text, TokenWords.Current);

        after.ShouldBe(before);
        after.Select(t => t.Lower).ShouldBe(Tokenizer.Tokenize(text).Select(t => t.Lower));
    }

    [TestMethod]
    public void AWordSeenBeforeAMatcherWasBuiltStillMatchesIt()
    {
        // The table remembers the word's id from before the matcher numbered it; the token must not carry that old id.
        Tokenizer.Tokenize("A bryozoan survey began.", TokenWords.Current);
        var matcher = new PhraseMatcher(["bryozoan survey"]);

        matcher.MatchAt(Tokenizer.Tokenize("The bryozoan survey ended.", TokenWords.Current), 1).ShouldBe(2);
    }
}
