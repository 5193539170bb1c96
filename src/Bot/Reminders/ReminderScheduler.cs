using System.Threading.Channels;
using Bot.Core.Cluster;
using Bot.Core.Knowledge;
using Bot.Core.Metrics;
using Bot.Core.Reminders;
using Bot.Host.Storage;

namespace Bot.Host.Reminders;

/// <summary>What one re-planning did to Quartz's triggers.</summary>
public sealed record ScheduleSync(int Planned, int Added, int Removed, int Kept);

/// <summary>
/// Keeps the scheduled reminder triggers equal to the plan: at start, and after every knowledge change, subscription
/// change or time-zone change. The scheduler's store is the truth about what is scheduled (it survives restarts), so
/// the plan is compared with the trigger ids there by <see cref="ReminderTriggerChanges.Between"/>, and only the
/// difference is applied. A knowledge change that brings new deadlines also announces them. In a cluster every instance
/// sees every knowledge change, but only the one leading <see cref="LeadershipRoles.ReminderPlanning"/> re-plans and
/// announces, so a change is announced once; a new leader re-plans from scratch.
/// </summary>
public sealed class ReminderScheduler(
    IReminderTriggers triggers,
    IStorageMigrations migrations,
    ReminderPlanSource plans,
    DeadlineAnnouncer announcer,
    KnowledgeBase knowledge,
    ReminderChanges changes,
    ILeadership leadership,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    private readonly Channel<KnowledgeChange?> _requests = Channel.CreateUnbounded<KnowledgeChange?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _syncing = new(1, 1);

    /// <summary>The term taken at start, when this instance led then; the loop takes it over.</summary>
    private ILeadershipTerm? _startTerm;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed before the first sync, so no change between that sync and the loop is missed.
        knowledge.Changed += OnKnowledgeChanged;
        changes.Changed += OnSettingsChanged;
        // Quartz's tables are a migration: they exist before the first sync, whichever hosted service started first.
        await migrations.EnsureMigratedAsync().WaitAsync(cancellationToken);
        // A leader plans before the transports start, as a single process always has; a follower leaves it to the leader.
        _startTerm = await leadership.TryAcquireAsync(LeadershipRoles.ReminderPlanning, cancellationToken);
        if (_startTerm is not null)
        {
            await SyncAsync(cancellationToken);
        }

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
            while (!stoppingToken.IsCancellationRequested)
            {
                var synced = _startTerm is not null;
                await using var term = _startTerm ?? await leadership.AcquireAsync(LeadershipRoles.ReminderPlanning, stoppingToken);
                _startTerm = null;
                using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, term.Lost);
                if (await ReplanAsync(syncFirst: !synced, leading.Token))
                {
                    // The host is stopping (StopAsync completed the requests).
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Re-plans after each batch of changes until <paramref name="leading"/> ends (the host stops, or leadership is lost);
    /// true when the requests are complete (the host is stopping). A new leader syncs first: what piled up while another
    /// instance led was that one's to announce, and a full sync covers the plan.
    /// </summary>
    private async Task<bool> ReplanAsync(bool syncFirst, CancellationToken leading)
    {
        try
        {
            if (syncFirst)
            {
                while (_requests.Reader.TryRead(out _))
                {
                }

                await TrySyncAsync([], leading);
            }

            while (await _requests.Reader.WaitToReadAsync(leading))
            {
                var deadlines = new List<TimelineEvent>();
                while (_requests.Reader.TryRead(out var change))
                {
                    deadlines.AddRange(change?.NewDeadlines ?? []);
                }

                await TrySyncAsync(deadlines, leading);
            }

            return true;
        }
        catch (OperationCanceledException) when (leading.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task TrySyncAsync(List<TimelineEvent> deadlines, CancellationToken cancellationToken)
    {
        try
        {
            if (deadlines.Count > 0)
            {
                await announcer.AnnounceAsync(deadlines, cancellationToken);
            }

            await SyncAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next change re-plans from scratch, so one failure costs a delay, not a reminder.
            logger.LogError(exception, "Re-planning reminders failed");
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
