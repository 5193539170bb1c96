using Bot.Core.Answers;
using Bot.Core.Ingest.Web;
using Bot.Core.Sources;
using Bot.Core.Text;

namespace Bot.Core.Commands.Catalog;

/// <summary>/addfeed &lt;url&gt;: follow an RSS or Atom feed. It is read at once, so the reply says what it brought.</summary>
public sealed class AddFeedCommand(IFeedStore feeds, FeedReader reader, FeedPoller poller, IAuditLog audit, TimeProvider time) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("addfeed", "Follow an RSS or Atom feed: new items become sources", new CommandArgument("url", "The feed's address", Required: true) { MaxLength = 2000 })
    {
        Audience = CommandAudience.Moderators,
    };

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var url = request.Argument.Trim();
        var id = FeedSubscription.IdFor(url);
        if ((await feeds.ListAsync(cancellationToken)).FirstOrDefault(f => f.Id == id) is { } known)
        {
            return Answer.Short($"I already follow that feed: [{known.Id}] {known.Title}.");
        }

        var first = await reader.ReadAsync(url, cancellationToken: cancellationToken);
        if (first is not FeedReadResult.Read read)
        {
            return Answer.Short(first is FeedReadResult.Unusable unusable ? unusable.Reason : FeedReader.MalformedReason, AnswerKind.Problem);
        }

        var actor = Actor.From(request.Message);
        var feed = new FeedSubscription(id, url, read.Feed.Title, actor, time.GetUtcNow());
        if (!await feeds.AddAsync(feed, cancellationToken))
        {
            return Answer.Short($"I already follow that feed: [{feed.Id}] {feed.Title}.");
        }

        await audit.WriteAsync(new AuditEntry(feed.AddedAt, actor, AuditActions.AddFeed, feed.Id, $"{feed.Title} {url}"), cancellationToken);
        var report = await poller.ApplyAsync(feed, read, cancellationToken);
        return Answer.Short($"Following feed [{feed.Id}] {feed.Title}: {Items(report.Added)} added now; new items are checked regularly.");
    }

    private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";
}

/// <summary>/removefeed &lt;id&gt;: stop following a feed. Items already added stay sources; /removesource removes them one by one.</summary>
public sealed class RemoveFeedCommand(IFeedStore feeds, IAuditLog audit, TimeProvider time) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("removefeed", "Stop following a feed (see /feeds for ids)", new CommandArgument("id", "The feed's id, as /feeds shows it", Required: true) { MaxLength = 64 })
    {
        Audience = CommandAudience.Moderators,
    };

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var id = request.Argument.Trim().Trim('[', ']').ToLowerInvariant();
        var feed = (await feeds.ListAsync(cancellationToken)).FirstOrDefault(f => f.Id == id);
        if (feed is null || !await feeds.RemoveAsync(feed.Id, cancellationToken))
        {
            return Answer.Short($"No feed has the id \u201c{TextShortener.Shorten(id, 32)}\u201d. Send /feeds for the ids.", AnswerKind.Problem);
        }

        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), Actor.From(request.Message), AuditActions.RemoveFeed, feed.Id, $"{feed.Title} {feed.Url}"), cancellationToken);
        return Answer.Short($"Stopped following feed [{feed.Id}] {feed.Title}. Its items already added stay; remove them with /removesource.");
    }
}

/// <summary>/feeds: the feeds followed, with ids for /removefeed and when each was last read.</summary>
public sealed class FeedsCommand(IFeedStore feeds) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("feeds", "The RSS/Atom feeds followed for new sources");

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var list = await feeds.ListAsync(cancellationToken);
        if (list.Count == 0)
        {
            return Answer.Short("No feeds are followed. Moderators can add one with /addfeed <url>.");
        }

        return new Answer($"Feeds ({list.Count})", [.. list.Select(f => new AnswerItem(
            $"[{f.Id}] {f.Title}: {f.Url} (last read {(f.LastPolledAt is { } at ? at.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never")})"))]);
    }
}
