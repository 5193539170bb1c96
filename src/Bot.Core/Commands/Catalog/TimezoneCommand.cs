using Bot.Core.Answers;
using Bot.Core.Reminders;
using Bot.Core.Text;

namespace Bot.Core.Commands.Catalog;

/// <summary>/timezone &lt;IANA zone&gt;: the zone in which this chat's reminders arrive at the configured local time.</summary>
public sealed class TimezoneCommand(IChatSettingsStore settings, ReminderChanges changes, TimeProvider time) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("timezone", "Set this chat's time zone for reminders", new CommandArgument("zone", "An IANA time zone, such as Europe/London", Required: true) { MaxLength = 64 }, CommandAudience.Moderators);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!ReminderOptions.TryFindTimeZone(request.Argument, out var zone))
        {
            var shown = TextShortener.Shorten(request.Argument, 40);
            return Answer.Short($"“{shown}” is not a time zone I know. Use an IANA name such as Europe/London, America/New_York or Asia/Tokyo.", AnswerKind.Problem);
        }

        await settings.SetTimeZoneAsync(request.Message.Chat, zone.Id, cancellationToken);
        changes.Notify();
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        return Answer.Short($"Time zone set to {zone.Id} (local time now {local:HH:mm}, UTC{local:zzz}). Reminders follow it from now on.");
    }
}
