using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Bot.Fakes.Discord;

/// <summary>
/// One client connection to the fake gateway, driven by the test: it says Hello, sends dispatches and opcodes,
/// closes with a code, and reads what the client sent. Heartbeats are acknowledged unless told otherwise.
/// </summary>
public sealed class FakeGatewayConnection
{
    private readonly WebSocket _socket;
    private readonly FakeDiscordServer _server;
    private readonly Channel<JsonElement> _incoming = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _received = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeGatewayConnection(WebSocket socket, FakeDiscordServer server, string path, string query)
    {
        _socket = socket;
        _server = server;
        Path = path;
        Query = query;
    }

    public string Path { get; }

    public string Query { get; }

    /// <summary>When false, heartbeats go unanswered: the client should find the connection a zombie.</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>Every frame the client sent on this connection, heartbeats included.</summary>
    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Completes when the connection ends: the client's close code, or null when it dropped without one.</summary>
    public Task<int?> Closed => _closed.Task;

    public Task SendHelloAsync(int heartbeatIntervalMilliseconds) =>
        SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatIntervalMilliseconds } });

    /// <summary>Sends an op 0 dispatch with the server's next sequence number, which it returns.</summary>
    public async Task<long> SendDispatchAsync(string eventName, object data)
    {
        var sequence = _server.NextSequence();
        await SendAsync(new { op = 0, s = sequence, t = eventName, d = data });
        return sequence;
    }

    public Task SendReadyAsync(string sessionId = "session-1") =>
        SendDispatchAsync("READY", new
        {
            v = 10,
            user = new { id = "42", username = "newsbot" },
            guilds = Array.Empty<object>(),
            session_id = sessionId,
            resume_gateway_url = _server.ResumeUrl.ToString(),
            application = new { id = FakeDiscordServer.ApplicationId, flags = 0 },
        });

    public Task SendOpAsync(int op, object? data) => SendAsync(new { op, d = data });

    /// <summary>Sends <paramref name="text"/> as it is, as one text frame: whatever Discord might send, readable or not.</summary>
    public Task SendRawAsync(string text) => SendBytesAsync(Encoding.UTF8.GetBytes(text));

    public Task SendAsync(object frame) => SendBytesAsync(JsonSerializer.SerializeToUtf8Bytes(frame));

    private async Task SendBytesAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes from the server side with a Discord close code.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        using var timeout = new CancellationTokenSource(FakeDiscordServer.DefaultTimeout);
        await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
    }

    /// <summary>The next frame the client sends with <paramref name="op"/> (others are skipped, but stay in <see cref="Received"/>).</summary>
    public async Task<JsonElement> ReceiveAsync(int op, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? FakeDiscordServer.DefaultTimeout);
        try
        {
            while (true)
            {
                var frame = await _incoming.Reader.ReadAsync(cancel.Token);
                if (frame.GetProperty("op").GetInt32() == op)
                {
                    return frame;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The client sent no op {op} frame on {Path} in time.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The connection on {Path} closed before the client sent op {op}.");
        }
    }

    internal async Task RunAsync(CancellationToken stopping)
    {
        var buffer = new byte[64 * 1024];
        int? closeCode = null;
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, stopping);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    closeCode = (int?)result.CloseStatus;
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
                    }

                    break;
                }

                var frame = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
                lock (_received)
                {
                    _received.Add(frame);
                }

                if (frame.GetProperty("op").GetInt32() == 1 && AcknowledgeHeartbeats)
                {
                    await SendAsync(new { op = 11 });
                }

                _incoming.Writer.TryWrite(frame);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
        {
        }
        finally
        {
            _incoming.Writer.TryComplete();
            _closed.TrySetResult(closeCode);
        }
    }
}
