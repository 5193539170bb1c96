using Bot.Telegram.Client;

namespace Bot.Telegram.Tests;

/// <summary>The token is in every URL Telegram.Bot builds; it must never reach a log line.</summary>
public sealed class TelegramSecretTests : IAsyncLifetime
{
    private const string Token = "7654321:AAHsecretPART_of-the-token42";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly TelegramTestStorage _storage = new();
    private readonly LogCapture _logs = new();
    private FakeTelegramBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeTelegramBotApi.StartAsync(Token);

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task The_token_appears_in_no_log_line_of_a_run_with_every_kind_of_fault()
    {
        _fake.FailNext("getMe", FakeTelegramFault.ServerError());
        _fake.FailNext("setMyCommands", FakeTelegramFault.TooManyRequests(1));
        _fake.FailNext("getUpdates", FakeTelegramFault.Conflict());
        _fake.FailNext("getUpdates", FakeTelegramFault.ServerError());
        _fake.FailNext("sendMessage", FakeTelegramFault.BotBlocked());
        _fake.FailNext("sendMessage", FakeTelegramFault.ServerError());
        _fake.FailNext("getChatMember", FakeTelegramFault.ServerError());
        _fake.FailNext("answerCallbackQuery", new FakeTelegramFault(400, "Bad Request: query is too old"));
        _fake.EnqueueMessage(chatId: 42, "/help");
        _fake.EnqueueMessage(chatId: 43, "/quote");
        _fake.EnqueueMessage(chatId: -100700, "/secret", chatType: "supergroup", fromId: 7);
        _fake.EnqueueCallback(chatId: 42, fromId: 42, "/topic x");

        await using (var bot = await TelegramTestHost.StartAsync(_fake, _storage, logs: _logs))
        {
            await _fake.WaitForAsync("sendMessage", 5, Wait);
        }

        // A poll against a closed port: the connection-refused path.
        var closedPort = $"http://127.0.0.1:{FreePort()}";
        await using (var bot = await TelegramTestHost.StartAsync(_fake, _storage, new Dictionary<string, string?> { ["Bot:Telegram:ApiBaseUrl"] = closedPort }, _logs))
        {
            await Eventually.TrueAsync(() => _logs.Lines.Count(l => l.Contains("getMe failed (Transient", StringComparison.Ordinal)) >= 3, Wait);
        }

        var lines = _logs.Lines;
        Assert.Contains(lines, l => l.Contains("409 Conflict", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("marking it inactive", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Connection refused", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("AAHsecretPART", StringComparison.Ordinal));
    }

    [Fact]
    public void Redaction_masks_the_token_its_secret_part_and_the_webhook_secret()
    {
        var secrets = new TelegramSecrets(Token, "hook_secret_value");
        var text = secrets.Redact($"GET http://x/bot{Token}/getMe {Uri.EscapeDataString(Token)} AAHsecretPART_of-the-token42 hook_secret_value");

        Assert.DoesNotContain("AAHsecretPART", text);
        Assert.DoesNotContain("hook_secret_value", text);
        Assert.Contains("***", text);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
