using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bot.Core.Answers;
using Bot.Fakes.Stories;
using Bot.Pictures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks;

/// <summary>
/// Drawing a chart of 200 events and 6 phases, layout and PNG encoding included: what one /timeline answer costs a
/// transport. `--filter '*PictureBenchmarks*'` gives BenchmarkDotNet's mean; `pictures` prints per-render percentiles.
/// </summary>
[MemoryDiagnoser]
public class PictureBenchmarks
{
    private readonly ScottPlotPictureRenderer renderer = new(NullLogger<ScottPlotPictureRenderer>.Instance);
    private readonly TimelinePicture picture = InventedStory.Picture(200, 6, new DateOnly(2026, 1, 1));

    [Benchmark]
    public int Render_200_events_and_6_phases() => renderer.TryRender(picture)!.Png.Length;

    /// <summary>`dotnet run -c Release --project tests/Bot.Benchmarks -- pictures [renders]`</summary>
    public static void Run(string[] args)
    {
        var renders = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 300;
        var bench = new PictureBenchmarks();
        for (var i = 0; i < 20; i++)
        {
            bench.Render_200_events_and_6_phases();
        }

        var times = new List<double>(renders);
        var watch = new Stopwatch();
        // CPU time as well as wall time: on a shared machine the wall time mostly measures waiting for a core.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var bytes = 0;
        for (var i = 0; i < renders; i++)
        {
            watch.Restart();
            bytes = bench.Render_200_events_and_6_phases();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var cpuPerRender = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / renders;
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"Render 200 events + 6 phases ({renders} renders, {bytes / 1024.0:N0} KB PNG): p50 {At(0.50):N1} ms, p99 {At(0.99):N1} ms, max {times[^1]:N1} ms; CPU {cpuPerRender:N1} ms per render");
    }
}
