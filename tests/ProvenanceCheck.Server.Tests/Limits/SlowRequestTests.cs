using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http.Features;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Server.Tests.Infrastructure;

namespace ProvenanceCheck.Server.Tests.Limits;

[TestClass]
public sealed class SlowRequestTests
{
    [TestMethod]
    public async Task A_stalled_upload_times_out_with_504_and_a_full_queue_answers_503()
    {
        using var factory = new ServerFactory(new ServerSettings
        {
            MaxConcurrentChecks = 1,
            MaxQueuedChecks = 0,
            RequestTimeout = TimeSpan.FromSeconds(5),
            Urls = "http://127.0.0.1:0",
        });
        // Real Kestrel on a loopback port, called over a socket: the in-memory test client sends a body only once it is complete.
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var uri = new Uri(address);
        using var slow = new TcpClient();
        await slow.ConnectAsync(uri.Host, uri.Port);
        var stream = slow.GetStream();
        // Promise 100 bytes, send 4, then stall: a client that stops mid-upload holds the only check slot.
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nSome"));
        await stream.FlushAsync();

        // Give the server time to take the slot first (a probe arriving at the same moment could take it
        // instead), then probe until the slot is seen taken.
        await Task.Delay(TimeSpan.FromSeconds(1));
        HttpResponseMessage rejected;
        var tries = 0;
        while ((rejected = await client.PostAsync("/v1/check", Articles.Raw("Some text.", "text/plain"))).StatusCode == HttpStatusCode.OK && ++tries < 15)
        {
            rejected.Dispose();
            await Task.Delay(200);
        }

        await ErrorStatusTests.ShouldBeProblem(rejected, HttpStatusCode.ServiceUnavailable, "request");
        rejected.Headers.RetryAfter.ShouldNotBeNull();
        rejected.Dispose();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));
        statusLine.ShouldBe("HTTP/1.1 504 Gateway Timeout");
        var rest = await ReadUntilBody(reader);
        rest.ShouldContain("\"field\":\"body\"");
        using var after = await client.PostAsync("/v1/check", Articles.Raw("Some text.", "text/plain"));
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> ReadUntilBody(StreamReader reader)
    {
        var text = new StringBuilder();
        string? line;
        while ((line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5))) is not null && !line.StartsWith('{'))
        {
            text.AppendLine(line);
        }

        return text.Append(line).ToString();
    }
}
