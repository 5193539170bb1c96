namespace Bot.Discord.Api;

/// <summary>
/// One interaction in the bot's terms: who, where, which command with which text, the file attached, the button
/// pressed. <see cref="Token"/> answers it; a client keeps it out of logs, and so does <see cref="ToString"/>.
/// </summary>
internal sealed record DiscordInteraction(string Id, string Token, DiscordInteractionKind Kind, InteractionUser User)
{
    /// <summary>The application it was sent to; null means the configured one.</summary>
    public string? ApplicationId { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>Set in a server (Discord sends it with every interaction there); null in a DM.</summary>
    public InteractionMember? Member { get; init; }

    /// <summary>The slash command's (or autocompleted command's) name; empty for a button.</summary>
    public string CommandName { get; init; } = "";

    /// <summary>The text options, in the order Discord sent them.</summary>
    public IReadOnlyList<TextOption> TextOptions { get; init; } = [];

    /// <summary>The pressed button's command (its custom id).</summary>
    public string? ButtonCommand { get; init; }

    /// <summary>The file of an attachment option, downloaded only if opened.</summary>
    public InteractionFile? Attachment { get; init; }

    // A record prints every property, and the token would let anyone answer as the bot for 15 minutes.
    public override string ToString() => $"Discord interaction {Id} ({Kind})";
}
