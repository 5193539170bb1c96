using Bot.Discord.Client.Json;
using Bot.Discord.Client.Rest;

namespace Bot.Discord.Tests;

public sealed class RestTests
{
    private static readonly ChatAddress Channel = new(ChatPlatform.Discord, DiscordPayloads.ChannelId);

    private static readonly DiscordMessage Hello = new("hello", null, null, AllowedMentions.None, null);

    // Gateway off: these tests drive REST alone, so the gateway URL points at a port nothing listens on.
    private static Task<DiscordTestHost> StartRestOnlyAsync(FakeDiscordServer fake, Dictionary<string, string?>? settings = null) =>
        DiscordTestHost.StartAsync(fake.ApiBaseUrl, "ws://127.0.0.1:9/gateway", settings);

    [Fact]
    public async Task A_429_on_a_route_is_waited_out_for_retry_after_and_then_retried()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await StartRestOnlyAsync(fake);
        fake.Script("POST", "/channels/", new ScriptedResponse(429, """{"message":"You are being rate limited.","retry_after":0.3,"global":false}""",
            new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user", ["Retry-After"] = "1" }));

        await host.Get<DiscordRestClient>().CreateMessageAsync(DiscordPayloads.ChannelId, Hello, file: null, retryRateLimits: true, CancellationToken.None);

        var attempts = await fake.WaitForRequestsAsync(r => r.Path.StartsWith("/channels/", StringComparison.Ordinal), 2);
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(290),
            $"retried after {(attempts[1].ReceivedAt - attempts[0].ReceivedAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task An_empty_bucket_holds_the_next_call_on_that_channel_but_not_on_another()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await StartRestOnlyAsync(fake);
        fake.Script("POST", "/channels/", new ScriptedResponse(200, """{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Bucket"] = "abc",
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "1",
        }));
        var rest = host.Get<DiscordRestClient>();
        await rest.CreateMessageAsync(DiscordPayloads.ChannelId, Hello, file: null, retryRateLimits: true, CancellationToken.None);

        var sameChannel = rest.CreateMessageAsync(DiscordPayloads.ChannelId, Hello, file: null, retryRateLimits: true, CancellationToken.None);
        await rest.CreateMessageAsync("999", Hello, file: null, retryRateLimits: true, CancellationToken.None);
        Assert.False(sameChannel.IsCompleted, "another channel is another bucket, so it went first");
        await sameChannel.WaitAsync(FakeDiscordServer.DefaultTimeout);

        var calls = fake.Requests.Where(r => r.Path.StartsWith("/channels/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["/channels/" + DiscordPayloads.ChannelId + "/messages", "/channels/999/messages", "/channels/" + DiscordPayloads.ChannelId + "/messages"], calls.Select(c => c.Path));
        Assert.True(calls[2].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(990), "the same channel waits for the reset");
    }

    [Fact]
    public async Task The_chat_sender_posts_embeds_to_the_channel()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await StartRestOnlyAsync(fake);
        var sender = host.Host.Services.GetServices<IChatSender>().Single(s => s.Platform == ChatPlatform.Discord);

        var outcome = await sender.SendAsync(Channel, new Answer("Reminder", [new AnswerItem("Phase one ends tomorrow")]), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Sent, outcome.Status);
        var post = await fake.WaitForRequestAsync(r => r.Path == $"/channels/{DiscordPayloads.ChannelId}/messages");
        Assert.Equal("Reminder", post.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_chat_sender_reports_a_429_as_rate_limited_without_waiting()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await StartRestOnlyAsync(fake);
        fake.Script("POST", "/channels/", new ScriptedResponse(429, """{"message":"You are being rate limited.","retry_after":2.5,"global":false}"""));
        var sender = host.Get<IChatSender>();

        var outcome = await sender.SendAsync(Channel, Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RateLimited, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(2.5), outcome.RetryAfter);
        Assert.Single(fake.Requests, r => r.Path.StartsWith("/channels/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(404, 10003, "Unknown Channel")]
    [InlineData(403, 50001, "Missing Access")]
    public async Task The_chat_sender_marks_a_channel_it_cannot_reach_inactive(int status, int code, string message)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await StartRestOnlyAsync(fake);
        fake.Script("POST", "/channels/", new ScriptedResponse(status, $$"""{"message":"{{message}}","code":{{code}}}"""));

        var outcome = await host.Get<IChatSender>().SendAsync(Channel, Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChatUnavailable, outcome.Status);
        Assert.Equal(message, host.Directory.Inactive[Channel]);
    }

    [Fact]
    public async Task The_chat_sender_reports_a_server_error_as_transient()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await StartRestOnlyAsync(fake);
        fake.Script("POST", "/channels/", new ScriptedResponse(502, "bad gateway"));

        var outcome = await host.Get<IChatSender>().SendAsync(Channel, Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, outcome.Status);
        Assert.Empty(host.Directory.Inactive);
    }

    [Fact]
    public async Task The_chat_sender_reports_an_invalid_form_body_as_rejected_so_it_is_not_retried()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await StartRestOnlyAsync(fake);
        fake.Script("POST", "/channels/", new ScriptedResponse(400, """{"message":"Invalid Form Body","code":50035}"""));

        var outcome = await host.Get<IChatSender>().SendAsync(Channel, Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Rejected, outcome.Status);
        Assert.Empty(host.Directory.Inactive);
    }

    [Fact]
    public async Task The_chat_sender_reports_an_unreachable_api_as_transient()
    {
        // Port 9 on loopback: nothing listens there, so the connection is refused at once.
        await using var host = await DiscordTestHost.StartAsync("http://127.0.0.1:9/api/v10", "ws://127.0.0.1:9/gateway");

        var outcome = await host.Get<IChatSender>().SendAsync(Channel, Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, outcome.Status);
    }

    [Fact]
    public async Task Discord_errors_are_surfaced_with_their_code_and_message_but_never_a_token()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake);
        fake.Script("POST", "/interactions/", new ScriptedResponse(400, """{"message":"Invalid Form Body","code":50035}"""));
        fake.Script("PUT", "/applications/", new ScriptedResponse(401, """{"message":"401: Unauthorized","code":0}"""));
        var (connection, _) = await fake.AcceptAndIdentifyAsync();

        await connection.SendDispatchAsync("INTERACTION_CREATE", DiscordPayloads.Command("710", "echo", "x"));

        await fake.WaitForRequestAsync(r => r.Path.StartsWith("/interactions/710/", StringComparison.Ordinal));
        await Eventually.TrueAsync(() => host.Logs.AllText.Contains("Invalid Form Body", StringComparison.Ordinal) && host.Logs.AllText.Contains("401", StringComparison.Ordinal), FakeDiscordServer.DefaultTimeout);
        Assert.Contains("50035", host.Logs.AllText);
        Assert.DoesNotContain(DiscordTestHost.Token, host.Logs.AllText);
        Assert.DoesNotContain("secret-token-value", host.Logs.AllText);
        Assert.DoesNotContain(DiscordPayloads.TokenOf("710"), host.Logs.AllText);
    }
}
