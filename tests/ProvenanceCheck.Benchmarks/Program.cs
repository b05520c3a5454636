using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ProvenanceCheck.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
