using Microsoft.Extensions.Logging;

namespace ProvenanceCheck.Server.Tests.Infrastructure;

public sealed record LogLine(string Category, LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Values);
