using System.Text.Json;

namespace Bot.Discord.Tests.Support;

public static class GatewayScript
{
    /// <summary>Accepts the client's next connection, says Hello, reads its Identify and sends READY.</summary>
    public static async Task<(FakeGatewayConnection Connection, JsonElement Identify)> AcceptAndIdentifyAsync(this FakeDiscordServer fake, int heartbeatMilliseconds = 5000, string sessionId = "session-1")
    {
        var connection = await fake.AcceptGatewayAsync();
        await connection.SendHelloAsync(heartbeatMilliseconds);
        var identify = await connection.ReceiveAsync(2);
        await connection.SendReadyAsync(sessionId);
        return (connection, identify);
    }
}
