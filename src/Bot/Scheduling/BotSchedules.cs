using System.Globalization;
using Bot.Core.Reminders;
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

    public const string SourcesGroup = "sources";

    /// <summary>Polls every feed moderators added (<see cref="FeedPollJob"/>), every Bot:Sources:FeedInterval.</summary>
    public static readonly JobKey FeedPoll = new("poll-feeds", SourcesGroup);

    public static readonly TriggerKey FeedPollEveryInterval = new("poll-feeds-every-interval", SourcesGroup);

    /// <summary>Registers the jobs with the scheduler, durably, so triggers can be added and removed freely.</summary>
    public static void AddJobs(IQuartzBuilder quartz, TimeSpan feedInterval)
    {
        // RequestRecovery: on a clustered store, a reminder whose instance died while writing its rows is run again by
        // another; the outbox ignores rows it already has, so the re-run completes the broadcast without repeats.
        quartz.AddJob<ReminderJob>(job => job.WithIdentity(Reminder).StoreDurably().RequestRecovery().WithDescription("Writes a reminder's outbox rows"));
        quartz.AddJob<FeedPollJob>(job => job.WithIdentity(FeedPoll).StoreDurably().WithDescription("Polls the moderators' feeds"));

        // A poll missed while the bot was down is not worth several: the next one picks up everything new.
        quartz.AddTrigger(trigger => trigger
            .WithIdentity(FeedPollEveryInterval)
            .ForJob(FeedPoll)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(feedInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }

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
}
