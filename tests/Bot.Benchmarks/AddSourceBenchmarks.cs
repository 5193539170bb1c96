using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Bot.Benchmarks.Corpus;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Knowledge;
using Bot.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Bot.Benchmarks;

/// <summary>
/// From a moderator's /addsource of a 20 KB article to /status answering with its facts, with 10,000 documents
/// already indexed. One operation = the /addsource reply plus the /status reply naming the new report. Each
/// operation adds a new article (the same text twice would be recognised and skipped), so the knowledge grows by
/// one source per operation, a few hundred over a run: 10,000 stays the order of magnitude.
/// </summary>
/// <remarks>
/// <c>file</c> sends the article as an attached .md file (what pasted text becomes once it passes the 4,096-character
/// chat limit); <c>url</c> has the bot fetch it from a server on 127.0.0.1 through the SSRF-safe fetcher.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class AddSourceBenchmarks
{
    public const int ArticleBytes = 20 * 1024;

    private static readonly string[] Syllables = ["kel", "mor", "vad", "sin", "tor", "bel", "qas", "nim", "ruh", "zef"];

    /// <summary>Wire copy for the articles' bodies, made once so that making an article costs next to nothing.</summary>
    private static readonly Lazy<IReadOnlyList<string>> Filler = new(() =>
        [.. NewsCorpus.Documents(200, seed: 1000).Select(d => d.Content[(d.Content.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..])]);

    private KnowledgeBase _knowledge = null!;
    private IHost _host = null!;
    private CommandDispatcher _dispatcher = null!;
    private WebApplication _site = null!;
    private int _port;
    private int _next;

    [Params(10_000)]
    public int Documents { get; set; }

    [Params("file", "url")]
    public string Via { get; set; } = "file";

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = NewsCorpus.Knowledge(Documents);
        (_host, _dispatcher) = CommandServices.Over(_knowledge, settings: new Dictionary<string, string?> { ["Bot:Sources:AllowPrivateAddresses"] = "true" });

        _site = LoopbackServer.StartAsync(async context =>
        {
            var number = int.Parse(context.Request.Path.Value!.AsSpan("/article/".Length), CultureInfo.InvariantCulture);
            context.Response.ContentType = "text/markdown; charset=utf-8";
            await context.Response.WriteAsync(Article(number));
        }).GetAwaiter().GetResult();
        _port = _site.BaseAddress().Port;

        // One run outside the measurement proves the operation does what it claims.
        var answer = AddAndAskAsync().GetAwaiter().GetResult();
        if (!answer.Items[0].Text.StartsWith("Latest report: Forces hand over " + Place(_next), StringComparison.Ordinal))
        {
            throw new InvalidOperationException("/status did not lead with the new report: " + PlainTextRenderer.Render(answer));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _site.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        _knowledge.Dispose();
    }

    [Benchmark]
    public async Task<Answer> AddSourceThenStatus() => await AddAndAskAsync();

    private async Task<Answer> AddAndAskAsync()
    {
        var number = Interlocked.Increment(ref _next);
        var added = Via == "url"
            ? await SendAsync($"/addsource http://127.0.0.1:{_port}/article/{number}")
            : await SendAsync("/addsource", Attachment(number));
        if (!added.Headline.StartsWith("Added source [", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("/addsource failed: " + added.Headline);
        }

        return await SendAsync($"/status {Place(number)}");
    }

    private async Task<Answer> SendAsync(string text, ChatAttachment? attachment = null) =>
        await _dispatcher.HandleAsync(CommandServices.Message(text) with { Attachment = attachment }, LocalOperatorIsModerator.Instance, CancellationToken.None)
            ?? throw new InvalidOperationException("No answer to " + text);

    private static ChatAttachment Attachment(int number)
    {
        var bytes = Encoding.UTF8.GetBytes(Article(number));
        return new ChatAttachment($"report-{number}.md", bytes.Length, "text/markdown", _ => Task.FromResult<Stream>(new MemoryStream(bytes)));
    }

    /// <summary>A unique invented place per article, so each article brings a new topic for /status to find.</summary>
    internal static string PlaceFor(int number) => Place(number);

    internal static string ArticleFor(int number) => Article(number);

    private static string Place(int number)
    {
        var name = new StringBuilder();
        for (var n = number + 100; n > 0; n /= Syllables.Length)
        {
            name.Append(Syllables[n % Syllables.Length]);
        }

        return char.ToUpperInvariant(name[0]) + name.ToString(1, name.Length - 1);
    }

    /// <summary>About 20 KB: a dated lead about the new place, then paragraphs of ordinary wire copy.</summary>
    private static string Article(int number)
    {
        var place = Place(number);
        var text = new StringBuilder()
            .Append("---\ntitle: Forces hand over ").Append(place).Append(" base\npublished: 2026-01-10\nsource: Bench Wire\n---\n")
            .Append("The coalition handed the ").Append(place).Append(" air base over to local forces on Saturday, the Joint Command said.\n")
            .Append("The last troops will leave ").Append(place).Append(" by March 2026, officials said.\n");
        var filler = Filler.Value;
        for (var i = number; text.Length < ArticleBytes; i++)
        {
            text.Append(filler[i % filler.Count]);
        }

        return text.ToString(0, ArticleBytes);
    }
}
