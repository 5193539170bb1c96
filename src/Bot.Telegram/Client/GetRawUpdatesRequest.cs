using System.Text.Json;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Client;

/// <summary>
/// getUpdates with each update left as raw JSON. Telegram.Bot reads a batch as a whole, so one update of a shape it
/// does not know (a kind or field Telegram added) would fail the whole batch, and the same batch on every retry;
/// read one by one (<see cref="ReceivedUpdate"/>), an unreadable update is only itself.
/// </summary>
internal sealed class GetRawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public int? Offset { get; init; }

    public int? Limit { get; init; }

    public int? Timeout { get; init; }

    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
