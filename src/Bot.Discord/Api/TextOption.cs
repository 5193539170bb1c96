namespace Bot.Discord.Api;

/// <summary>A text option's value; <see cref="Focused"/> marks the one being typed during autocomplete.</summary>
internal sealed record TextOption(string Name, string Value, bool Focused);
