using Bot.Core.Answers;
using Bot.Core.Sources;

namespace Bot.Core.Commands.Catalog;

/// <summary>/removefeed &lt;id&gt;: stop following a feed. Items already added stay sources; /removesource removes them one by one.</summary>
public sealed class RemoveFeedCommand(IFeedStore feeds, IAuditLog audit, TimeProvider time) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("removefeed", "Stop following a feed (see /feeds for ids)", IdArgument.Required("The feed's id, as /feeds shows it"), CommandAudience.Moderators);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var id = IdArgument.Read(request).ToLowerInvariant();
        var feed = (await feeds.ListAsync(cancellationToken)).FirstOrDefault(f => f.Id == id);
        if (feed is null || !await feeds.RemoveAsync(feed.Id, cancellationToken))
        {
            return IdArgument.Unknown("feed", id, "Send /feeds for the ids.");
        }

        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), Actor.From(request.Message), AuditActions.RemoveFeed, feed.Id, $"{feed.Title} {feed.Url}"), cancellationToken);
        return Answer.Short($"Stopped following feed [{feed.Id}] {feed.Title}. Its items already added stay; remove them with /removesource.");
    }
}
