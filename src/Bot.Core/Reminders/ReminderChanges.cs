namespace Bot.Core.Reminders;

/// <summary>
/// Says "the plan may have changed" when a chat subscribes, unsubscribes or changes its zone, so the scheduler
/// re-plans. The knowledge has its own <see cref="Knowledge.KnowledgeBase.Changed"/> event.
/// </summary>
public sealed class ReminderChanges
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
