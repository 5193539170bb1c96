using Bot.Core.Answers;
using Bot.Core.Ingest.Web;
using Bot.Core.Sources;

namespace Bot.Core.Commands.Catalog;

/// <summary>/addfeed &lt;url&gt;: follow an RSS or Atom feed. It is read at once, so the reply says what it brought.</summary>
public sealed class AddFeedCommand(IFeedStore feeds, FeedReader reader, FeedPoller poller, IAuditLog audit, TimeProvider time) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("addfeed", "Follow an RSS or Atom feed: new items become sources", new CommandArgument("url", "The feed's address", Required: true) { MaxLength = 2000 }, CommandAudience.Moderators);

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
