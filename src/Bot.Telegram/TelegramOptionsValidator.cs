using System.Text.RegularExpressions;

namespace Bot.Telegram;

/// <summary>The checks data annotations cannot express; each failure names the key and what to do.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        // The message must never echo the token itself.
        if (!string.IsNullOrEmpty(options.Token) && !TokenShape().IsMatch(options.Token))
        {
            failures.Add("Bot:Telegram:Token does not look like a bot token (\"<bot id>:<secret>\" as @BotFather gives it).");
        }

        if (options.ApiBaseUrl is { Length: > 0 } baseUrl && !IsHttpUrl(baseUrl))
        {
            failures.Add("Bot:Telegram:ApiBaseUrl must be an absolute http(s) URL such as http://127.0.0.1:8081, or empty for the official API.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Bot:Telegram:RequestTimeout must be positive, e.g. 00:00:30.");
        }

        if (options.RetryInitialDelay <= TimeSpan.Zero || options.RetryMaximumDelay < options.RetryInitialDelay)
        {
            failures.Add("Bot:Telegram:RetryInitialDelay must be positive and no larger than Bot:Telegram:RetryMaximumDelay.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (options.WebhookUrl is not { Length: > 0 } webhook || !IsHttpUrl(webhook))
            {
                failures.Add("Bot:Telegram:WebhookUrl is required in Webhook mode: the public https:// address Telegram posts updates to.");
            }

            if (options.SecretToken is not { } secret || !SecretTokenShape().IsMatch(secret))
            {
                failures.Add("Bot:Telegram:SecretToken is required in Webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }

            if (!IsHttpUrl(options.WebhookListenUrl))
            {
                failures.Add("Bot:Telegram:WebhookListenUrl must be an absolute http(s) URL to listen on, such as http://127.0.0.1:8443.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^\d{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretTokenShape();
}
