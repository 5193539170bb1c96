using Bot.Core.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Bot.Core.Text;

namespace Bot.Telegram;

/// <summary>
/// What both receivers do before the first update: learn who the bot is (getMe), publish the command menu
/// (setMyCommands) and run one Telegram call with the transport's retry rules.
/// </summary>
public sealed class TelegramStartup(
    ITelegramBotClient client,
    TelegramBotProfile profile,
    CommandRegistry registry,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    TimeProvider time,
    ILogger<TelegramStartup> logger)
{
    /// <summary>getMe and setMyCommands, retried until they succeed. False if Telegram refuses the token: the transport cannot run.</summary>
    public async Task<bool> IdentifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await CallAsync("getMe", ct => client.GetMe(ct), cancellationToken);
            profile.Set(me.Id, me.Username ?? "");
            logger.LogInformation("Telegram bot @{Username} (id {Id}) starting in {Mode} mode", me.Username, me.Id, options.Value.Mode);
        }
        catch (TelegramCallException failure) when (failure.Fault.Kind == TelegramFaultKind.Unauthorized)
        {
            logger.LogCritical("Telegram refused the bot token ({Error}). Check Bot__Telegram__Token (from @BotFather); the Telegram transport is off until the bot restarts.", secrets.Redact(failure.Fault.Description));
            return false;
        }

        var commands = registry.Descriptors
            .Select(d => new BotCommand { Command = d.Name, Description = MenuDescription(d) })
            .Take(100)
            .ToArray();
        try
        {
            await CallAsync("setMyCommands", ct => client.SetMyCommands(commands, cancellationToken: ct), cancellationToken, maxAttempts: 5);
            logger.LogInformation("Published {Count} commands to Telegram's menu", commands.Length);
        }
        catch (TelegramCallException failure)
        {
            // The menu is a convenience; commands typed by hand still work.
            logger.LogError("Could not publish the command menu: {Kind} {Error}", failure.Fault.Kind, secrets.Redact(failure.Fault.Description));
        }

        return true;
    }

    /// <summary>
    /// Runs one call: waits out 429s, retries network errors and 5xx with capped backoff (at most
    /// <paramref name="maxAttempts"/> failures), and throws <see cref="TelegramCallException"/> for anything else.
    /// </summary>
    public async Task<T> CallAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, int maxAttempts = int.MaxValue)
    {
        var backoff = new Backoff(options.Value.RetryInitialDelay, options.Value.RetryMaximumDelay);
        for (var failures = 1; ; failures++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.RequestTimeout);
            try
            {
                return await call(timeout.Token);
            }
            catch (Exception exception) when (TelegramFault.ClassifyOrTransient(exception, cancellationToken) is { } fault)
            {
                var delay = fault.Kind switch
                {
                    TelegramFaultKind.RateLimited => fault.RetryAfter!.Value,
                    TelegramFaultKind.Transient => backoff.Delay(failures),
                    _ => throw new TelegramCallException(method, fault),
                };
                if (failures >= maxAttempts)
                {
                    throw new TelegramCallException(method, fault);
                }

                logger.LogWarning("Telegram {Method} failed ({Kind}: {Error}); retrying in {Delay}", method, fault.Kind, secrets.Redact(fault.Description), delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    public Task CallAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken, int maxAttempts = int.MaxValue) =>
        CallAsync(method, async ct => { await call(ct); return true; }, cancellationToken, maxAttempts);

    /// <summary>Telegram wants 3-256 characters; our descriptors are 3-100, so this only guards a future mistake.</summary>
    private static string MenuDescription(CommandDescriptor descriptor)
    {
        var text = descriptor.Audience == CommandAudience.Moderators ? $"{descriptor.Description} (moderators)" : descriptor.Description;
        return text.Length switch
        {
            < 3 => text.PadRight(3, '.'),
            > 256 => TextShortener.Shorten(text, 256),
            _ => text,
        };
    }
}

/// <summary>A Telegram call that failed for good; <see cref="Fault"/> says how. The message never contains the token.</summary>
public sealed class TelegramCallException : Exception
{
    internal TelegramCallException(string method, TelegramFault fault)
        : base($"Telegram {method} failed: {fault.Kind} {fault.Description}")
    {
        Fault = fault;
    }

    internal TelegramFault Fault { get; }
}
