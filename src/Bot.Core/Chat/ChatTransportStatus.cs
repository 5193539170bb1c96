using System.Collections.Concurrent;

namespace Bot.Core.Chat;

/// <summary>
/// Whether each chat transport is connected, as the transport itself last said (Telegram once getMe succeeds,
/// Discord on each READY). Readiness reads it; the transports report with one call and know nothing of health checks.
/// </summary>
public sealed class ChatTransportStatus
{
    private readonly ConcurrentDictionary<ChatPlatform, (bool Up, string Detail)> _states = new();

    public void Up(ChatPlatform platform, string detail = "connected") => _states[platform] = (true, detail);

    public void Down(ChatPlatform platform, string detail) => _states[platform] = (false, detail);

    /// <summary>What the transport last reported; "not connected yet" before its first report.</summary>
    public (bool Up, string Detail) Of(ChatPlatform platform) => _states.GetValueOrDefault(platform, (false, "not connected yet"));
}
