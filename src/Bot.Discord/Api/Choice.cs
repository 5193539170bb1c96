namespace Bot.Discord.Api;

/// <summary>An autocomplete suggestion: what is shown, and what is filled in.</summary>
internal sealed record Choice(string Label, string Value);
