using Bot.Core.Chat;

namespace Bot.Core.Reminders;

/// <summary>A chat wants reminders of every deadline (<paramref name="TopicSlug"/> null) or of one topic's.</summary>
public sealed record ReminderSubscription(ChatAddress Chat, string? TopicSlug = null);
