using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram.Client;

/// <summary>
/// One update as Telegram sent it: its id, its kind (the field beside <c>update_id</c>, such as <c>message</c>), and
/// the update read by Telegram.Bot, or why the library cannot read it.
/// </summary>
internal sealed record ReceivedUpdate(int? Id, string Kind, Update? Update, string? Problem)
{
    public static ReceivedUpdate Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return new(null, json.ValueKind.ToString().ToLowerInvariant(), null, "an update must be a JSON object");
        }

        int? id = json.TryGetProperty("update_id", out var idElement) && idElement.ValueKind == JsonValueKind.Number && idElement.TryGetInt32(out var value)
            ? value
            : null;
        var kind = json.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => name != "update_id") ?? "empty";
        try
        {
            return json.Deserialize<Update>(JsonBotAPI.Options) is { } update && id is not null
                ? new(id, kind, update, null)
                : new(id, kind, null, "it has no update_id");
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            // The library's converters throw these for a shape they do not know; the message names the path, never a token.
            return new(id, kind, null, exception.Message);
        }
    }
}
