using System.Text;

namespace ProvenanceCheck.Server.Policies;

/// <summary>A cheap fingerprint of files and folders (path, size and write time of every policy file), to notice edits.</summary>
internal static class FileStamps
{
    public static string Of(IEnumerable<string> paths)
    {
        var builder = new StringBuilder();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    Append(builder, new FileInfo(file));
                }
            }
            else
            {
                Append(builder, new FileInfo(path));
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, FileInfo file)
    {
        builder.Append(file.FullName).Append('|');
        if (file.Exists)
        {
            builder.Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks);
        }
        else
        {
            builder.Append("missing");
        }

        builder.Append('\n');
    }
}
