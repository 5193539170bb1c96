using System.ComponentModel.DataAnnotations;

namespace Bot.Discord;

/// <summary>How Discord delivers interactions to the bot.</summary>
public enum DiscordMode
{
    /// <summary>An outgoing WebSocket to the gateway: works behind NAT, needs no public address.</summary>
    Gateway,
    /// <summary>Discord POSTs each interaction to <see cref="DiscordOptions.InteractionsListenUrl"/> (the portal's Interactions Endpoint URL).</summary>
    Http,
}

/// <summary>The <c>Bot:Discord</c> section. The transport is registered only when <see cref="Token"/> is set.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "Bot:Discord";

    /// <summary>The bot token (a secret: environment or user secrets only, never appsettings.json, never logged).</summary>
    [Required(ErrorMessage = "Bot:Discord:Token is required (set it with the Bot__Discord__Token environment variable).")]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Bot:Discord:ApplicationId is required: the application's id from the Discord developer portal.")]
    public string ApplicationId { get; set; } = "";

    /// <summary>The application's Ed25519 public key, 64 hex characters; needed only in <see cref="DiscordMode.Http"/>.</summary>
    public string? PublicKey { get; set; }

    [Required(ErrorMessage = "Bot:Discord:ApiBaseUrl must be set (default https://discord.com/api/v10).")]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Overrides the URL from GET /gateway/bot (tests point it at a fake).</summary>
    public string? GatewayUrl { get; set; }

    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    /// <summary>The address Kestrel listens on in <see cref="DiscordMode.Http"/>, e.g. http://0.0.0.0:8080.</summary>
    public string? InteractionsListenUrl { get; set; }

    /// <summary>When set, commands are registered in this guild only: they update at once, which suits development.</summary>
    public string? GuildId { get; set; }

    /// <summary>Members with any of these roles may run moderator commands, besides those with Manage Server or Administrator.</summary>
    public List<string> ModeratorRoleIds { get; set; } = [];

    /// <summary>An answer not ready after this long is deferred (Discord voids an interaction not answered within 3 s).</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first pause between failed gateway connections; it doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one REST call may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult($"Bot:Discord:ApiBaseUrl must be an absolute http(s) URL, not \"{ApiBaseUrl}\".", [nameof(ApiBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(GatewayUrl) && (!Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("ws" or "wss")))
        {
            yield return new ValidationResult($"Bot:Discord:GatewayUrl must be an absolute ws:// or wss:// URL, not \"{GatewayUrl}\".", [nameof(GatewayUrl)]);
        }

        if (Mode == DiscordMode.Http)
        {
            if (PublicKey is null || PublicKey.Length != 64 || !PublicKey.All(char.IsAsciiHexDigit))
            {
                yield return new ValidationResult("Bot:Discord:PublicKey must be the application's public key (64 hex characters) when Bot:Discord:Mode is Http.", [nameof(PublicKey)]);
            }

            if (!Uri.TryCreate(InteractionsListenUrl, UriKind.Absolute, out var listen) || listen.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult("Bot:Discord:InteractionsListenUrl must be an http(s) listen address (e.g. http://0.0.0.0:8080) when Bot:Discord:Mode is Http.", [nameof(InteractionsListenUrl)]);
            }
        }

        if (DeferAfter <= TimeSpan.Zero || DeferAfter >= TimeSpan.FromSeconds(3))
        {
            yield return new ValidationResult("Bot:Discord:DeferAfter must be above zero and below 3 seconds (Discord's deadline for the first response).", [nameof(DeferAfter)]);
        }

        if (ReconnectDelay < TimeSpan.Zero || MaxReconnectDelay < ReconnectDelay)
        {
            yield return new ValidationResult("Bot:Discord:ReconnectDelay must be zero or more and at most Bot:Discord:MaxReconnectDelay.", [nameof(ReconnectDelay)]);
        }
    }
}
