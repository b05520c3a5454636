namespace ProvenanceCheck.Server.Requests;

/// <summary>A request the service refuses: an HTTP status, the field at fault and a one-line reason.</summary>
internal sealed class RequestException(int status, string field, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Field { get; } = field;
}
