using BenchmarkDotNet.Attributes;
using Bot.Benchmarks.Corpus;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Hosting;

namespace Bot.Benchmarks;

/// <summary>/status and /ask against 10,000 indexed documents, through the real dispatcher.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private IHost _host = null!;
    private CommandDispatcher _dispatcher = null!;
    private string[] _places = [];
    private int _next;

    [Params(10_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = NewsCorpus.Knowledge(Documents);
        (_host, _dispatcher) = CommandServices.Over(_knowledge);
        _places = [.. NewsCorpus.NamesFor().Places];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        _knowledge.Dispose();
    }

    [Benchmark]
    public Task<Core.Answers.Answer?> Status() =>
        _dispatcher.HandleAsync(CommandServices.Message("/status " + _places[_next++ % _places.Length]), LocalOperatorIsModerator.Instance, CancellationToken.None);

    [Benchmark]
    public Task<Core.Answers.Answer?> Ask() =>
        _dispatcher.HandleAsync(CommandServices.Message($"When will troops leave {_places[_next++ % _places.Length]}?"), LocalOperatorIsModerator.Instance, CancellationToken.None);
}
