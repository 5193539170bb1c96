using System.Threading.Channels;
using Bot.Core.Knowledge;
using Bot.Core.Metrics;
using Bot.Core.Reminders;
using Bot.Host.Scheduling;
using Bot.Host.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bot.Host.Reminders;

/// <summary>What one re-planning did to Quartz's triggers.</summary>
public sealed record ScheduleSync(int Planned, int Added, int Removed, int Kept);

/// <summary>
/// Keeps Quartz's reminder triggers equal to the plan: at start, and after every knowledge change, subscription change
/// or time-zone change. Quartz's store is the truth about what is scheduled (it survives restarts), so the plan is
/// compared with the triggers there: missing ones are added, ones no longer planned are removed, the rest are not
/// touched. A trigger whose time has passed is left to fire (late) rather than removed as "no longer planned".
/// </summary>
public sealed class ReminderScheduler(
    ISchedulerFactory schedulers,
    SqliteDatabase database,
    ReminderPlanSource plans,
    ReminderDelivery delivery,
    KnowledgeBase knowledge,
    ReminderChanges changes,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    private readonly Channel<KnowledgeChange?> _requests = Channel.CreateUnbounded<KnowledgeChange?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _syncing = new(1, 1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed before the first sync, so no change between that sync and the loop is missed.
        knowledge.Changed += OnKnowledgeChanged;
        changes.Changed += OnSettingsChanged;
        await database.EnsureMigratedAsync().WaitAsync(cancellationToken);
        await SyncAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        knowledge.Changed -= OnKnowledgeChanged;
        changes.Changed -= OnSettingsChanged;
        _requests.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>What the latest sync did (null before the first).</summary>
    public ScheduleSync? LastSync { get; private set; }

    /// <summary>Brings the triggers in line with the plan now. Serialised: two syncs never interleave.</summary>
    public async Task<ScheduleSync> SyncAsync(CancellationToken cancellationToken)
    {
        await _syncing.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var plan = await plans.PlanAsync(now, cancellationToken);
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var existing = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(BotSchedules.RemindersGroup), cancellationToken))
                .Select(k => k.Name)
                .ToHashSet(StringComparer.Ordinal);
            var wanted = plan.Triggers.ToDictionary(t => t.Id, StringComparer.Ordinal);

            var stale = existing
                .Where(id => !wanted.ContainsKey(id) && (BotSchedules.FireUtcOf(id) is not { } fire || fire >= now))
                .Select(BotSchedules.ReminderTriggerKey)
                .ToList();
            if (stale.Count > 0)
            {
                await scheduler.UnscheduleJobs(stale, cancellationToken);
            }

            var added = 0;
            foreach (var trigger in plan.Triggers.Where(t => !existing.Contains(t.Id)))
            {
                await scheduler.ScheduleJob(BotSchedules.ReminderTrigger(trigger), cancellationToken: cancellationToken);
                added++;
            }

            var result = new ScheduleSync(plan.Triggers.Count, added, stale.Count, plan.Triggers.Count - added);
            LastSync = result;
            // Information only when something changed: an unchanged plan at every start is noise.
            logger.Log(
                result.Added + result.Removed > 0 ? LogLevel.Information : LogLevel.Debug,
                "Reminder triggers: {Planned} planned, {Added} added, {Removed} removed, {Kept} kept",
                result.Planned,
                result.Added,
                result.Removed,
                result.Kept);
            BotMetrics.Reminder(BotMetrics.ReminderOutcome.Planned, result.Added);
            return result;
        }
        finally
        {
            _syncing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _requests.Reader.WaitToReadAsync(stoppingToken))
            {
                var deadlines = new List<TimelineEvent>();
                while (_requests.Reader.TryRead(out var change))
                {
                    deadlines.AddRange(change?.NewDeadlines ?? []);
                }

                try
                {
                    if (deadlines.Count > 0)
                    {
                        await delivery.AnnounceAsync(deadlines, stoppingToken);
                    }

                    await SyncAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The next change re-plans from scratch, so one failure costs a delay, not a reminder.
                    logger.LogError(exception, "Re-planning reminders failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void OnKnowledgeChanged(KnowledgeChange change) => _requests.Writer.TryWrite(change);

    private void OnSettingsChanged() => _requests.Writer.TryWrite(null);

    public override void Dispose()
    {
        _syncing.Dispose();
        base.Dispose();
    }
}
