using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

// A bounded, loopback-only load generator for 'provcheck serve':
//   dotnet run -c Release --project tests/ProvenanceCheck.LoadTest -- URL FILE [clients=32] [seconds=15] [warmup-seconds=3]
// Every client loops POSTing FILE (as text/html) and records each latency; the run ends after the given time.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ProvenanceCheck.LoadTest URL FILE [clients] [seconds] [warmup-seconds]");
    return 2;
}

var url = new Uri(args[0]);
var body = File.ReadAllBytes(args[1]);
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 15;
var warmup = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 3;
if (!IsLoopback(url))
{
    Console.Error.WriteLine($"refusing {url.Host}: this load generator only targets loopback addresses");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    Timeout = TimeSpan.FromSeconds(10),
};

var (warm, _, _) = await Run(TimeSpan.FromSeconds(warmup));
var (latencies, errors, elapsed) = await Run(TimeSpan.FromSeconds(seconds));
latencies.Sort();
Console.WriteLine($"clients {clients}, {elapsed.TotalSeconds:F1} s, body {body.Length:N0} bytes, {Environment.ProcessorCount} cores");
Console.WriteLine($"requests {latencies.Count:N0} ok, {errors:N0} failed (plus {warm.Count:N0} in {warmup:F0} s of warm-up)");
Console.WriteLine($"total-requests {latencies.Count + warm.Count + errors}");
Console.WriteLine($"throughput {latencies.Count / elapsed.TotalSeconds:F0} requests/s");
Console.WriteLine($"latency ms: p50 {Percentile(50):F2}  p90 {Percentile(90):F2}  p99 {Percentile(99):F2}  max {latencies[^1]:F2}");
return errors == 0 ? 0 : 1;

double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];

async Task<(List<double> Latencies, long Errors, TimeSpan Elapsed)> Run(TimeSpan duration)
{
    var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    long errorCount = 0;
    var started = Stopwatch.GetTimestamp();
    var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
    {
        var mine = new List<double>(100_000);
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/html");
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsync(url, content);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errorCount);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errorCount);
            }
        }

        return mine;
    })));
    return ([.. perClient.SelectMany(l => l)], errorCount, Stopwatch.GetElapsedTime(started));
}

static bool IsLoopback(Uri uri) =>
    uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
