using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Fakes.Discord;

/// <summary>
/// A fake of Discord's REST API (under /api/v10) and gateway (WebSockets on /gateway and /resume), on 127.0.0.1.
/// REST calls are recorded and answered with Discord's usual success replies unless a test scripted otherwise;
/// each gateway connection is handed to the test to drive. The server stops by itself after its lifetime.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const string ApplicationId = "100000000000000001";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _lifetime;
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Waiter> _waiters = [];
    private readonly List<(string Method, string PathPrefix, ScriptedResponse Response)> _script = [];
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly TimeProvider _time;
    private long _sequence;

    private FakeDiscordServer(WebApplication app, CancellationTokenSource lifetime, TimeProvider time)
    {
        _app = app;
        _lifetime = lifetime;
        _time = time;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Raised as each REST call arrives, on the request's thread (benchmarks time interactions with it).</summary>
    public event Action<RecordedRequest>? RequestReceived;

    /// <summary>When false, calls are not kept in <see cref="Requests"/>: a long benchmark run stays small.</summary>
    public bool KeepRequests { get; set; } = true;

    public string ApiBaseUrl => new Uri(BaseAddress, "/api/v10").ToString();

    public Uri GatewayUrl => new UriBuilder(BaseAddress) { Scheme = "ws", Path = "/gateway" }.Uri;

    public Uri ResumeUrl => new UriBuilder(BaseAddress) { Scheme = "ws", Path = "/resume" }.Uri;

    /// <summary>Every REST call so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts the fake on a free loopback port; it stops itself after <paramref name="lifetime"/> (default one minute).</summary>
    public static async Task<FakeDiscordServer> StartAsync(TimeSpan? lifetime = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(LoopbackServer.AnyPortUrl);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var app = builder.Build();
        var stop = new CancellationTokenSource(lifetime ?? TimeSpan.FromMinutes(1));
        var server = new FakeDiscordServer(app, stop, time ?? TimeProvider.System);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First());
        stop.Token.Register(() => _ = app.StopAsync());
        return server;
    }

    /// <summary>The next reply to a request whose method is <paramref name="method"/> and path starts with <paramref name="pathPrefix"/> (after /api/v10).</summary>
    public void Script(string method, string pathPrefix, ScriptedResponse response)
    {
        lock (_script)
        {
            _script.Add((method, pathPrefix, response));
        }
    }

    /// <summary>The next gateway connection the client opens.</summary>
    public async Task<FakeGatewayConnection> AcceptGatewayAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            return await _connections.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The client opened no gateway connection in time.");
        }
    }

    /// <summary>True when the client opens no further gateway connection within <paramref name="wait"/>.</summary>
    public async Task<bool> NoGatewayConnectionWithinAsync(TimeSpan wait)
    {
        using var cancel = new CancellationTokenSource(wait);
        try
        {
            await _connections.Reader.WaitToReadAsync(cancel.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null) =>
        (await WaitForRequestsAsync(match, 1, timeout))[0];

    /// <summary>The first <paramref name="count"/> requests that match, once they have all arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<IReadOnlyList<RecordedRequest>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_requests)
        {
            var found = _requests.Where(match).Take(count).ToList();
            if (found.Count == count)
            {
                return found;
            }

            _waiters.Add(new Waiter(match, count, found, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Expected {count} matching request(s); received: {string.Join(", ", Requests.Select(r => r.Method + " " + r.Path))}");
        }
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.WebSockets.IsWebSocketRequest && path is "/gateway" or "/resume")
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var connection = new FakeGatewayConnection(socket, this, path, context.Request.QueryString.Value ?? "");
            _connections.Writer.TryWrite(connection);
            await connection.RunAsync(_lifetime.Token);
            return;
        }

        var (body, files) = await ReadBodyAsync(context.Request);
        var apiPath = path.StartsWith("/api/v10", StringComparison.Ordinal) ? path["/api/v10".Length..] : path;
        var request = new RecordedRequest(
            context.Request.Method,
            apiPath,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            _time.GetUtcNow())
        {
            Files = files,
        };

        var response = Scripted(request) ?? Default(request);
        Record(request);

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is { } text)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(text);
        }
    }

    /// <summary>A JSON body as it came; a multipart one (a message with files) as its payload_json and its files.</summary>
    private static async Task<(string Body, IReadOnlyList<RecordedFile> Files)> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType && request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync();
            var files = new List<RecordedFile>();
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, bytes.ToArray()));
            }

            return (form["payload_json"].ToString(), files);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return (await reader.ReadToEndAsync(), []);
    }

    private void Record(RecordedRequest request)
    {
        RequestReceived?.Invoke(request);
        lock (_requests)
        {
            if (KeepRequests)
            {
                _requests.Add(request);
            }

            foreach (var waiter in _waiters.ToList())
            {
                if (waiter.Match(request))
                {
                    waiter.Found.Add(request);
                }

                if (waiter.Found.Count == waiter.Count)
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult(waiter.Found);
                }
            }
        }
    }

    private ScriptedResponse? Scripted(RecordedRequest request)
    {
        lock (_script)
        {
            var index = _script.FindIndex(s => s.Method == request.Method && request.Path.StartsWith(s.PathPrefix, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var response = _script[index].Response;
            _script.RemoveAt(index);
            return response;
        }
    }

    /// <summary>Discord's ordinary success replies.</summary>
    private ScriptedResponse Default(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/gateway/bot") => new(200, $$$"""{"url":"{{{GatewayUrl}}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":0,"max_concurrency":1}}"""),
        ("POST", var p) when p.StartsWith("/interactions/", StringComparison.Ordinal) => new(204),
        ("PATCH", var p) when p.StartsWith("/webhooks/", StringComparison.Ordinal) => new(200, """{"id":"900"}"""),
        ("DELETE", var p) when p.StartsWith("/webhooks/", StringComparison.Ordinal) => new(204),
        ("POST", var p) when p.StartsWith("/webhooks/", StringComparison.Ordinal) => new(200, """{"id":"901"}"""),
        ("PUT", var p) when p.EndsWith("/commands", StringComparison.Ordinal) => new(200, request.Body),
        ("POST", var p) when p.StartsWith("/channels/", StringComparison.Ordinal) => new(200, """{"id":"902"}"""),
        _ => new(404, """{"message":"404: Not Found","code":0}"""),
    };

    private sealed record Waiter(Func<RecordedRequest, bool> Match, int Count, List<RecordedRequest> Found, TaskCompletionSource<IReadOnlyList<RecordedRequest>> Done);

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _lifetime.Dispose();
    }
}
