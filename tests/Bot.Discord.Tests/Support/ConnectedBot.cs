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

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
