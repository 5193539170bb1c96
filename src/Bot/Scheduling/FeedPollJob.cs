using Bot.Core.Sources;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>
/// Polls every subscribed feed (<see cref="FeedPoller.PollAllAsync"/>). Scheduled every <c>Bot:Sources:FeedInterval</c>
/// in the one schedules file; one run at a time, so a slow feed cannot make two polls ingest the same item.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FeedPollJob(FeedPoller poller) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await poller.PollAllAsync(cancellationToken);
}
