using System.Net;
using Bot.Fakes;
using Bot.Telegram.Receiving;

namespace Bot.Telegram.Tests;

/// <summary>Webhook mode: the transport's own listener, the secret header, and setWebhook at start.</summary>
public sealed class TelegramWebhookTests : FakeTelegramTests
{
    private const string Secret = "webhook_Secret-123";

    [Fact]
    public async Task The_webhook_handles_an_update_with_the_right_secret_and_rejects_a_wrong_or_missing_one()
    {
        await using var bot = await StartWebhookBotAsync();
        var hook = await HookAsync(bot);

        var wrong = await FakeTelegramBotApi.DeliverToWebhookAsync(hook, FakeTelegramBotApi.MessageUpdate(1, 42, "/topic wrong"), "not-the-secret");
        var missing = await FakeTelegramBotApi.DeliverToWebhookAsync(hook, FakeTelegramBotApi.MessageUpdate(2, 42, "/topic missing"), null);
        var right = await FakeTelegramBotApi.DeliverToWebhookAsync(hook, FakeTelegramBotApi.MessageUpdate(3, 42, "/topic right"), Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal(HttpStatusCode.OK, right);
        Assert.Equal(["<b>Topic right</b>"], Fake.SentMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task An_update_Telegram_delivers_twice_is_answered_once()
    {
        await using var bot = await StartWebhookBotAsync();
        var hook = await HookAsync(bot);
        var update = FakeTelegramBotApi.MessageUpdate(7, 42, "/topic once");

        var first = await FakeTelegramBotApi.DeliverToWebhookAsync(hook, update, Secret);
        var again = await FakeTelegramBotApi.DeliverToWebhookAsync(hook, update, Secret);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Single(Fake.SentMessages);
    }

    [Fact]
    public async Task At_start_the_webhook_is_set_with_its_secret_and_no_polling_happens()
    {
        await using var bot = await StartWebhookBotAsync();
        await HookAsync(bot);

        Assert.Equal("https://bot.example.test/telegram/hook", Fake.WebhookUrl);
        Assert.Equal(Secret, Fake.WebhookSecret);
        Assert.Empty(Fake.Requests("getUpdates"));
        Assert.Single(Fake.Requests("setMyCommands"));
    }

    [Fact]
    public async Task A_malformed_body_gets_400_and_another_path_404()
    {
        await using var bot = await StartWebhookBotAsync();
        var hook = await HookAsync(bot);

        using var http = new HttpClient { Timeout = Wait };
        using var malformed = new HttpRequestMessage(HttpMethod.Post, hook) { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        malformed.Headers.Add(TelegramWebhookService.SecretHeader, Secret);
        using var elsewhere = new HttpRequestMessage(HttpMethod.Post, new Uri(hook, "/other"));
        elsewhere.Headers.Add(TelegramWebhookService.SecretHeader, Secret);

        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(malformed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(elsewhere)).StatusCode);
    }

    [Fact]
    public async Task An_update_the_client_cannot_read_is_acknowledged_with_200_so_Telegram_stops_sending_it()
    {
        var logs = new LogCapture();
        await using var bot = await StartWebhookBotAsync(logs);
        var hook = await HookAsync(bot);
        var unreadable = FakeTelegramBotApi.MessageUpdate(501, 42, "/topic hidden");
        unreadable["message"]!["forward_origin"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "hologram", ["date"] = 0 };

        var first = await FakeTelegramBotApi.DeliverToWebhookAsync(hook, unreadable, Secret);
        var valid = await FakeTelegramBotApi.DeliverToWebhookAsync(hook, FakeTelegramBotApi.MessageUpdate(502, 42, "/topic shown"), Secret);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, valid);
        Assert.Equal(["<b>Topic shown</b>"], Fake.SentMessages.Select(m => m.Text));
        Assert.Single(logs.Lines, l => l.Contains("Skipped Telegram update 501 (message)", StringComparison.Ordinal));
    }

    private Task<TelegramTestHost> StartWebhookBotAsync(LogCapture? logs = null) => TelegramTestHost.StartAsync(Fake, Storage, new Dictionary<string, string?>
    {
        ["Bot:Telegram:Mode"] = "Webhook",
        ["Bot:Telegram:WebhookUrl"] = "https://bot.example.test/telegram/hook",
        ["Bot:Telegram:SecretToken"] = Secret,
        ["Bot:Telegram:WebhookListenUrl"] = LoopbackServer.AnyPortUrl,
    }, logs);

    /// <summary>The listener's real address, once setWebhook has been called (so the bot knows its own name).</summary>
    private async Task<Uri> HookAsync(TelegramTestHost bot)
    {
        await Fake.WaitForAsync("setWebhook", 1, Wait);
        var listener = bot.Services.GetRequiredService<TelegramWebhookService>();
        return new Uri(listener.ListeningAddress!, "/telegram/hook");
    }
}
