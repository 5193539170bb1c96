namespace Bot.Discord.Api;

/// <summary>A button that runs <see cref="Command"/> when pressed.</summary>
internal sealed record MessageButton(string Label, string Command);
