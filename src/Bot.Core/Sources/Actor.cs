using Bot.Core.Chat;

namespace Bot.Core.Sources;

/// <summary>Who made a change and where: a chat user, or the feed poller acting for a feed.</summary>
public sealed record Actor(ChatPlatform? Platform, string ChatId, string UserId, string Name)
{
    /// <summary>The person who sent <paramref name="message"/>, in its chat.</summary>
    public static Actor From(ChatMessage message) => new(message.Chat.Platform, message.Chat.ChatId, message.Sender.Id, message.Sender.DisplayName);

    /// <summary>The poller, adding or replacing an item of a feed nobody typed at that moment.</summary>
    public static Actor Feed(string feedId) => new(null, "", "feed:" + feedId, "feed " + feedId);

    public override string ToString() => Platform is { } platform ? $"{Name} ({UserId}) in {platform}:{ChatId}" : Name;
}
