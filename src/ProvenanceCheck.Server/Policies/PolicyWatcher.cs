using Microsoft.Extensions.Hosting;

namespace ProvenanceCheck.Server.Policies;

/// <summary>
/// Reloads the policies when a watched file changes. It polls file stamps rather than relying on
/// file-system events, because editors that save by rename, bind mounts and network shares often
/// deliver no event; a few stat calls a second cost nothing.
/// </summary>
internal sealed class PolicyWatcher(CheckerProvider provider, ServerSettings settings) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stamp = Stamp();
        using var timer = new PeriodicTimer(settings.ReloadPollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var now = Stamp();
                if (now == stamp)
                {
                    continue;
                }

                provider.Reload();
                // The new set may list other files (a folder gained one): compare against what it watches now.
                stamp = Stamp();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private string Stamp()
    {
        try
        {
            return FileStamps.Of(provider.Current.WatchedPaths);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder being replaced: report a stamp that differs, so the next look reloads.
            return "unreadable:" + ex.Message;
        }
    }
}
