using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Bot.Discord.Api;
using Bot.Discord.Client.Json;

namespace Bot.Discord.Client;

/// <summary>
/// Between Discord's wire records and the bot's terms (<see cref="Api"/>): the one place that knows interaction
/// and option type numbers, message flags, component shapes and permission strings.
/// </summary>
internal sealed class DiscordWireMapper(DiscordAttachmentDownloader attachments)
{
    public const int StringOption = 3;
    public const int AttachmentOption = 11;
    public const int ChatInputCommand = 1;

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5): the server's moderators see moderator commands; admins may change that per server.</summary>
    public const string ManageGuildPermission = "32";

    public static readonly byte[] Pong = Serialize(new InteractionResponse(CallbackType.Pong, null));

    public DiscordInteraction ToInteraction(Interaction interaction)
    {
        var kind = interaction.Type switch
        {
            InteractionType.ApplicationCommand => DiscordInteractionKind.SlashCommand,
            InteractionType.MessageComponent => DiscordInteractionKind.Button,
            InteractionType.Autocomplete => DiscordInteractionKind.Autocomplete,
            _ => DiscordInteractionKind.Other,
        };
        var user = interaction.Member?.User ?? interaction.User;
        var data = interaction.Data;
        return new DiscordInteraction(
            interaction.Id,
            interaction.Token,
            kind,
            new InteractionUser(user?.Id ?? "unknown", user?.Username, user?.GlobalName))
        {
            ApplicationId = interaction.ApplicationId,
            GuildId = interaction.GuildId,
            ChannelId = interaction.ChannelId,
            Member = interaction.Member is { } member ? new InteractionMember(member.Nick, Permissions(member.Permissions), member.Roles ?? []) : null,
            CommandName = data?.Name ?? "",
            TextOptions = [.. (data?.Options ?? [])
                .Where(o => o.Type == StringOption && o.Value is { ValueKind: JsonValueKind.String })
                .Select(o => new TextOption(o.Name, o.Value!.Value.GetString()!, o.Focused == true))],
            ButtonCommand = data?.CustomId,
            Attachment = Attachment(data),
        };
    }

    public static byte[] ToJson(FirstResponse response) => response switch
    {
        FirstResponse.Message message => Serialize(new InteractionResponse(CallbackType.ChannelMessageWithSource, ToWire(message.Content))),
        FirstResponse.Deferred => Serialize(new InteractionResponse(CallbackType.DeferredChannelMessageWithSource, null)),
        FirstResponse.Choices choices => JsonSerializer.SerializeToUtf8Bytes(
            new AutocompleteResponse(CallbackType.AutocompleteResult, new AutocompleteData([.. choices.Items.Select(c => new AutocompleteChoice(c.Label, c.Value))])),
            DiscordJsonContext.Default.AutocompleteResponse),
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, "Unknown first response."),
    };

    /// <summary>Every message carries "no mentions": answers never ping anyone, whatever a quoted source says.</summary>
    public static DiscordMessage ToWire(OutgoingMessage message) => new(
        message.Content,
        message.Embeds?.Select(e => new Embed(
            e.Title,
            e.Description,
            null,
            e.Fields?.Select(f => new EmbedField(f.Name, f.Value)).ToList(),
            e.Footer is { } footer ? new EmbedFooter(footer) : null,
            e.Image is { } image ? new EmbedImage(image) : null)).ToList(),
        message.ButtonRows?.Select(row => new ActionRow([.. row.Select(b => new Button(b.Label, b.Command))])).ToList(),
        AllowedMentions.None,
        message.Ephemeral ? DiscordMessage.EphemeralFlag : null,
        message.File is { } file ? [new WireAttachment(0, file.FileName, file.Description)] : null);

    public static ApplicationCommand ToWire(SlashCommand command) => new(
        command.Name,
        ChatInputCommand,
        command.Description,
        command.Options.Count == 0
            ? null
            : [.. command.Options.Select(o => new ApplicationCommandOption(
                o.Kind == SlashOptionKind.File ? AttachmentOption : StringOption,
                o.Name,
                o.Description,
                o.Required,
                o.Autocomplete ? true : null,
                o.MaxLength))],
        command.ModeratorsOnly ? ManageGuildPermission : null);

    // A decimal string: Discord keeps adding bits, so it is read as a BigInteger rather than a 64-bit number.
    private static BigInteger Permissions(string? permissions) =>
        BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : BigInteger.Zero;

    /// <summary>An ATTACHMENT option's value is a key of <c>resolved.attachments</c>.</summary>
    private InteractionFile? Attachment(InteractionData? data)
    {
        var option = data?.Options?.FirstOrDefault(o => o.Type == AttachmentOption && o.Value is { ValueKind: JsonValueKind.String });
        if (option?.Value?.GetString() is not { } id || data?.Resolved?.Attachments?.GetValueOrDefault(id) is not { } file)
        {
            return null;
        }

        return new InteractionFile(file.Filename, file.Size, file.ContentType, ct => attachments.OpenAsync(file.Url, ct));
    }

    private static byte[] Serialize(InteractionResponse response) =>
        JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);
}
