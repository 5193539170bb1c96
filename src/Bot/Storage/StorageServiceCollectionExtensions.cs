using Bot.Core;
using Bot.Core.Chat;
using Bot.Core.Cluster;
using Bot.Core.Reminders;
using Bot.Core.Sources;
using Bot.Host.Knowledge;
using Bot.Host.Storage.Postgres;
using Bot.Host.Storage.Sqlite;
using Bot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The bot's state (<c>Bot:Storage</c>): every store the core needs (chat directory, Telegram offset,
    /// subscriptions, chat settings, reminder outbox, sources, feeds, audit log), each written once over ADO.NET, on the
    /// database of the provider named by <c>Bot:Storage:Provider</c>, which also registers Quartz's job store; the
    /// migrations are applied at start so a broken database fails the start, not the first message. A provider is a
    /// folder (<c>Sqlite/</c>, <c>Postgres/</c>: connection factory, <see cref="SqlDialect"/>, schema history) and one case here.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        if (!builder.Services.TryAddFeature(BotFeature.Storage))
        {
            return builder;
        }

        builder.Services.AddAnnotatedOptions<StorageOptions>(StorageOptions.Section);

        // Quartz wants its store while it is configured, before options are bound: the provider reads the section directly.
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                builder.AddSqliteStorage(options);
                break;
            case StorageProvider.Postgres:
                if (PostgresStorageServiceCollectionExtensions.ConnectionStringProblem(options.ConnectionString) is { } problem)
                {
                    throw new InvalidOperationException(problem);
                }

                builder.AddPostgresStorage(options);
                break;
            default:
                throw new InvalidOperationException($"Bot:Storage:Provider {options.Provider} has no provider in this build; the ones there are: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
        }

        // The stores, one implementation each over the provider's database and dialect.
        var services = builder.Services;
        services.AddSingleton<IStorageMigrations>(sp => sp.GetRequiredService<StorageDatabase>());
        services.AddSingleton<SqlChatDirectory>();
        services.AddSingleton<IChatDirectory>(sp => sp.GetRequiredService<SqlChatDirectory>());
        services.AddSingleton<ITelegramOffsetStore, SqlTelegramOffsetStore>();
        services.AddSingleton<SqlSourceStore>();
        services.AddSingleton<ISourceStore>(sp => sp.GetRequiredService<SqlSourceStore>());
        services.AddSingleton<IFeedStore, SqlFeedStore>();
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<SqlSubscriptionStore>();
        services.AddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<SqlSubscriptionStore>());
        services.AddSingleton<IChatSettingsStore, SqlChatSettingsStore>();
        services.AddSingleton<SqlReminderOutbox>();
        services.AddSingleton<IReminderOutbox>(sp => sp.GetRequiredService<SqlReminderOutbox>());

        // One process leads every one-at-a-time role unless the provider elects leaders in a shared database.
        services.TryAddSingleton<ILeadership>(LocalLeadership.Instance);

        // Which story the stored sources and feeds belong to, whatever the provider.
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(sp => StoryKey.For(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.SeedsPath, contentRoot));

        // First of the hosted services, whatever the order of registration: Quartz's hosted service and the scheduler
        // read tables the migrations create.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageMigrationService>());
        return builder;
    }
}

/// <summary>Brings the schema up to date before the transports start, so a broken database fails the start, not the first message.</summary>
internal sealed class StorageMigrationService(IStorageMigrations migrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrations.EnsureMigratedAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
