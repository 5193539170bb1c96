namespace Bot.Core;

/// <summary>The features that register themselves (<see cref="FeatureRegistration"/>); each is added by <c>Add</c> and its name.</summary>
public enum BotFeature
{
    Knowledge,
    Sources,
    ReminderPlanning,
    Commands,
    /// <summary>The stores behind every feature: the host's storage provider, or a test's in-memory stores.</summary>
    Storage,
    Scheduling,
    ReminderDelivery,
    Observability,
}
