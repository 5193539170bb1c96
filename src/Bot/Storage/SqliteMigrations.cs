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
        // Sources added at run time and ids removed by moderators; the knowledge is rebuilt from seeds plus these.
        new(10, "sources", """
            CREATE TABLE sources (
                id            TEXT NOT NULL PRIMARY KEY,
                title         TEXT NOT NULL,
                published     TEXT NULL,
                origin        TEXT NOT NULL,
                url           TEXT NULL,
                location      TEXT NOT NULL,
                text          TEXT NOT NULL,
                feed_id       TEXT NULL,
                by_platform   TEXT NULL,
                by_chat       TEXT NOT NULL,
                by_user       TEXT NOT NULL,
                by_name       TEXT NOT NULL,
                added_at      TEXT NOT NULL
            );
            CREATE TABLE removed_sources (
                id         TEXT NOT NULL PRIMARY KEY,
                removed_at TEXT NOT NULL
            );
            """),
        new(11, "feeds", """
            CREATE TABLE feeds (
                id             TEXT NOT NULL PRIMARY KEY,
                url            TEXT NOT NULL,
                title          TEXT NOT NULL,
                etag           TEXT NULL,
                last_modified  TEXT NULL,
                last_polled_at TEXT NULL,
                by_platform    TEXT NULL,
                by_chat        TEXT NOT NULL,
                by_user        TEXT NOT NULL,
                by_name        TEXT NOT NULL,
                added_at       TEXT NOT NULL
            );
            CREATE TABLE feed_items (
                feed_id      TEXT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
                identity     TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                source_id    TEXT NOT NULL,
                PRIMARY KEY (feed_id, identity)
            );
            """),
        new(12, "audit_log", """
            CREATE TABLE audit_log (
                seq         INTEGER PRIMARY KEY AUTOINCREMENT,
                at          TEXT NOT NULL,
                by_platform TEXT NULL,
                by_chat     TEXT NOT NULL,
                by_user     TEXT NOT NULL,
                by_name     TEXT NOT NULL,
                action      TEXT NOT NULL,
                subject     TEXT NOT NULL,
                detail      TEXT NOT NULL
            );
            """),
    ];
}
