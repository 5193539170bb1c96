using System.Globalization;
using Bot.Core.Reminders;
using Bot.Host.Reminders;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>
/// Every Quartz job and trigger the bot has, in one place. Jobs are durable and carry no schedule of their own;
/// triggers are made here from domain objects and carry the little data the job needs to call its service.
/// </summary>
public static class BotSchedules
{
    public const string RemindersGroup = "reminders";

    /// <summary>Fires a reminder: writes its outbox rows (<see cref="ReminderJob"/>). One trigger per <see cref="ReminderTrigger.Id"/>.</summary>
    public static readonly JobKey Reminder = new("reminder", RemindersGroup);

    public const string ReminderKeyData = "key";
    public const string ReminderFireUtcData = "fireUtc";

    /// <summary>Registers the jobs with the scheduler, durably, so triggers can be added and removed freely.</summary>
    public static void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddJob<ReminderJob>(job => job.WithIdentity(Reminder).StoreDurably().WithDescription("Writes a reminder's outbox rows"));

    public static TriggerKey ReminderTriggerKey(string triggerId) => new(triggerId, RemindersGroup);

    /// <summary>
    /// A one-shot trigger at the reminder's instant. Misfire (the bot was down): fire once as soon as possible; the job
    /// then weighs the lateness against Bot:Reminders:MisfireGrace.
    /// </summary>
    public static ITrigger ReminderTrigger(ReminderTrigger reminder) =>
        TriggerBuilder.Create()
            .WithIdentity(ReminderTriggerKey(reminder.Id))
            .ForJob(Reminder)
            .UsingJobData(ReminderKeyData, reminder.Key)
            .UsingJobData(ReminderFireUtcData, reminder.FireUtc.ToString("O", CultureInfo.InvariantCulture))
            .StartAt(reminder.FireUtc)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>The instant a reminder trigger's id names ("key@20260104T090000Z"), or null for a name of another shape.</summary>
    public static DateTimeOffset? FireUtcOf(string triggerId)
    {
        var at = triggerId.LastIndexOf('@');
        return at >= 0 && DateTimeOffset.TryParseExact(triggerId[(at + 1)..], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fire)
            ? fire
            : null;
    }
}
