using Bot.Core.Answers;
using Bot.Core.Sources;

namespace Bot.Core.Commands.Catalog;

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
