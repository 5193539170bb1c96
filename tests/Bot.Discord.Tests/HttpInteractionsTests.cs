using System.Net;
using System.Text;
using System.Text.Json;
using Bot.Discord.Client.Http;
using Bot.Fakes;
using NSec.Cryptography;

namespace Bot.Discord.Tests;

public sealed class HttpInteractionsTests : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None });
    private readonly HttpClient _http = new() { Timeout = FakeDiscordServer.DefaultTimeout };

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }

    /// <summary>A fake Discord and the bot in HTTP mode against it, listening for signed interactions at <see cref="Endpoint"/>.</summary>
    private sealed class HttpBot(FakeDiscordServer fake, DiscordTestHost host, Uri endpoint) : IAsyncDisposable
    {
        public FakeDiscordServer Fake => fake;

        public DiscordTestHost Host => host;

        public Uri Endpoint => endpoint;

        public async ValueTask DisposeAsync()
        {
            await host.DisposeAsync();
            await fake.DisposeAsync();
        }
    }

    private async Task<HttpBot> StartAsync(string deferAfter = "00:00:02.500", string commandTimeout = "00:00:20")
    {
        var fake = await FakeDiscordServer.StartAsync();
        try
        {
            var host = await DiscordTestHost.StartAsync(fake, new()
            {
                ["Bot:Commands:Timeout"] = commandTimeout,
                ["Bot:Discord:Mode"] = "Http",
                ["Bot:Discord:PublicKey"] = Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
                ["Bot:Discord:InteractionsListenUrl"] = LoopbackServer.AnyPortUrl,
                ["Bot:Discord:DeferAfter"] = deferAfter,
            });
            var endpoint = await host.Get<DiscordInteractionsEndpoint>().Listening.WaitAsync(FakeDiscordServer.DefaultTimeout);
            return new HttpBot(fake, host, new Uri(endpoint, "/interactions"));
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    private async Task<HttpResponseMessage> PostAsync(Uri endpoint, string body, Func<byte[], byte[]>? tamper = null, bool sign = true)
    {
        var timestamp = "1767225600";
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (sign)
        {
            var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body));
            request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(tamper?.Invoke(signature) ?? signature).ToLowerInvariant());
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await _http.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_ping_is_answered_with_pong()
    {
        await using var bot = await StartAsync();

        using var response = await PostAsync(bot.Endpoint, DiscordPayloads.Json(DiscordPayloads.Ping()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_request_whose_signature_is_wrong_or_missing_is_refused_with_401(bool signatureSent)
    {
        await using var bot = await StartAsync();

        // Sent, the signature has one bit flipped.
        using var response = await PostAsync(bot.Endpoint, DiscordPayloads.Json(DiscordPayloads.Ping()), tamper: s => { s[0] ^= 1; return s; }, sign: signatureSent);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused_with_401()
    {
        await using var bot = await StartAsync();
        var body = DiscordPayloads.Json(DiscordPayloads.Command("800", "purge", null, permissions: "0"));
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes("1767225600" + body));
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Endpoint)
        {
            Content = new StringContent(body.Replace("\"permissions\":\"0\"", "\"permissions\":\"8\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature));
        request.Headers.Add("X-Signature-Timestamp", "1767225600");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_command_is_answered_inline_with_an_embed()
    {
        await using var bot = await StartAsync();

        using var response = await PostAsync(bot.Endpoint, DiscordPayloads.Json(DiscordPayloads.Command("801", "echo", "inline")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal("Echo: inline", body.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.DoesNotContain(bot.Fake.Requests, r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_command_over_http_is_deferred_inline_and_completed_by_editing_the_original()
    {
        await using var bot = await StartAsync(deferAfter: "00:00:00.100");

        using var response = await PostAsync(bot.Endpoint, DiscordPayloads.Json(DiscordPayloads.Command("802", "slow")));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, body.GetProperty("type").GetInt32());

        bot.Host.Slow.Release();

        var edit = await bot.Fake.WaitForRequestAsync(r => r.Method == "PATCH");
        Assert.Equal($"/webhooks/{FakeDiscordServer.ApplicationId}/{DiscordPayloads.TokenOf("802")}/messages/@original", edit.Path);
        Assert.Equal("Slow answer", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_slow_command_over_http_ending_in_a_private_problem_replaces_the_public_placeholder_with_a_private_follow_up()
    {
        await using var bot = await StartAsync(deferAfter: "00:00:00.100", commandTimeout: "00:00:00.600");

        using var response = await PostAsync(bot.Endpoint, DiscordPayloads.Json(DiscordPayloads.Command("803", "slow")));
        var deferral = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var webhook = $"/webhooks/{FakeDiscordServer.ApplicationId}/{DiscordPayloads.TokenOf("803")}";
        var followUp = await bot.Fake.WaitForRequestAsync(r => r.Method == "POST" && r.Path == webhook);
        InteractionTests.PrivateAnswerFollowsThePublicDeferral(bot.Fake, deferral, followUp, webhook);
    }

    [Fact]
    public async Task In_http_mode_commands_are_registered_at_start()
    {
        await using var bot = await StartAsync();

        var put = await bot.Fake.WaitForRequestAsync(r => r.Method == "PUT");

        Assert.Equal($"/applications/{FakeDiscordServer.ApplicationId}/commands", put.Path);
    }
}
