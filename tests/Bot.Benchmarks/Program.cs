using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>`dotnet run -c Release --project tests/Bot.Benchmarks -- --filter '*'` runs every benchmark; see README, Performance.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
