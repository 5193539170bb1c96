using System.Text;

namespace Bot.Telegram.Client;

/// <summary>
/// Keeps the token (and the webhook secret) out of logs. Telegram.Bot puts the token in every request URL,
/// and URLs end up in exception messages, so exceptions are never handed to a logger as they are:
/// <see cref="Describe"/> flattens them to redacted text first.
/// </summary>
internal sealed class TelegramSecrets
{
    private const string Mask = "***";
    private readonly string[] _secrets;

    public TelegramSecrets(string token, string? secretToken = null)
    {
        var secrets = new List<string>();
        if (!string.IsNullOrEmpty(token))
        {
            secrets.Add(token);
            secrets.Add(Uri.EscapeDataString(token));
            // The part after the colon is the actual secret; it may appear alone (e.g. in a re-encoded URL).
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && colon + 1 < token.Length)
            {
                secrets.Add(token[(colon + 1)..]);
            }
        }

        if (!string.IsNullOrEmpty(secretToken))
        {
            secrets.Add(secretToken);
        }

        // Longest first, so a longer secret is not left half-masked by a shorter one inside it.
        _secrets = [.. secrets.Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length)];
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>"HttpRequestException: Connection refused (127.0.0.1:5) &lt;- SocketException: ...", redacted, without stack traces.</summary>
    public string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (text.Length > 0)
            {
                text.Append(" <- ");
            }

            text.Append(current.GetType().Name).Append(": ").Append(current.Message);
        }

        return Redact(text.ToString());
    }
}
