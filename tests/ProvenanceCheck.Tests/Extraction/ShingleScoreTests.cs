using ProvenanceCheck.Extraction;

namespace ProvenanceCheck.Tests.Extraction;

[TestClass]
public sealed class ShingleScoreTests
{
    [TestMethod]
    public void IdenticalTextScoresOneWhateverTheWhitespaceAndPunctuation()
    {
        var score = ShingleScore.Compare("The ferry left at noon, late again.", "The  ferry left\n\nat noon - late again");

        score.F1.ShouldBe(1);
    }

    [TestMethod]
    public void UnrelatedTextScoresZero()
    {
        ShingleScore.Compare("one two three four five", "six seven eight nine ten").F1.ShouldBe(0);
    }

    [TestMethod]
    public void ExtraTextLowersPrecisionAndMissingTextLowersRecall()
    {
        const string expected = "a b c d e f";
        var extra = ShingleScore.Compare(expected, "a b c d e f x y z w");
        var missing = ShingleScore.Compare(expected, "a b c d e");

        extra.Recall.ShouldBe(1);
        extra.Precision.ShouldBe(3.0 / 7, 1e-9);
        missing.Precision.ShouldBe(1);
        missing.Recall.ShouldBe(2.0 / 3, 1e-9);
    }

    [TestMethod]
    public void RepeatedShinglesCountAsAMultiset()
    {
        var score = ShingleScore.Compare("a b c d", "a b c d a b c d");

        score.Recall.ShouldBe(1);
        score.Precision.ShouldBe(1.0 / 5, 1e-9);
    }

    [TestMethod]
    public void TwoEmptyTextsAgree()
    {
        ShingleScore.Compare("", " ").F1.ShouldBe(1);
        ShingleScore.Compare("some text here", "").F1.ShouldBe(0);
    }
}
