namespace Bot.Discord.Api;

internal enum SlashOptionKind
{
    Text,
    File,
}
