using System.Numerics;

namespace Bot.Discord.Api;

/// <summary>The sender's membership of the server: nick, permission bits and role ids.</summary>
internal sealed record InteractionMember(string? Nick, BigInteger Permissions, IReadOnlyList<string> Roles);
