namespace Bot.Core.Cluster;

/// <summary>The roles one instance of a cluster holds at a time, named in one place so two features never share a lock by accident.</summary>
public static class LeadershipRoles
{
    /// <summary>The Telegram long-polling loop of one bot account (one getUpdates consumer per token).</summary>
    public static string TelegramPoller(long botId) => $"telegram-poller:{botId}";

    /// <summary>The Discord gateway session of one application (every session would receive every interaction).</summary>
    public static string DiscordGateway(string applicationId) => $"discord-gateway:{applicationId}";

    /// <summary>The outbox dispatcher: one sender per platform paces the per-bot limits in one process.</summary>
    public const string ReminderDelivery = "reminder-delivery";

    /// <summary>Keeping Quartz's triggers equal to the plan and announcing new deadlines: once per change, not once per instance.</summary>
    public const string ReminderPlanning = "reminder-planning";
}
