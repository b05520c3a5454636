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
                // Keep the stamp taken before the reload: an editor's save that lands while the reload reads the
                // files then still differs from it and triggers another reload. Re-stamping here could swallow that
                // save and leave a half-written file in force. When the new set watches other files, the next
                // look differs once and reloads once more, harmlessly.
                stamp = now;
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
