using System.Threading.Channels;
using Bot.Core.Knowledge;
using Bot.Core.Metrics;
using Bot.Core.Reminders;
using Bot.Host.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Reminders;

/// <summary>What one re-planning did to Quartz's triggers.</summary>
public sealed record ScheduleSync(int Planned, int Added, int Removed, int Kept);

/// <summary>
/// Keeps the scheduled reminder triggers equal to the plan: at start, and after every knowledge change, subscription
/// change or time-zone change. The scheduler's store is the truth about what is scheduled (it survives restarts), so
/// the plan is compared with the trigger ids there by <see cref="ReminderTriggerChanges.Between"/>, and only the
/// difference is applied. A knowledge change that brings new deadlines also announces them.
/// </summary>
public sealed class ReminderScheduler(
    IReminderTriggers triggers,
    IStorageMigrations migrations,
    ReminderPlanSource plans,
    DeadlineAnnouncer announcer,
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
        // Quartz's tables are a migration: they exist before the first sync, whichever hosted service started first.
        await migrations.EnsureMigratedAsync().WaitAsync(cancellationToken);
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
            var changes = ReminderTriggerChanges.Between(plan.Triggers, await triggers.ScheduledIdsAsync(cancellationToken), now);
            await triggers.UnscheduleAsync(changes.ToUnschedule, cancellationToken);
            await triggers.ScheduleAsync(changes.ToSchedule, cancellationToken);

            var result = new ScheduleSync(plan.Triggers.Count, changes.ToSchedule.Count, changes.ToUnschedule.Count, changes.Kept);
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
                        await announcer.AnnounceAsync(deadlines, stoppingToken);
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
