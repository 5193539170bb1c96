using Bot.Core.Ingest.Web;
using Bot.Core.Metrics;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Sources;

/// <summary>What one poll of one feed did.</summary>
/// <param name="NotModified">The server answered 304 to our validators: nothing was downloaded.</param>
/// <param name="Problem">Why the feed could not be read this time (it stays subscribed and is tried again next poll).</param>
public sealed record FeedPollReport(FeedSubscription Feed, int Added, int Replaced, int Unchanged, bool NotModified = false, string? Problem = null)
{
    public static FeedPollReport Failed(FeedSubscription feed, string problem) => new(feed, 0, 0, 0, Problem: problem);
}

/// <summary>
/// Polls the subscribed feeds: a conditional GET each (ETag / Last-Modified from the last poll), every new item
/// ingested once (by GUID, else link, else content hash), an edited item's source replaced by its new text, and the
/// state recorded so a restart carries on where it stopped. A feed that fails is reported and the others go on.
/// </summary>
public sealed partial class FeedPoller(IFeedStore feeds, FeedReader reader, SourceCatalog catalog, TimeProvider time, ILogger<FeedPoller> logger)
{
    public async Task<IReadOnlyList<FeedPollReport>> PollAllAsync(CancellationToken cancellationToken)
    {
        var reports = new List<FeedPollReport>();
        foreach (var feed in await feeds.ListAsync(cancellationToken))
        {
            try
            {
                var report = await PollAsync(feed, cancellationToken);
                BotMetrics.FeedPolled(failed: report.Problem is not null);
                reports.Add(report);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogPollFailed(exception, feed.Id);
                BotMetrics.FeedPolled(failed: true);
                reports.Add(FeedPollReport.Failed(feed, "The poll failed; see the log."));
            }
        }

        return reports;
    }

    public async Task<FeedPollReport> PollAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        var validators = feed.ETag is null && feed.LastModified is null ? null : new CacheValidators(feed.ETag, feed.LastModified);
        var result = await reader.ReadAsync(feed.Url, validators, cancellationToken);
        return await ApplyAsync(feed, result, cancellationToken);
    }

    /// <summary>Ingests what a read of <paramref name="feed"/> returned; /addfeed uses it for the first read, which it has already made.</summary>
    public async Task<FeedPollReport> ApplyAsync(FeedSubscription feed, FeedReadResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        switch (result)
        {
            case FeedReadResult.NotModified:
                await feeds.RecordPollAsync(feed.Id, feed.ETag, feed.LastModified, now, cancellationToken);
                return new FeedPollReport(feed, 0, 0, 0, NotModified: true);
            case FeedReadResult.Unusable unusable:
                // Validators kept: the next poll asks again as if this one had not happened.
                await feeds.RecordPollAsync(feed.Id, feed.ETag, feed.LastModified, now, cancellationToken);
                LogUnusable(feed.Id, unusable.Reason);
                return FeedPollReport.Failed(feed, unusable.Reason);
            case FeedReadResult.Read read:
                var report = await IngestAsync(feed, read.Feed, cancellationToken);
                await feeds.RecordPollAsync(feed.Id, read.Validators.ETag, read.Validators.LastModified, now, cancellationToken);
                LogPolled(feed.Id, report.Added, report.Replaced, report.Unchanged);
                return report;
            default:
                return FeedPollReport.Failed(feed, "Unexpected answer from the feed.");
        }
    }

    private async Task<FeedPollReport> IngestAsync(FeedSubscription subscription, Feed feed, CancellationToken cancellationToken)
    {
        var seen = (await feeds.SeenItemsAsync(subscription.Id, cancellationToken)).ToDictionary(i => i.Identity, StringComparer.Ordinal);
        var actor = Actor.Feed(subscription.Id);
        int added = 0, replaced = 0, unchanged = 0;
        foreach (var update in FeedReader.Compare(feed, seen.ToDictionary(p => p.Key, p => p.Value.ContentHash, StringComparer.Ordinal)))
        {
            var item = update.Item;
            if (update.State == FeedItemState.Unchanged)
            {
                unchanged++;
                continue;
            }

            var source = FeedReader.ToSource(feed, item);
            if (source.Text.Length > 0)
            {
                if (update.State == FeedItemState.Edited)
                {
                    await catalog.ReplaceAsync(seen[item.Identity].SourceId, source, actor, subscription.Id, cancellationToken);
                    replaced++;
                }
                else if (await catalog.AddAsync(source, actor, cancellationToken, subscription.Id) is SourceAddition.Added)
                {
                    added++;
                }
            }

            // Recorded even when empty or already known, so the item is not looked at again until it changes.
            await feeds.RecordItemAsync(subscription.Id, new SeenFeedItem(item.Identity, item.ContentHash, source.Id), cancellationToken);
        }

        return new FeedPollReport(subscription, added, replaced, unchanged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled feed {FeedId}: {Added} new, {Replaced} edited, {Unchanged} unchanged")]
    private partial void LogPolled(string feedId, int added, int replaced, int unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} could not be read: {Reason}")]
    private partial void LogUnusable(string feedId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {FeedId} failed")]
    private partial void LogPollFailed(Exception exception, string feedId);
}
