using System.Globalization;
using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Host.Reminders;

/// <summary>
/// `Bot reminders`: the plan as text. The stored chats' reminders when any chat has subscribed, and always the plan of a
/// chat subscribed to every deadline in the default zone, so a fresh install shows what it would send.
/// </summary>
public static class ReminderListing
{
    private static readonly ChatAddress Everything = new(ChatPlatform.Console, "every-deadline");

    public static async Task<int> PrintAsync(IServiceProvider services, TextWriter output)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var source = services.GetRequiredService<ReminderPlanSource>();
        var options = source.Options;

        await output.WriteLineAsync($"Planned reminders as of {now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (lead times {string.Join(", ", options.EffectiveLeadTimes.Select(Lead))}; at {options.LocalTime:HH\\:mm} local time)");
        var stored = await source.PlanAsync(now, CancellationToken.None);
        var chats = stored.Entries.GroupBy(e => e.Chat).ToList();
        await output.WriteLineAsync();
        await output.WriteLineAsync(chats.Count == 0
            ? "Subscribed chats: none with reminders ahead."
            : $"Subscribed chats ({chats.Count}), {stored.Triggers.Count} triggers:");
        foreach (var chat in chats)
        {
            await output.WriteLineAsync($"  {chat.Key} ({chat.First().TimeZoneId})");
            foreach (var entry in chat)
            {
                await output.WriteLineAsync("    " + Line(entry));
            }
        }

        var zone = options.FindDefaultTimeZone();
        var sample = ReminderPlanner.Plan(
            services.GetRequiredService<ReminderPlanSource>().CurrentDates(now),
            [new ReminderSubscription(Everything)],
            _ => zone,
            options,
            now);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"A chat subscribed to every deadline, in {zone.Id} (Bot:Reminders:DefaultTimeZone): {sample.Entries.Count} reminders");
        foreach (var entry in sample.Entries)
        {
            await output.WriteLineAsync("    " + Line(entry));
        }

        return 0;
    }

    private static string Line(PlannedReminder entry) =>
        $"{entry.FireLocal.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} local ({entry.FireUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)  "
        + $"{(entry.Subject.Lead == TimeSpan.Zero ? "on the day" : Lead(entry.Subject.Lead) + " before")}, {entry.Subject.Event.DescribeWhen()}: {entry.Subject.Event.What}  [{entry.Key}]";

    private static string Lead(TimeSpan lead) => lead == TimeSpan.Zero ? "0 days" : lead.TotalDays == 1 ? "1 day" : $"{lead.TotalDays:0.#} days";
}
