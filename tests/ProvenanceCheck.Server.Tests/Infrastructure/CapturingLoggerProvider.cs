using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ProvenanceCheck.Server.Tests.Infrastructure;

/// <summary>Keeps every log line (category, message, structured values) so tests can read what the service logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyCollection<LogLine> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}
