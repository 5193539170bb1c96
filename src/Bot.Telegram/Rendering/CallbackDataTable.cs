using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Telegram limits a button's callback_data to 64 bytes. A button's command goes in as it is when it fits; a longer
/// one is replaced by "#" and a short hash of it, remembered here. Commands start with "/", so the two never clash.
/// The table lives in memory: a long-command button from before a restart answers "expired" instead of guessing.
/// </summary>
internal sealed class CallbackDataTable(int capacity = 10_000)
{
    public const int MaxCallbackDataBytes = 64;

    private const char HashPrefix = '#';
    private readonly ConcurrentDictionary<string, string> _commands = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public string ToCallbackData(string command)
    {
        if (Encoding.UTF8.GetByteCount(command) <= MaxCallbackDataBytes && !command.StartsWith(HashPrefix))
        {
            return command;
        }

        // The same command always gets the same id, so re-rendering an answer does not grow the table.
        var id = HashPrefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(command)).AsSpan(0, 15))
            .Replace('+', '-').Replace('/', '_');
        if (_commands.TryAdd(id, command))
        {
            _order.Enqueue(id);
            while (_commands.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _commands.TryRemove(oldest, out _);
            }
        }

        return id;
    }

    /// <summary>The command a button stands for, or null for an id this process does not know (expired).</summary>
    public string? Resolve(string? callbackData) =>
        callbackData is null ? null
        : callbackData.StartsWith(HashPrefix) ? _commands.GetValueOrDefault(callbackData)
        : callbackData;
}
