using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Storage;

/// <summary>The databases a storage provider is written for (<c>Bot:Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file in <see cref="StorageOptions.DataDirectory"/>: one process, one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by <see cref="StorageOptions.ConnectionString"/>, shared by any number of instances.</summary>
    Postgres,
}

/// <summary>Where the bot keeps its state (section <c>Bot:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Bot:Storage";

    public const string DatabaseFileName = "bot.db";

    /// <summary>Which database keeps the stores and Quartz's triggers.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The bot's data folder, relative to the content root unless absolute. The SQLite file is <c>bot.db</c> inside it.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bot:Storage:DataDirectory must name a folder for the bot's data (default \"data\").")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// SQLite: a full connection string overriding <see cref="DataDirectory"/> (e.g. for a shared volume). PostgreSQL: the
    /// Npgsql connection string, required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a writer waits for another connection's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
