using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// <c>--shard K/N</c>: shard K (0-based, as Kubernetes' <c>JOB_COMPLETION_INDEX</c>) of N takes the articles
/// whose id hashes (SHA-256, first 8 bytes) to K modulo N — the same split on every machine and every run.
/// </summary>
/// <param name="Index">K, from 0 to N-1.</param>
/// <param name="Count">N.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c>.</summary>
    /// <exception cref="FormatException">Not <c>K/N</c> with 0 ≤ K &lt; N.</exception>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var count) || count < 1 || index < 0 || index >= count)
        {
            throw new FormatException($"--shard must be K/N with 0 <= K < N (K as JOB_COMPLETION_INDEX), not '{text}'");
        }

        return new ShardSpec(index, count);
    }

    /// <summary>Whether this shard takes an article.</summary>
    public bool Contains(string articleId) => Of(articleId, Count) == Index;

    /// <summary>The shard (0 to <paramref name="count"/>-1) an article id belongs to.</summary>
    public static int Of(string articleId, int count)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(articleId), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
