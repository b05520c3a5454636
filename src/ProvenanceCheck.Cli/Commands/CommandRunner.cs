using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>Runs a command body so that every failure ends as one line on stderr and exit code 2, never a stack trace.</summary>
internal static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (PolicyException ex)
        {
            return Fail(ex.Message);
        }
        catch (InputException ex)
        {
            return Fail("error: " + ex.Message);
        }
        catch (UsageException ex)
        {
            return Fail("error: " + ex.Message);
        }
        catch (IOException ex)
        {
            return Fail("error: " + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail("error: " + ex.Message);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            return Fail("error: audit store: " + ex.Message.ReplaceLineEndings(" "));
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("PROVCHECK_DEBUG") is null)
        {
            return Fail($"internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")} (set PROVCHECK_DEBUG=1 for details)");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("provcheck: " + message);
        return ExitCodes.Error;
    }
}
