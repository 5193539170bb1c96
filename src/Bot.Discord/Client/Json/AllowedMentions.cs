namespace Bot.Discord.Client.Json;

/// <summary>Answers never ping anyone, whatever a quoted source says.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}
