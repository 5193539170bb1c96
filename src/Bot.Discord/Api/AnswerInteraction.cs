namespace Bot.Discord.Api;

/// <summary>What the adapter does with one interaction: the reply whose first response the source sends.</summary>
internal delegate Task<InteractionReply> AnswerInteraction(DiscordInteraction interaction, CancellationToken cancellationToken);
