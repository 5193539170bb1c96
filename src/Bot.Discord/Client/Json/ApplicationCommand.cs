using System.Text.Json.Serialization;

namespace Bot.Discord.Client.Json;

internal sealed record ApplicationCommand(
    string Name,
    int Type,
    string Description,
    IReadOnlyList<ApplicationCommandOption>? Options,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DefaultMemberPermissions);

internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool Required, bool? Autocomplete, int? MaxLength);
