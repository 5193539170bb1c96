namespace Bot.Discord.Client.Json;

internal sealed record InteractionData(string? Id, string? Name, IReadOnlyList<InteractionOption>? Options, string? CustomId, int? ComponentType)
{
    /// <summary>Objects an option refers to by id; an ATTACHMENT option's value is a key of <c>attachments</c>.</summary>
    public InteractionResolved? Resolved { get; init; }
}
