using BenchmarkDotNet.Running;

namespace ContactHub.Benchmarks;

// Not top-level statements: those would declare a second global `Program`, clashing with the Hub's public one.
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
