using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Fakes.Telegram;

/// <summary>One call the bot made: the method, its parameters as JSON, and when it arrived (since the fake started).</summary>
public sealed record FakeTelegramRequest(string Method, JsonObject Body, TimeSpan At)
{
    /// <summary>The files uploaded with the call (multipart), by form field: sendPhoto's "photo".</summary>
    public IReadOnlyDictionary<string, FakeTelegramUpload> Files { get; init; } = new Dictionary<string, FakeTelegramUpload>();

    public string? Caption => Body["caption"]?.GetValue<string>();

    /// <summary>The file sent for a parameter: uploaded under the parameter's name, or named by it as "attach://name" (Telegram.Bot's way).</summary>
    public FakeTelegramUpload? Upload(string parameter) =>
        Files.TryGetValue(parameter, out var direct) ? direct
        : Body[parameter] is JsonValue value && value.TryGetValue(out string? text) && text.StartsWith("attach://", StringComparison.Ordinal)
            && Files.TryGetValue(text["attach://".Length..], out var attached) ? attached
        : null;

    public long? ChatId => Body["chat_id"] is { } id && long.TryParse(id.ToString(), out var value) ? value : null;

    public string? Text => Body["text"]?.GetValue<string>();
}

/// <summary>A file the bot uploaded: its name, content type and bytes.</summary>
public sealed record FakeTelegramUpload(string FileName, string? ContentType, byte[] Bytes);

/// <summary>An error the fake answers with, in the Bot API's shape: {ok:false, error_code, description, parameters}.</summary>
/// <summary>
/// Telegram's sending limits, enforced by the fake when set: messages per second overall, the least gap between two
/// messages to one chat, and messages per minute to one group (a negative chat id). Beyond them it answers 429.
/// </summary>
public sealed record FakeTelegramLimits(int MessagesPerSecond, TimeSpan ChatInterval, int GroupMessagesPerMinute)
{
    /// <summary>What Telegram's FAQ gives: about 30 messages/s, 1 per second per chat, 20 per minute per group.</summary>
    public static FakeTelegramLimits Telegram { get; } = new(30, TimeSpan.FromSeconds(1), 20);
}

public sealed record FakeTelegramFault(int StatusCode, string Description, int? RetryAfter = null, long? MigrateToChatId = null)
{
    /// <summary>Not an error: the call hangs this long (or until the client gives up), then succeeds as usual.</summary>
    public TimeSpan Hang { get; init; }

    public static FakeTelegramFault Hanging(TimeSpan hang) => new(200, "") { Hang = hang };

    public static FakeTelegramFault TooManyRequests(int retryAfterSeconds) => new(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    public static FakeTelegramFault ServerError() => new(500, "Internal Server Error");

    public static FakeTelegramFault BotBlocked() => new(403, "Forbidden: bot was blocked by the user");

    public static FakeTelegramFault Conflict() => new(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    public static FakeTelegramFault MigratedTo(long chatId) => new(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: chatId);
}

/// <summary>
/// A fake Telegram Bot API on 127.0.0.1 (a port the OS picks), driven by the real Telegram.Bot client through its base
/// URL. Updates are scripted, every call is recorded, and faults can be scripted per method. getUpdates long-polls
/// for at most <see cref="MaxLongPollWait"/>, so nothing waits long when a test ends.
/// </summary>
public sealed class FakeTelegramBotApi : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<JsonObject> _updates = [];
    private readonly List<FakeTelegramRequest> _requests = [];
    private readonly Dictionary<string, Queue<FakeTelegramFault>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(long Chat, long User), string> _members = [];
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;
    private long _nextUpdateId = 1000;
    private int _nextMessageId = 1;
    private int _rejectedCalls;
    private long _fileBytesServed;
    private int _limitViolations;
    private readonly List<FakeTelegramRequest> _delivered = [];
    private readonly Queue<TimeSpan> _recentSends = new();
    private readonly Dictionary<long, TimeSpan> _lastSendByChat = [];
    private readonly Dictionary<long, Queue<TimeSpan>> _groupSends = [];

    public FakeTelegramBotApi(string token = "123456:test", string botUsername = "news_test_bot")
    {
        Token = token;
        BotUsername = botUsername;
        BotId = long.Parse(token[..token.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Token { get; }

    public string BotUsername { get; }

    public long BotId { get; }

    /// <summary>"http://127.0.0.1:PORT", for Bot:Telegram:ApiBaseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// The configuration that points the bot's Telegram transport at this fake (its token and address) with a long poll of
    /// <paramref name="pollTimeoutSeconds"/>, and then <paramref name="more"/>, which wins over these.
    /// </summary>
    public Dictionary<string, string?> BotSettings(int pollTimeoutSeconds, IEnumerable<KeyValuePair<string, string?>>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Telegram:Token"] = Token,
            ["Bot:Telegram:ApiBaseUrl"] = BaseUrl,
            ["Bot:Telegram:PollTimeoutSeconds"] = pollTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The longest a getUpdates call waits for news, whatever timeout the bot asks for.</summary>
    public TimeSpan MaxLongPollWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The highest offset a getUpdates call confirmed (every update below it is acknowledged).</summary>
    public long ConfirmedOffset { get; private set; }

    public string? WebhookUrl { get; private set; }

    /// <summary>Calls refused with 401 because they carried another token; they are not in <see cref="Requests"/>.</summary>
    public int RejectedCalls => Volatile.Read(ref _rejectedCalls);

    public string? WebhookSecret { get; private set; }

    /// <summary>How many bytes of files the client actually took (a client that stops reading takes less than the file).</summary>
    public long FileBytesServed => Interlocked.Read(ref _fileBytesServed);

    /// <summary>When set, sendMessage and sendPhoto calls beyond these limits are answered 429 with retry_after (and not delivered).</summary>
    public FakeTelegramLimits? EnforcedLimits { get; set; }

    /// <summary>sendMessage and sendPhoto calls refused with 429 because they broke <see cref="EnforcedLimits"/>.</summary>
    public int LimitViolations => Volatile.Read(ref _limitViolations);

    /// <summary>sendMessage and sendPhoto calls delivered (not faulted, not refused for a limit), with when they arrived.</summary>
    public IReadOnlyList<FakeTelegramRequest> DeliveredMessages
    {
        get
        {
            lock (_gate)
            {
                return [.. _delivered];
            }
        }
    }

    /// <summary>Raised for every recorded call, on the server's thread.</summary>
    public event Action<FakeTelegramRequest>? RequestReceived;

    public static async Task<FakeTelegramBotApi> StartAsync(string token = "123456:test", string botUsername = "news_test_bot")
    {
        var fake = new FakeTelegramBotApi(token, botUsername);
        await fake.StartAsync();
        return fake;
    }

    public async Task StartAsync()
    {
        _app = await LoopbackServer.StartAsync(ServeAsync);
        BaseUrl = _app.BaseAddress().AbsoluteUri.TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    // ---- Scripting ----

    /// <summary>Queues a text message from a user; returns its update_id.</summary>
    public long EnqueueMessage(long chatId, string text, string chatType = "private", long? fromId = null, string? chatTitle = null) =>
        Enqueue(id => new JsonObject { ["message"] = Message(chatId, text, chatType, fromId ?? chatId, chatTitle, messageId: MessageIdOf(id)) });

    /// <summary>The message_id the fake gives the message of update <paramref name="updateId"/>.</summary>
    public static int MessageIdOf(long updateId) => (int)(updateId % int.MaxValue);

    /// <summary>
    /// Queues a document (a file) sent with <paramref name="caption"/>; its bytes are served by getFile and the file URL.
    /// <paramref name="reportedSize"/> is the file_size the update claims (the real size unless given: Telegram's may be wrong).
    /// </summary>
    public long EnqueueDocument(long chatId, string caption, string fileName, byte[] content, string chatType = "private", long? fromId = null, string? mimeType = null, long? reportedSize = null)
    {
        var fileId = "file" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _files[fileId] = content;
        }

        return Enqueue(id =>
        {
            var message = Message(chatId, caption, chatType, fromId ?? chatId, null, messageId: MessageIdOf(id));
            message.Remove("text");
            message["caption"] = caption;
            message["document"] = new JsonObject
            {
                ["file_id"] = fileId,
                ["file_unique_id"] = "u" + fileId,
                ["file_name"] = fileName,
                ["mime_type"] = mimeType ?? "text/plain",
                ["file_size"] = reportedSize ?? content.Length,
            };
            return new JsonObject { ["message"] = message };
        });
    }

    /// <summary>Queues <paramref name="text"/> sent as a reply to an earlier message whose text was <paramref name="repliedText"/>.</summary>
    public long EnqueueReply(long chatId, string text, string repliedText, string chatType = "private", long? fromId = null) =>
        Enqueue(id =>
        {
            var message = Message(chatId, text, chatType, fromId ?? chatId, null, messageId: MessageIdOf(id));
            message["reply_to_message"] = Message(chatId, repliedText, chatType, 555, null, messageId: 1);
            return new JsonObject { ["message"] = message };
        });

    /// <summary>Queues a press of an inline button whose callback_data is <paramref name="data"/>.</summary>
    public long EnqueueCallback(long chatId, long fromId, string data, string chatType = "private") =>
        Enqueue(id => new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = $"cb{id}",
                ["from"] = User(fromId),
                ["message"] = new JsonObject { ["message_id"] = 1, ["date"] = UnixNow(), ["chat"] = Chat(chatId, chatType, null), ["text"] = "buttons" },
                ["chat_instance"] = $"ci{chatId}",
                ["data"] = data,
            },
        });

    /// <summary>
    /// Queues an update of a shape a newer Bot API could send and Telegram.Bot 22 cannot read: a type name it does not
    /// know in a polymorphic field (a forward origin, a member status, a chat background) or a field whose JSON type
    /// changed. <paramref name="variant"/> picks the shape; each is a kind the bot asks for.
    /// </summary>
    public long EnqueueUnreadable(long chatId, int variant)
    {
        return Enqueue(id => (variant % 4) switch
        {
            0 => new JsonObject { ["message"] = With(Message(chatId, "/help", "private", chatId, null, MessageIdOf(id)), "forward_origin", new JsonObject { ["type"] = "hologram", ["date"] = UnixNow() }) },
            1 => new JsonObject
            {
                ["my_chat_member"] = new JsonObject
                {
                    ["chat"] = Chat(chatId, "private", null),
                    ["from"] = User(chatId),
                    ["date"] = UnixNow(),
                    ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = User(BotId) },
                    ["new_chat_member"] = new JsonObject { ["status"] = "overseer", ["user"] = User(BotId) },
                },
            },
            2 => new JsonObject { ["message"] = With(Message(chatId, "/help", "private", chatId, null, MessageIdOf(id)), "reply_markup", new JsonObject { ["inline_keyboard"] = "none" }) },
            _ => new JsonObject { ["channel_post"] = With(Message(chatId, "/help", "channel", chatId, "News channel", MessageIdOf(id)), "chat_background_set", new JsonObject { ["type"] = new JsonObject { ["type"] = "aurora" } }) },
        });

        static JsonObject With(JsonObject message, string field, JsonNode value)
        {
            message[field] = value;
            return message;
        }
    }

    /// <summary>Queues any update body (without update_id, which is assigned); returns its update_id.</summary>
    public long Enqueue(Func<long, JsonObject> build)
    {
        lock (_gate)
        {
            var id = ++_nextUpdateId;
            var update = build(id);
            update["update_id"] = id;
            _updates.Add(update);
            Pulse();
            return id;
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with <paramref name="fault"/>.</summary>
    public void FailNext(string method, FakeTelegramFault fault, int times = 1)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<FakeTelegramFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public void SetChatMember(long chatId, long userId, string status)
    {
        lock (_gate)
        {
            _members[(chatId, userId)] = status;
        }
    }

    // ---- Observing ----

    public IReadOnlyList<FakeTelegramRequest> Requests(string? method = null)
    {
        lock (_gate)
        {
            return [.. _requests.Where(r => method is null || r.Method.Equals(method, StringComparison.OrdinalIgnoreCase))];
        }
    }

    public IReadOnlyList<FakeTelegramRequest> SentMessages => Requests("sendMessage");

    public IReadOnlyList<FakeTelegramRequest> SentPhotos => Requests("sendPhoto");

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> are recorded.</summary>
    public async Task<IReadOnlyList<FakeTelegramRequest>> WaitForAsync(string method, int count, TimeSpan timeout)
    {
        var deadline = _clock.Elapsed + timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var matching = _requests.Where(r => r.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                changed = _changed.Task;
            }

            var left = deadline - _clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} {method} call(s) within {timeout}; got {Requests(method).Count}. Calls: {string.Join(", ", Requests().Select(r => r.Method))}");
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    /// <summary>Posts an update to a webhook listener the way Telegram does; returns the status code.</summary>
    public static async Task<HttpStatusCode> DeliverToWebhookAsync(Uri url, JsonObject update, string? secret)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>An update as Telegram would post it to a webhook.</summary>
    public static JsonObject MessageUpdate(long updateId, long chatId, string text, string chatType = "private", long? fromId = null) =>
        new() { ["update_id"] = updateId, ["message"] = Message(chatId, text, chatType, fromId ?? chatId, null, messageId: MessageIdOf(updateId)) };

    // ---- The API ----

    private async Task ServeAsync(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? "").Trim('/').Split('/');
        if (segments is ["file", var tokenSegment, var fileId] && tokenSegment == "bot" + Token)
        {
            await ServeFileAsync(context, fileId);
            return;
        }

        if (segments.Length != 2 || !segments[0].StartsWith("bot", StringComparison.Ordinal))
        {
            await ErrorAsync(context, new FakeTelegramFault(404, "Not Found"));
            return;
        }

        if (segments[0] != "bot" + Token)
        {
            Interlocked.Increment(ref _rejectedCalls);
            await ErrorAsync(context, new FakeTelegramFault(401, "Unauthorized"));
            return;
        }

        var method = segments[1];
        var (body, files) = await ReadParametersAsync(context.Request);
        var request = new FakeTelegramRequest(method, body, _clock.Elapsed) { Files = files };
        FakeTelegramFault? fault;
        lock (_gate)
        {
            _requests.Add(request);
            fault = _faults.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            Pulse();
        }

        RequestReceived?.Invoke(request);
        if (fault is { Hang: var hang } && hang > TimeSpan.Zero)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(hang, linked.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            fault = null;
        }

        if (fault is not null)
        {
            await ErrorAsync(context, fault);
            return;
        }

        if (method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) || method.Equals("sendPhoto", StringComparison.OrdinalIgnoreCase))
        {
            var refusal = Admit(request);
            if (refusal is not null)
            {
                await ErrorAsync(context, refusal);
                return;
            }
        }

        JsonNode? result = method.ToLowerInvariant() switch
        {
            "getme" => new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "News Test", ["username"] = BotUsername },
            "getupdates" => await GetUpdatesAsync(body, context.RequestAborted),
            "sendmessage" => SentMessage(body),
            "sendphoto" => SentPhoto(request),
            "getchatmember" => ChatMember(body),
            "getfile" => FileDescription(body),
            "setwebhook" => SetWebhook(body),
            "deletewebhook" => DeleteWebhook(),
            "setmycommands" or "answercallbackquery" => true,
            _ => null,
        };

        if (result is null)
        {
            await ErrorAsync(context, new FakeTelegramFault(404, "Not Found: method not found"));
            return;
        }

        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = Number(body["offset"]) ?? 0;
        var limit = (int)Math.Clamp(Number(body["limit"]) ?? 100, 1, 100);
        var wait = TimeSpan.FromSeconds(Math.Max(0, Number(body["timeout"]) ?? 0));
        if (wait > MaxLongPollWait)
        {
            wait = MaxLongPollWait;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        var deadline = _clock.Elapsed + wait;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (offset > 0)
                {
                    // Calling with an offset confirms every update below it: Telegram forgets them.
                    _updates.RemoveAll(u => Number(u["update_id"]) < offset);
                    ConfirmedOffset = Math.Max(ConfirmedOffset, offset);
                }

                var ready = _updates.Where(u => Number(u["update_id"]) >= offset).Take(limit).Select(u => u.DeepClone()).ToArray();
                if (ready.Length > 0 || _clock.Elapsed >= deadline || linked.IsCancellationRequested)
                {
                    return new JsonArray(ready);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline - _clock.Elapsed, linked.Token);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
            }
        }
    }

    /// <summary>Checks a sendMessage or sendPhoto against the enforced limits; null when it may be delivered (and is then counted).</summary>
    private FakeTelegramFault? Admit(FakeTelegramRequest request)
    {
        lock (_gate)
        {
            var limits = EnforcedLimits;
            var now = request.At;
            var chat = request.ChatId ?? 0;
            if (limits is not null)
            {
                while (_recentSends.Count > 0 && _recentSends.Peek() <= now - TimeSpan.FromSeconds(1))
                {
                    _recentSends.Dequeue();
                }

                var group = _groupSends.TryGetValue(chat, out var sends) ? sends : null;
                while (group is { Count: > 0 } && group.Peek() <= now - TimeSpan.FromMinutes(1))
                {
                    group.Dequeue();
                }

                TimeSpan? wait = null;
                if (_recentSends.Count >= limits.MessagesPerSecond)
                {
                    wait = _recentSends.Peek() + TimeSpan.FromSeconds(1) - now;
                }
                else if (_lastSendByChat.TryGetValue(chat, out var last) && now - last < limits.ChatInterval)
                {
                    wait = last + limits.ChatInterval - now;
                }
                else if (chat < 0 && group is not null && group.Count >= limits.GroupMessagesPerMinute)
                {
                    wait = group.Peek() + TimeSpan.FromMinutes(1) - now;
                }

                if (wait is { } w)
                {
                    _limitViolations++;
                    var seconds = (int)Math.Max(1, Math.Ceiling(w.TotalSeconds));
                    return FakeTelegramFault.TooManyRequests(seconds);
                }
            }

            _recentSends.Enqueue(now);
            _lastSendByChat[chat] = now;
            if (chat < 0)
            {
                if (!_groupSends.TryGetValue(chat, out var groupSends))
                {
                    _groupSends[chat] = groupSends = new Queue<TimeSpan>();
                }

                groupSends.Enqueue(now);
            }

            _delivered.Add(request);
            return null;
        }
    }

    /// <summary>A photo message, as Telegram answers sendPhoto; a photo without its file is refused as Telegram does.</summary>
    private JsonNode? SentPhoto(FakeTelegramRequest request)
    {
        var body = request.Body;
        if (request.Upload("photo") is not { Bytes.Length: > 0 } photo)
        {
            return null;
        }

        var message = SentMessage(body);
        message.Remove("text");
        message["caption"] = body["caption"]?.GetValue<string>();
        message["photo"] = new JsonArray(new JsonObject { ["file_id"] = "photo-" + message["message_id"], ["file_unique_id"] = "u" + message["message_id"], ["width"] = 1200, ["height"] = 675, ["file_size"] = photo.Bytes.Length });
        return message;
    }

    private JsonObject SentMessage(JsonObject body)
    {
        var chatId = Number(body["chat_id"]) ?? 0;
        int id;
        lock (_gate)
        {
            id = ++_nextMessageId;
        }

        return new JsonObject
        {
            ["message_id"] = id,
            ["date"] = UnixNow(),
            ["chat"] = Chat(chatId, chatId < 0 ? "supergroup" : "private", chatId < 0 ? "Group" : null),
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "News Test", ["username"] = BotUsername },
            ["text"] = body["text"]?.GetValue<string>() ?? "",
        };
    }

    private JsonNode? FileDescription(JsonObject body)
    {
        var fileId = body["file_id"]?.ToString() ?? "";
        lock (_gate)
        {
            // The file's path is its id: the download URL is /file/bot{token}/{id}.
            return _files.TryGetValue(fileId, out var content)
                ? new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = content.Length, ["file_path"] = fileId }
                : null;
        }
    }

    private async Task ServeFileAsync(HttpContext context, string fileId)
    {
        byte[]? content;
        lock (_gate)
        {
            _requests.Add(new FakeTelegramRequest("file", new JsonObject { ["file_path"] = fileId }, _clock.Elapsed));
            content = _files.GetValueOrDefault(fileId);
            Pulse();
        }

        if (content is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        const int chunk = 64 * 1024;
        try
        {
            for (var offset = 0; offset < content.Length; offset += chunk)
            {
                var part = content.AsMemory(offset, Math.Min(chunk, content.Length - offset));
                var written = await context.Response.BodyWriter.WriteAsync(part, context.RequestAborted);
                // Paced like a network rather than a memory copy: once the client hangs up, Kestrel drops writes without
                // failing them and signals the abort a moment later, which a tight loop would outrun.
                await Task.Delay(TimeSpan.FromMilliseconds(1), context.RequestAborted);
                if (written.IsCompleted || written.IsCanceled || context.RequestAborted.IsCancellationRequested)
                {
                    break;
                }

                Interlocked.Add(ref _fileBytesServed, part.Length);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
        {
            // The client stopped reading and hung up.
        }
    }

    private JsonObject ChatMember(JsonObject body)
    {
        var chat = Number(body["chat_id"]) ?? 0;
        var user = Number(body["user_id"]) ?? 0;
        string status;
        lock (_gate)
        {
            status = _members.GetValueOrDefault((chat, user), "member");
        }

        var member = new JsonObject { ["status"] = status, ["user"] = User(user) };
        if (status is "creator" or "administrator")
        {
            member["is_anonymous"] = false;
        }

        if (status == "administrator")
        {
            foreach (var right in new[] { "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                         "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories" })
            {
                member[right] = true;
            }
        }

        return member;
    }

    private JsonNode SetWebhook(JsonObject body)
    {
        lock (_gate)
        {
            WebhookUrl = body["url"]?.GetValue<string>();
            WebhookSecret = body["secret_token"]?.GetValue<string>();
        }

        return true;
    }

    private JsonNode DeleteWebhook()
    {
        lock (_gate)
        {
            WebhookUrl = null;
            WebhookSecret = null;
        }

        return true;
    }

    /// <summary>JSON, form or query parameters, and a multipart form's files; a parameterless call may come with no body at all.</summary>
    private static async Task<(JsonObject Parameters, IReadOnlyDictionary<string, FakeTelegramUpload> Files)> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        var files = new Dictionary<string, FakeTelegramUpload>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = ParseLoose(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                files[file.Name] = new FakeTelegramUpload(file.FileName, file.ContentType, bytes.ToArray());
            }

            return (parameters, files);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        if (text.Trim().Length == 0)
        {
            return (parameters, files);
        }

        if (JsonNode.Parse(text) is JsonObject json)
        {
            foreach (var (key, value) in json)
            {
                parameters[key] = value?.DeepClone();
            }
        }

        return (parameters, files);
    }

    private static JsonNode? ParseLoose(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static Task ErrorAsync(HttpContext context, FakeTelegramFault fault)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = fault.StatusCode, ["description"] = fault.Description };
        if (fault.RetryAfter is not null || fault.MigrateToChatId is not null)
        {
            var parameters = new JsonObject();
            if (fault.RetryAfter is { } retryAfter)
            {
                parameters["retry_after"] = retryAfter;
                context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (fault.MigrateToChatId is { } to)
            {
                parameters["migrate_to_chat_id"] = to;
            }

            body["parameters"] = parameters;
        }

        return WriteAsync(context, fault.StatusCode, body);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private void Pulse()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private static long? Number(JsonNode? node) =>
        node is null ? null
        : node.GetValueKind() == JsonValueKind.Number ? node.GetValue<long>()
        : long.TryParse(node.ToString(), out var value) ? value : null;

    private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static JsonObject Message(long chatId, string text, string chatType, long fromId, string? chatTitle, int? messageId = null) => new()
    {
        ["message_id"] = messageId ?? Random.Shared.Next(1, int.MaxValue),
        ["date"] = UnixNow(),
        ["chat"] = Chat(chatId, chatType, chatTitle ?? (chatType == "private" ? null : "Test group")),
        ["from"] = User(fromId),
        ["text"] = text,
    };

    private static JsonObject Chat(long id, string type, string? title)
    {
        var chat = new JsonObject { ["id"] = id, ["type"] = type };
        if (title is not null)
        {
            chat["title"] = title;
        }
        else
        {
            chat["first_name"] = "Test";
        }

        return chat;
    }

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Test", ["last_name"] = $"User{id}" };
}
