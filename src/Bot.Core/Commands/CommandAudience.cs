namespace Bot.Core.Commands;

/// <summary>Who may run a command. Transports also use it: Discord sets default_member_permissions from it.</summary>
public enum CommandAudience
{
    Everyone,
    Moderators,
}
