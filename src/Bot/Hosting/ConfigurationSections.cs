using Bot.Core.Commands;
using Bot.Core.Ingest.Web;
using Bot.Core.Reminders;
using Bot.Discord;
using Bot.Host.Knowledge;
using Bot.Host.Observability;
using Bot.Host.Reminders;
using Bot.Host.Storage;
using Bot.Telegram;

namespace Bot.Host.Hosting;

/// <summary>
/// Every options section the bot reads, with the class it binds to. The start-up check reads the values of all of
/// them, in every mode, so a typo in a section that is off today (Telegram without a token) is found now, not the
/// day it is turned on. An options class added without a row here is still validated by its own
/// <c>ValidateOnStart</c>; only the format check (a value the binder cannot convert) would miss it.
/// </summary>
public static class ConfigurationSections
{
    public static IReadOnlyList<(string Section, Type Options)> All { get; } =
    [
        (KnowledgeOptions.Section, typeof(KnowledgeOptions)),
        (StorageOptions.Section, typeof(StorageOptions)),
        (CommandOptions.Section, typeof(CommandOptions)),
        (SourceFetchOptions.Section, typeof(SourceFetchOptions)),
        (ReminderOptions.Section, typeof(ReminderOptions)),
        (DeliveryOptions.Section, typeof(DeliveryOptions)),
        (TelegramOptions.Section, typeof(TelegramOptions)),
        (DiscordOptions.Section, typeof(DiscordOptions)),
        (ObservabilityOptions.Section, typeof(ObservabilityOptions)),
    ];

    /// <summary>The section an options class binds to, if it is one of ours.</summary>
    public static string? SectionOf(Type options) => All.FirstOrDefault(s => s.Options == options).Section;
}
