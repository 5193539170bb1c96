using System.Text.Json;

namespace Bot.Discord.Tests.Support;

/// <summary>
/// What most transport tests start from: a fresh fake Discord, the bot's host pointed at it, and the gateway
/// connection the bot opened and identified on. Disposed host first, then the fake.
/// </summary>
public sealed class ConnectedBot : IAsyncDisposable
{
    private ConnectedBot(FakeDiscordServer fake, DiscordTestHost host, FakeGatewayConnection connection)
    {
        Fake = fake;
        Host = host;
        Connection = connection;
    }

    public FakeDiscordServer Fake { get; }

    public DiscordTestHost Host { get; }

    public FakeGatewayConnection Connection { get; }

    public static async Task<ConnectedBot> StartAsync()
    {
        var fake = await FakeDiscordServer.StartAsync();
        var host = await DiscordTestHost.StartAsync(fake);
        var (connection, _) = await fake.AcceptAndIdentifyAsync();
        return new ConnectedBot(fake, host, connection);
    }

    /// <summary>Sends <paramref name="interaction"/> over the gateway and waits for the callback the bot answers interaction <paramref name="id"/> with.</summary>
    public async Task<RecordedRequest> CallbackToAsync(string id, object interaction)
    {
        await Connection.SendDispatchAsync("INTERACTION_CREATE", interaction);
        return await Fake.WaitForRequestAsync(r => r.Path == DiscordPayloads.CallbackPath(id));
    }

    /// <summary>The first follow-up message the bot posts for interaction <paramref name="id"/>.</summary>
    public Task<RecordedRequest> FollowUpToAsync(string id) =>
        Fake.WaitForRequestAsync(r => r.Method == "POST" && r.Path == DiscordPayloads.WebhookPath(id));

    /// <summary>
    /// The message the bot answered interaction <paramref name="id"/> with: the callback's own data or, when it deferred
    /// first (a loaded machine can take longer than DeferAfter to download and read a file), its edit of the original.
    /// </summary>
    public async Task<JsonElement> AnswerToAsync(string id)
    {
        var callback = await Fake.WaitForRequestAsync(r => r.Path == DiscordPayloads.CallbackPath(id));
        const int Deferred = 5;
        return callback.Json.GetProperty("type").GetInt32() == Deferred
            ? (await Fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == DiscordPayloads.WebhookPath(id) + "/messages/@original")).Json
            : callback.Json.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
