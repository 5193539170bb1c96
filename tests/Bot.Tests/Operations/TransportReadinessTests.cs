using System.Net;
using Bot.Host.Observability;

namespace Bot.Tests.Operations;

/// <summary>/readyz with Telegram configured, against the fake Bot API: ready once getMe succeeds, not with a refused token.</summary>
[Collection(QuartzCollection.Name)]
public sealed class TransportReadinessTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private FakeTelegramBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeTelegramBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Telegram_is_ready_once_getMe_has_succeeded()
    {
        using var host = await StartAsync(_fake.Token);
        try
        {
            (HttpStatusCode Status, string Text) body = default;
            await Eventually.TrueAsync(async () => (body = await ReadyAsync(host)).Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "ready");

            Assert.Contains("transports: Healthy (Telegram)", body.Text);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Telegram_with_a_refused_token_is_not_ready_and_says_why()
    {
        using var host = await StartAsync("999:refused-by-the-fake");
        try
        {
            (HttpStatusCode Status, string Text) body = default;
            await Eventually.TrueAsync(async () => (body = await ReadyAsync(host)).Text.Contains("token was refused", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the refusal");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, body.Status);
            Assert.Contains("transports: Unhealthy (Telegram: the bot token was refused", body.Text);
            Assert.DoesNotContain("refused-by-the-fake", body.Text);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private async Task<IHost> StartAsync(string token)
    {
        var builder = BotTestHost.Create(_data.Path, BotTestHost.At("2026-01-01T09:00:00Z"), new Dictionary<string, string?>
        {
            ["Bot:Telegram:Token"] = token,
            ["Bot:Telegram:ApiBaseUrl"] = _fake.BaseUrl,
            ["Bot:Telegram:PollTimeoutSeconds"] = "1",
            ["Bot:Observability:ListenUrl"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddServing();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private async Task<(HttpStatusCode Status, string Text)> ReadyAsync(IHost host)
    {
        var listener = host.Services.GetRequiredService<ObservabilityListener>().ListeningAddress!;
        using var response = await _http.GetAsync(new Uri(listener, "/readyz"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
