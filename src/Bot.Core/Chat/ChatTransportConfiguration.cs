using Microsoft.Extensions.Configuration;

namespace Bot.Core.Chat;

/// <summary>
/// The one rule for which chats a process serves, read before the host is built because registration depends on it:
/// a platform's transport is on when its section's <c>Token</c> is set, and the console chat only when none is.
/// </summary>
public static class ChatTransportConfiguration
{
    public static bool HasToken(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration[$"{section}:Token"]);
}
