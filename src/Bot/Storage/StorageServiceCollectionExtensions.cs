using Bot.Core.Chat;
using Bot.Core.Sources;
using Bot.Core.Reminders;
using Bot.Host.Knowledge;
using Bot.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot's SQLite store (<c>Bot:Storage</c>): the database with its migrations, applied at start,
    /// and the stores built on it (chat directory, Telegram offset, subscriptions, chat settings, reminder outbox,
    /// sources, feeds, audit log).
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new SqliteDatabase(ConnectionString(options, contentRoot), options.BusyTimeout, sp.GetRequiredService<ILogger<SqliteDatabase>>());
        });
        builder.Services.AddHostedService<SqliteMigrationService>();
        builder.Services.AddSingleton(sp => StoryKey.For(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.SeedsPath, contentRoot));
        builder.Services.AddSingleton<IChatDirectory, SqliteChatDirectory>();
        builder.Services.AddSingleton<ITelegramOffsetStore, SqliteTelegramOffsetStore>();
        // Registered before AddChatCommands, whose in-memory defaults are TryAdd and so give way to these.
        builder.Services.AddSingleton<ISourceStore, SqliteSourceStore>();
        builder.Services.AddSingleton<IFeedStore, SqliteFeedStore>();
        builder.Services.AddSingleton<IAuditLog, SqliteAuditLog>();

        // Before AddChatCommands, whose in-memory stores are registered with TryAdd and so give way to these.
        builder.Services.AddSingleton<SqliteSubscriptionStore>();
        builder.Services.AddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<SqliteSubscriptionStore>());
        builder.Services.AddSingleton<IChatSettingsStore, SqliteChatSettingsStore>();
        builder.Services.AddSingleton<SqliteReminderOutbox>();
        builder.Services.AddSingleton<IReminderOutbox>(sp => sp.GetRequiredService<SqliteReminderOutbox>());
        return builder;
    }

    internal static string ConnectionString(StorageOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        var folder = Path.GetFullPath(options.DataDirectory, contentRoot);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, StorageOptions.DatabaseFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Each open is cheap with pooling; the pool is per connection string.
            Pooling = true,
        }.ToString();
    }
}

/// <summary>Brings the schema up to date before the transports start, so a broken database fails the start, not the first message.</summary>
internal sealed class SqliteMigrationService(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
