using ProvenanceCheck.Analysis;

namespace ProvenanceCheck.Tests.Analysis;

/// <summary>Lexicon phrases found in token lists: whole words, any case, longest first, whatever order things were built in.</summary>
[TestClass]
public sealed class PhraseMatcherTests
{
    [TestMethod]
    public void FindsTheLongestPhraseAtEachPlaceInAnyCase()
    {
        var matcher = new PhraseMatcher(["harbour master", "harbour master's office", "pilot"]);
        var tokens = Tokenizer.Tokenize("The Harbour Master's Office told the pilot to wait.");

        var matches = matcher.Matches(tokens).Select(m => string.Join(" ", tokens.Skip(m.Start).Take(m.Count).Select(t => t.Text))).ToList();

        matches.ShouldBe(["Harbour Master's Office", "pilot"]);
    }

    [TestMethod]
    public void APartialPhraseIsNoMatch()
    {
        var matcher = new PhraseMatcher(["tide gauge reading"]);

        matcher.Matches(Tokenizer.Tokenize("The tide gauge was broken.")).ShouldBeEmpty();
    }

    [TestMethod]
    public void TokensMadeBeforeTheMatcherStillMatchItsNewWords()
    {
        // Words are numbered when a matcher is built; a token numbered earlier must not miss words added later.
        var tokens = Tokenizer.Tokenize("A quillwort survey began at dawn.");
        var matcher = new PhraseMatcher(["quillwort survey"]);

        matcher.MatchAt(tokens, 1).ShouldBe(2);
    }

    [TestMethod]
    public void MatchersBuiltOnManyThreadsAllMatch()
    {
        var words = Enumerable.Range(0, 64).Select(i => $"zeolite{i:D2}").ToList();
        var matchers = words.AsParallel().Select(w => (Word: w, Matcher: new PhraseMatcher([w]))).ToList();

        foreach (var (word, matcher) in matchers)
        {
            matcher.MatchAt(Tokenizer.Tokenize($"Samples of {word} arrived."), 2).ShouldBe(1, word);
        }
    }

    [TestMethod]
    public void AnyMatchSkipsMatchesThatStartInSkippedTokens()
    {
        var matcher = new PhraseMatcher(["storm surge"]);
        var tokens = Tokenizer.Tokenize("storm surge warnings and another storm surge");
        var allSkipped = tokens.Select(_ => true).ToList();
        var firstSkipped = tokens.Select((_, i) => i < 2).ToList();

        matcher.AnyMatch(tokens).ShouldBeTrue();
        matcher.AnyMatch(tokens, allSkipped).ShouldBeFalse();
        matcher.AnyMatch(tokens, firstSkipped).ShouldBeTrue();
        matcher.AnyMatch(Tokenizer.Tokenize("a surge of storms")).ShouldBeFalse();
    }

    [TestMethod]
    public void TokensOfTheSameTextAndPlaceAreEqualWhenWordsWereAddedBetween()
    {
        var before = Tokenizer.Tokenize("the mangrove ledger");
        _ = new PhraseMatcher(["mangrove ledger"]);
        var after = Tokenizer.Tokenize("the mangrove ledger");

        after.ShouldBe(before);
        after[1].GetHashCode().ShouldBe(before[1].GetHashCode());
    }
}
