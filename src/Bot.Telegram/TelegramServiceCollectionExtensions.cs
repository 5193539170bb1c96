using Bot.Core.Chat;
using Bot.Telegram.Client;
using Bot.Telegram.Interactions;
using Bot.Telegram.Receiving;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Telegram.Bot;

namespace Bot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    private const string HttpClientKey = "telegram";

    /// <summary>
    /// Adds the Telegram transport when <c>Bot:Telegram:Token</c> is set, and nothing otherwise: long polling, or the
    /// webhook listener when <c>Bot:Telegram:Mode</c> is Webhook, plus the Telegram <see cref="IChatSender"/>.
    /// Needs an <see cref="ITelegramOffsetStore"/> and an <see cref="IChatDirectory"/> from the host's storage.
    /// </summary>
    public static IHostApplicationBuilder AddTelegramTransport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.TryAddChatTransport<TelegramOptions>(builder.Configuration, TelegramOptions.Section))
        {
            return builder;
        }

        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new TelegramSecrets(options.Token, options.SecretToken);
        });
        // A plain HttpClient on purpose: IHttpClientFactory's logging would write request URLs, and they hold the token.
        services.AddKeyedSingleton(HttpClientKey, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = options.RequestTimeout };
            // Our calls carry their own deadlines; this is only a backstop above the longest one (the long poll).
            return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds) + options.RequestTimeout + TimeSpan.FromSeconds(10) };
        });
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var clientOptions = new TelegramBotClientOptions(options.Token, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
            {
                // The library would otherwise wait out 429s itself, hidden from our pacing and logs.
                RetryThreshold = 0,
            };
            return new TelegramBotClient(clientOptions, sp.GetRequiredKeyedService<HttpClient>(HttpClientKey));
        });

        services.AddSingleton<TelegramBotProfile>();
        services.AddSingleton<CallbackDataTable>(_ => new CallbackDataTable());
        services.AddSingleton<TelegramMessenger>();
        services.AddSingleton<TelegramModeratorCheck>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<TelegramCalls>();
        services.TryAddSingleton<ITelegramUpdateClaims, RecentUpdateClaims>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<IChatSender, TelegramChatSender>();

        if (Enum.TryParse<TelegramMode>(builder.Configuration[$"{TelegramOptions.Section}:Mode"], ignoreCase: true, out var mode) && mode == TelegramMode.Webhook)
        {
            services.AddSingleton<TelegramWebhookService>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookService>());
        }
        else
        {
            services.AddSingleton<TelegramPollingService>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramPollingService>());
        }

        return builder;
    }
}
