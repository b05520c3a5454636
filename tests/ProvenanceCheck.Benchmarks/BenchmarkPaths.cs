namespace ProvenanceCheck.Benchmarks;

/// <summary>Finds the shared corpus beside the repository, wherever BenchmarkDotNet runs the benchmark from.</summary>
internal static class BenchmarkPaths
{
    public static string Corpus(params string[] parts)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ProvenanceCheck.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        var root = dir ?? Environment.CurrentDirectory;
        return Path.GetFullPath(Path.Combine([root, "..", "shared", "corpus", .. parts]));
    }
}
