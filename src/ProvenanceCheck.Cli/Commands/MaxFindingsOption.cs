using System.CommandLine;
using ProvenanceCheck.Checking;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>--max-findings N</c>, shared by check and audit: at most N findings per article, then PC0003 (0: no limit).</summary>
internal static class MaxFindingsOption
{
    public static Option<int> Create()
    {
        var option = new Option<int>("--max-findings")
        {
            Description = "At most this many findings per article; PC0003 says how many more there were (0: no limit)",
            DefaultValueFactory = _ => FindingLimit.Default,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var limit) && limit < 0)
            {
                result.AddError($"--max-findings must be 0 (no limit) or more, not {limit}");
            }
        });
        return option;
    }

    /// <summary>The limit the option gives, <see cref="int.MaxValue"/> for 0.</summary>
    public static int Limit(ParseResult parse, Option<int> option) => parse.GetValue(option) is > 0 and var limit ? limit : int.MaxValue;
}
