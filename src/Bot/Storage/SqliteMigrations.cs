namespace Bot.Host.Storage;

/// <summary>One numbered step of the schema. Applied once, in order, inside a transaction.</summary>
public sealed record SqliteMigration(int Version, string Name, string Sql);

/// <summary>
/// The schema's history. Append a new migration with the next number; never edit one that has shipped,
/// because databases in the field have already applied it.
/// </summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(1, "chats", """
            CREATE TABLE chats (
                platform        TEXT NOT NULL,
                chat_id         TEXT NOT NULL,
                time_zone       TEXT NULL,
                active          INTEGER NOT NULL DEFAULT 1,
                inactive_reason TEXT NULL,
                updated_at      TEXT NOT NULL,
                PRIMARY KEY (platform, chat_id)
            );
            """),
        new(2, "telegram_state", """
            CREATE TABLE telegram_state (
                bot_id         INTEGER NOT NULL PRIMARY KEY,
                last_update_id INTEGER NOT NULL,
                updated_at     TEXT NOT NULL
            );
            """),
    ];
}
