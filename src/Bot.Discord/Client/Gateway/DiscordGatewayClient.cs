using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Retries;
using Bot.Discord.Api;
using Bot.Discord.Client.Json;
using Bot.Discord.Client.Rest;

namespace Bot.Discord.Client.Gateway;

/// <summary>A dispatch event (op 0) from the gateway: its name (<c>t</c>) and its data (<c>d</c>).</summary>
internal delegate Task GatewayDispatchHandler(string eventName, JsonElement data, CancellationToken cancellationToken);

/// <summary>
/// Discord's gateway over one <see cref="ClientWebSocket"/>: Hello, Identify or Resume, heartbeats with ACK
/// tracking, and the reconnect rules (op 7, op 9, close codes, zombie connections) from PROTOCOLS.md.
/// <see cref="RunAsync"/> keeps a session alive until it is cancelled or Discord closes with a fatal code.
/// </summary>
internal sealed class DiscordGatewayClient(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    GatewayRandomness random,
    ILogger<DiscordGatewayClient> logger)
{
    public const int MaxFrameBytes = 4096;
    public const int FramesPerWindow = 120;
    public static readonly TimeSpan FrameWindow = TimeSpan.FromSeconds(60);

    /// <summary>A connection that does not say Hello within this long is dropped and retried.</summary>
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The code we close with to keep the session resumable (1000 and 1001 would end it).</summary>
    public const WebSocketCloseStatus ResumableClose = (WebSocketCloseStatus)4000;

    private const int MaxMessageBytes = 32 * 1024 * 1024;

    private string? _gatewayUrl;
    private string? _sessionId;
    private string? _resumeUrl;
    private long _sequence = -1;

    /// <summary>Why a connection ended, and so how the next one starts.</summary>
    private enum Next
    {
        Resume,
        Identify,
        IdentifyAfterPause,
        Stop,
    }

    /// <summary>Runs the session until <paramref name="cancellationToken"/> fires or Discord closes with a fatal code.</summary>
    public async Task RunAsync(GatewayDispatchHandler onDispatch, CancellationToken cancellationToken)
    {
        var failures = 0;
        var next = Next.Identify;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = next == Next.Resume && _sessionId is not null && _resumeUrl is not null;
            if (!resume)
            {
                _sessionId = null;
                _resumeUrl = null;
                Interlocked.Exchange(ref _sequence, -1);
            }

            var ready = false;
            string? failure = null;
            try
            {
                var url = resume ? _resumeUrl! : await GatewayUrlAsync(cancellationToken);
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(WithVersion(url), cancellationToken);
                next = await RunConnectionAsync(socket, resume, onDispatch, () => ready = true, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordApiException exception) when (exception.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                logger.LogCritical("Discord rejected the bot token ({Reason}); the Discord transport stops. Check Bot:Discord:Token.", exception.Message);
                return;
            }
            catch (Exception exception)
            {
                // A drop without a close frame keeps the session resumable.
                failure = exception.GetType().Name + ": " + exception.Message;
                next = Next.Resume;
            }

            if (next == Next.Stop)
            {
                return;
            }

            failures = ready ? 0 : failures + 1;
            var pause = failures == 0 ? TimeSpan.Zero : new Backoff(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay).Ceiling(failures);
            if (next == Next.IdentifyAfterPause)
            {
                // Discord asks for a short random pause (1-5 s in production) before identifying again after op 9.
                pause += options.Value.ReconnectDelay * (1 + 4 * random.Next());
                next = Next.Identify;
            }

            if (failure is not null)
            {
                logger.LogWarning("The Discord gateway connection failed or dropped ({Reason}); reconnecting in {Pause}", failure, pause);
            }

            if (pause > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(pause, time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<string> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (_gatewayUrl is not null)
        {
            return _gatewayUrl;
        }

        if (!string.IsNullOrWhiteSpace(options.Value.GatewayUrl))
        {
            return _gatewayUrl = options.Value.GatewayUrl;
        }

        var gateway = await rest.GetGatewayBotAsync(cancellationToken);
        if (gateway.SessionStartLimit is { Remaining: 0 } limit)
        {
            // 1000 Identify calls a day, then Discord resets the token: wait rather than burn it.
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
            logger.LogWarning("Discord session start limit reached ({Total} a day); waiting {Wait} before identifying", limit.Total, wait);
            await Task.Delay(wait, time, cancellationToken);
        }

        return _gatewayUrl = gateway.Url;
    }

    private static Uri WithVersion(string url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private async Task<Next> RunConnectionAsync(ClientWebSocket socket, bool resume, GatewayDispatchHandler onDispatch, Action onReady, CancellationToken cancellationToken)
    {
        using var connectionStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var connection = new Connection(socket, time);

        Next? closed;
        GatewayFrame? hello;
        using (var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            helloTimeout.CancelAfter(HelloTimeout);
            (hello, closed) = await ReceiveAsync(socket, helloTimeout.Token);
        }

        if (hello is null)
        {
            return closed ?? Next.Resume;
        }

        if (hello.Op != Opcode.Hello)
        {
            logger.LogWarning("Discord gateway sent op {Op} before Hello; reconnecting", hello.Op);
            await CloseAsync(socket, ResumableClose, "expected Hello");
            return Next.Resume;
        }

        var interval = TimeSpan.FromMilliseconds(hello.D.Deserialize(DiscordJsonContext.Default.HelloPayload)!.HeartbeatInterval);
        var beating = HeartbeatAsync(connection, interval, connectionStop.Token);
        if (resume)
        {
            logger.LogInformation("Resuming the Discord session at sequence {Sequence}", Sequence);
            await connection.SendAsync(new GatewayCommand<ResumePayload>(Opcode.Resume, new ResumePayload(options.Value.Token, _sessionId!, Sequence)), DiscordJsonContext.Default.GatewayCommandResumePayload, connectionStop.Token);
        }
        else
        {
            await connection.SendAsync(new GatewayCommand<IdentifyPayload>(Opcode.Identify, Identify()), DiscordJsonContext.Default.GatewayCommandIdentifyPayload, connectionStop.Token);
        }

        var receiving = ReceiveLoopAsync(connection, onDispatch, onReady, connectionStop.Token);
        var first = await Task.WhenAny(beating, receiving);

        // Close before cancelling: cancelling a pending WebSocket operation aborts the socket, and Discord should
        // see a non-1000 close code so that the session stays resumable.
        if (socket.State == WebSocketState.Open)
        {
            await CloseAsync(socket, ResumableClose, first == beating ? "zombie connection" : "reconnecting");
        }

        await connectionStop.CancelAsync();
        if (first == beating && beating.IsCompletedSuccessfully)
        {
            logger.LogWarning("Discord did not acknowledge the last heartbeat: the connection is a zombie; reconnecting to resume");
            await Task.WhenAny(receiving);
            return Next.Resume;
        }

        await Task.WhenAny(beating);
        return await receiving;
    }

    private IdentifyPayload Identify()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
        // Intents 0: INTERACTION_CREATE belongs to no intent, and a slash-command bot needs nothing else.
        return new IdentifyPayload(options.Value.Token, 0, new IdentifyProperties(os, "news-briefing-bot", "news-briefing-bot"));
    }

    private long? Sequence => Interlocked.Read(ref _sequence) is var s and >= 0 ? s : null;

    private async Task<Next> HeartbeatAsync(Connection connection, TimeSpan interval, CancellationToken cancellationToken)
    {
        await Task.Delay(interval * random.Next(), time, cancellationToken);
        while (true)
        {
            if (!connection.Acknowledged)
            {
                return Next.Resume;
            }

            connection.Acknowledged = false;
            await connection.SendAsync(new GatewayCommand<long?>(Opcode.Heartbeat, Sequence), DiscordJsonContext.Default.GatewayCommandNullableInt64, cancellationToken);
            await Task.Delay(interval, time, cancellationToken);
        }
    }

    private async Task<Next> ReceiveLoopAsync(Connection connection, GatewayDispatchHandler onDispatch, Action onReady, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (frame, closed) = await ReceiveAsync(connection.Socket, cancellationToken);
            if (frame is null)
            {
                return closed ?? Next.Resume;
            }

            switch (frame.Op)
            {
                case Opcode.Dispatch:
                    if (frame.S is { } sequence)
                    {
                        Interlocked.Exchange(ref _sequence, sequence);
                    }

                    try
                    {
                        await DispatchAsync(frame, onDispatch, onReady, cancellationToken);
                    }
                    catch (JsonException exception)
                    {
                        // An event whose data has a shape the bot does not know: skipped, and the connection stays up.
                        logger.LogWarning("Skipped the Discord {Event} event (sequence {Sequence}): the bot cannot read it ({Error})", frame.T, frame.S, exception.Message);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        logger.LogError(exception, "Handling the Discord {Event} event failed", frame.T);
                    }

                    break;
                case Opcode.Heartbeat:
                    await connection.SendAsync(new GatewayCommand<long?>(Opcode.Heartbeat, Sequence), DiscordJsonContext.Default.GatewayCommandNullableInt64, cancellationToken);
                    break;
                case Opcode.HeartbeatAck:
                    connection.Acknowledged = true;
                    break;
                case Opcode.Reconnect:
                    logger.LogInformation("Discord asked the bot to reconnect (op 7); resuming");
                    return Next.Resume;
                case Opcode.InvalidSession:
                    var resumable = frame.D.ValueKind == JsonValueKind.True;
                    logger.LogWarning("Discord invalidated the session (op 9, resumable: {Resumable})", resumable);
                    return resumable ? Next.Resume : Next.IdentifyAfterPause;
                default:
                    logger.LogDebug("Ignoring Discord gateway op {Op}", frame.Op);
                    break;
            }
        }
    }

    private async Task DispatchAsync(GatewayFrame frame, GatewayDispatchHandler onDispatch, Action onReady, CancellationToken cancellationToken)
    {
        if (frame.T == "READY")
        {
            var ready = frame.D.Deserialize(DiscordJsonContext.Default.ReadyPayload)!;
            _sessionId = ready.SessionId;
            _resumeUrl = ready.ResumeGatewayUrl;
            logger.LogInformation("Connected to the Discord gateway as {User} ({UserId})", ready.User?.Username, ready.User?.Id);
            onReady();
        }
        else if (frame.T == "RESUMED")
        {
            logger.LogInformation("Resumed the Discord session");
            onReady();
        }

        if (frame.T is { } eventName)
        {
            await onDispatch(eventName, frame.D, cancellationToken);
        }
    }

    /// <summary>The next frame, or null and what to do next when the server closed the connection.</summary>
    private async Task<(GatewayFrame? Frame, Next? Closed)> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var status = socket.CloseStatus;
                var description = socket.CloseStatusDescription;
                await CloseAsync(socket, status ?? WebSocketCloseStatus.NormalClosure, "closed by server");
                return (null, OnClose((int?)status, description));
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new InvalidDataException($"Discord sent a gateway message over {MaxMessageBytes:N0} bytes.");
            }

            if (result.EndOfMessage)
            {
                if (Read(buffer.WrittenSpan) is { } frame)
                {
                    return (frame, null);
                }

                buffer.ResetWrittenCount();
            }
        }
    }

    /// <summary>A frame, or null (logged) for one the bot cannot read: skipping it keeps the connection and the session.</summary>
    private GatewayFrame? Read(ReadOnlySpan<byte> message)
    {
        try
        {
            if (JsonSerializer.Deserialize(message, DiscordJsonContext.Default.GatewayFrame) is { } frame)
            {
                return frame;
            }

            logger.LogWarning("Skipped a Discord gateway frame the bot cannot read ({Bytes} bytes): it is null", message.Length);
        }
        catch (JsonException exception)
        {
            logger.LogWarning("Skipped a Discord gateway frame the bot cannot read ({Bytes} bytes): {Error}", message.Length, exception.Message);
        }

        return null;
    }

    private Next OnClose(int? code, string? reason)
    {
        switch (code)
        {
            case 4004:
                logger.LogCritical("Discord closed the gateway with 4004 (authentication failed); the Discord transport stops. Check Bot:Discord:Token.");
                return Next.Stop;
            case 4010 or 4011 or 4012 or 4013 or 4014:
                logger.LogCritical("Discord closed the gateway with {Code} ({Reason}); this cannot be fixed by reconnecting, so the Discord transport stops. " +
                    "4010/4011: sharding, 4012: API version, 4013/4014: intents.", code, reason);
                return Next.Stop;
            case 4001 or 4003 or 4005 or 4007 or 4009:
                logger.LogWarning("Discord closed the gateway with {Code} ({Reason}); identifying afresh", code, reason);
                return Next.Identify;
            default:
                logger.LogInformation("Discord closed the gateway with {Code} ({Reason}); resuming", code, reason);
                return Next.Resume;
        }
    }

    private static async Task CloseAsync(ClientWebSocket socket, WebSocketCloseStatus status, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    private static class Opcode
    {
        public const int Dispatch = 0;
        public const int Heartbeat = 1;
        public const int Identify = 2;
        public const int Resume = 6;
        public const int Reconnect = 7;
        public const int InvalidSession = 9;
        public const int Hello = 10;
        public const int HeartbeatAck = 11;
    }

    /// <summary>One WebSocket connection: serialised sends within Discord's frame size and rate, and the ACK flag.</summary>
    [SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "A SemaphoreSlim whose AvailableWaitHandle is never read holds nothing to release; disposing it would only make in-flight callers fail.")]
    private sealed class Connection(ClientWebSocket socket, TimeProvider time)
    {
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private readonly Queue<long> _sentAt = new();
        private volatile bool _acknowledged = true;

        public ClientWebSocket Socket => socket;

        public bool Acknowledged
        {
            get => _acknowledged;
            set => _acknowledged = value;
        }

        public async Task SendAsync<T>(T frame, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(frame, type);
            if (bytes.Length > MaxFrameBytes)
            {
                // Discord would close with 4002; refuse here, where the cause is visible.
                throw new InvalidOperationException($"A gateway frame of {bytes.Length:N0} bytes exceeds Discord's {MaxFrameBytes:N0}.");
            }

            await _sendLock.WaitAsync(cancellationToken);
            try
            {
                while (_sentAt.Count >= FramesPerWindow)
                {
                    var age = time.GetElapsedTime(_sentAt.Peek());
                    if (age >= FrameWindow)
                    {
                        _sentAt.Dequeue();
                        continue;
                    }

                    await Task.Delay(FrameWindow - age, time, cancellationToken);
                }

                _sentAt.Enqueue(time.GetTimestamp());
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }
}
