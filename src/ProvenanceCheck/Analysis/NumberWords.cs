namespace ProvenanceCheck.Analysis;

/// <summary>English number spelling: cardinal words and scales with their values (not a lexicon: these are the language's).</summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["a"] = 1, ["an"] = 1,
    };

    public static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["m"] = 1_000_000, ["mn"] = 1_000_000, ["bn"] = 1_000_000_000, ["k"] = 1_000, ["dozen"] = 12,
    };

    public static IEnumerable<string> All => Units.Keys.Concat(Scales.Keys);
}
