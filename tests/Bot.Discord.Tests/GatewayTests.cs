using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests;

public sealed class GatewayTests
{
    [Fact]
    public async Task Identify_carries_the_token_no_intents_and_the_client_properties()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake);

        var (connection, identify) = await fake.AcceptAndIdentifyAsync();

        Assert.Equal("/gateway", connection.Path);
        Assert.Contains("v=10", connection.Query);
        Assert.Contains("encoding=json", connection.Query);
        var d = identify.GetProperty("d");
        Assert.Equal(DiscordTestHost.Token, d.GetProperty("token").GetString());
        Assert.Equal(0, d.GetProperty("intents").GetInt32());
        var properties = d.GetProperty("properties");
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("browser").GetString()));
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("device").GetString()));
    }

    [Fact]
    public async Task Without_a_gateway_url_override_the_client_asks_gateway_bot_with_its_token()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake, new() { ["Bot:Discord:GatewayUrl"] = null });

        var (connection, _) = await fake.AcceptAndIdentifyAsync();

        var request = await fake.WaitForRequestAsync(r => r.Path == "/gateway/bot");
        Assert.Equal($"Bot {DiscordTestHost.Token}", request.Header("Authorization"));
        Assert.Equal("/gateway", connection.Path);
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_and_a_missed_ack_closes_the_zombie_and_resumes()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var (first, _) = await fake.AcceptAndIdentifyAsync(heartbeatMilliseconds: 100);

        await first.ReceiveAsync(1);
        var acknowledged = await first.ReceiveAsync(1);
        Assert.Equal(1, acknowledged.GetProperty("d").GetInt64());

        first.AcknowledgeHeartbeats = false;
        var closeCode = await first.Closed.WaitAsync(FakeDiscordServer.DefaultTimeout);
        Assert.NotNull(closeCode);
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);

        var second = await fake.AcceptGatewayAsync();
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(5000);
        var resume = (await second.ReceiveAsync(6)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("seq").GetInt64());
        Assert.Equal(DiscordTestHost.Token, resume.GetProperty("token").GetString());
        Assert.DoesNotContain(second.Received, f => f.GetProperty("op").GetInt32() == 2);
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_server_is_answered_at_once()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake);
        // With a 10 s interval and jitter 0.5 the first scheduled beat is 5 s away.
        var (connection, _) = await fake.AcceptAndIdentifyAsync(heartbeatMilliseconds: 10_000);

        await connection.SendOpAsync(1, null);

        await connection.ReceiveAsync(1, timeout: TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_reconnect_request_resumes_the_session_and_the_missed_interaction_is_answered()
    {
        await using var bot = await ConnectedBot.StartAsync();
        var first = bot.Connection;

        await first.SendOpAsync(7, null);
        var closeCode = await first.Closed.WaitAsync(FakeDiscordServer.DefaultTimeout);
        Assert.NotEqual(1000, closeCode);

        var second = await bot.Fake.AcceptGatewayAsync();
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(5000);
        var resume = (await second.ReceiveAsync(6)).GetProperty("d");
        Assert.Equal(1, resume.GetProperty("seq").GetInt64());

        // Discord replays what was missed, then says RESUMED.
        await second.SendDispatchAsync("INTERACTION_CREATE", DiscordPayloads.Command("700", "echo", "missed"));
        await second.SendDispatchAsync("RESUMED", new { });

        var callback = await bot.Fake.WaitForRequestAsync(r => r.Path == $"/interactions/700/{DiscordPayloads.TokenOf("700")}/callback");
        Assert.Equal("Echo: missed", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_be_resumed_leads_to_a_fresh_identify()
    {
        await using var bot = await ConnectedBot.StartAsync();
        var first = bot.Connection;

        await first.SendOpAsync(9, false);
        await first.Closed.WaitAsync(FakeDiscordServer.DefaultTimeout);

        var second = await bot.Fake.AcceptGatewayAsync();
        Assert.Equal("/gateway", second.Path);
        await second.SendHelloAsync(5000);
        var identify = await second.ReceiveAsync(2);
        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("d").GetProperty("token").GetString());
        Assert.DoesNotContain(second.Received, f => f.GetProperty("op").GetInt32() == 6);
    }

    [Fact]
    public async Task A_resumable_invalid_session_resumes()
    {
        await using var bot = await ConnectedBot.StartAsync();
        var first = bot.Connection;

        await first.SendOpAsync(9, true);

        var second = await bot.Fake.AcceptGatewayAsync();
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(5000);
        await second.ReceiveAsync(6);
    }

    [Theory]
    [InlineData(4000, "/resume", 6)]
    [InlineData(4008, "/resume", 6)]
    [InlineData(4009, "/gateway", 2)]
    [InlineData(4007, "/gateway", 2)]
    public async Task A_close_code_decides_between_resume_and_fresh_identify(int code, string expectedPath, int expectedOp)
    {
        await using var bot = await ConnectedBot.StartAsync();
        var first = bot.Connection;

        await first.CloseAsync(code, "test");

        var second = await bot.Fake.AcceptGatewayAsync();
        Assert.Equal(expectedPath, second.Path);
        await second.SendHelloAsync(5000);
        await second.ReceiveAsync(expectedOp);
    }

    [Fact]
    public async Task Frames_and_events_the_bot_cannot_read_are_logged_and_skipped_and_the_connection_stays_up()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Connection.SendRawAsync("{not json");
        await bot.Connection.SendRawAsync("null");
        // An interaction of a shape the bot does not know: an id that is an object, a type that is a word.
        var unreadable = await bot.Connection.SendDispatchAsync("INTERACTION_CREATE", new { id = new { snowflake = "1" }, type = "application_command", token = "t" });
        await bot.Connection.SendDispatchAsync("INTERACTION_CREATE", DiscordPayloads.Command("730", "echo", "still here"));

        var callback = await bot.Fake.WaitForRequestAsync(r => r.Path == $"/interactions/730/{DiscordPayloads.TokenOf("730")}/callback");
        Assert.Equal("Echo: still here", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.True(await bot.Fake.NoGatewayConnectionWithinAsync(TimeSpan.FromMilliseconds(500)), "the client stayed on its bot.Connection");
        Assert.False(bot.Connection.Closed.IsCompleted);
        Assert.Single(bot.Host.Logs.Entries, l => l.Level == LogLevel.Warning && l.Text.Contains($"Skipped the Discord INTERACTION_CREATE event (sequence {unreadable})", StringComparison.Ordinal));
        Assert.Equal(2, bot.Host.Logs.Entries.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("Skipped a Discord gateway frame the bot cannot read", StringComparison.Ordinal)));
        Assert.DoesNotContain(bot.Host.Logs.Entries, l => l.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task A_fatal_close_code_stops_the_transport_with_a_clear_log_line_and_no_reconnect(int code)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.AcceptGatewayAsync();
        await connection.SendHelloAsync(5000);
        await connection.ReceiveAsync(2);

        await connection.CloseAsync(code, "fatal");

        Assert.True(await fake.NoGatewayConnectionWithinAsync(TimeSpan.FromMilliseconds(700)));
        Assert.Contains(host.Logs.Entries, l => l.Level == LogLevel.Critical && l.Text.Contains(code.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
