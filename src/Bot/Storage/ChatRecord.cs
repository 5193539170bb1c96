using Bot.Core.Chat;

namespace Bot.Host.Storage;

/// <summary>A row of the chats table, whichever provider keeps it.</summary>
public sealed record ChatRecord(ChatAddress Chat, string? TimeZone, bool Active, string? InactiveReason);
