namespace Bot.Core.Chat;

/// <summary>The chat platforms the bot serves. The core never branches on it; transports and storage key by it.</summary>
public enum ChatPlatform
{
    Console,
    Telegram,
    Discord,
}

/// <summary>Where a message came from and where answers go: a platform and that platform's chat id.</summary>
public sealed record ChatAddress(ChatPlatform Platform, string ChatId)
{
    public override string ToString() => $"{Platform}:{ChatId}";
}

/// <summary>Who sent a message, as the platform names them.</summary>
public sealed record ChatSender(string Id, string DisplayName);

/// <summary>
/// One incoming chat message, already mapped out of the platform's types by its transport.
/// <see cref="Text"/> is the command or question as typed, with any "@OurBot" suffix already stripped.
/// </summary>
public sealed record ChatMessage(ChatAddress Chat, ChatSender Sender, string Text)
{
    /// <summary>True in a group, server channel or other multi-member chat; false in a private chat or the console.</summary>
    public bool IsGroup { get; init; }

    /// <summary>A file sent with the message (a Telegram document, a Discord attachment option), if any.</summary>
    public ChatAttachment? Attachment { get; init; }

    /// <summary>The text of the message this one replies to, if it is a reply; /addsource ingests it.</summary>
    public string? RepliedText { get; init; }
}

/// <summary>
/// A file attached to a message. Only described until <see cref="OpenAsync"/> is called, so a command that does not
/// want it (or finds it too large) never downloads it.
/// </summary>
/// <param name="Size">In bytes, as the platform reports it; null when it does not say.</param>
/// <param name="OpenAsync">Downloads the file; the transport applies no size cap, the reader must stop at its own.</param>
public sealed record ChatAttachment(string FileName, long? Size, string? MediaType, Func<CancellationToken, Task<Stream>> OpenAsync);
