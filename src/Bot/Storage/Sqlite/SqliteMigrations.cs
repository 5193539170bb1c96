namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// The schema's history. Append a new migration with the next number; never edit one that has shipped,
/// because databases in the field have already applied it.
/// </summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
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
        new(3, "subscriptions", """
            CREATE TABLE subscriptions (
                platform   TEXT NOT NULL,
                chat_id    TEXT NOT NULL,
                topic_slug TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                PRIMARY KEY (platform, chat_id, topic_slug)
            );
            """),
        new(4, "outbox", """
            CREATE TABLE outbox (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                delivery_id TEXT NOT NULL,
                platform    TEXT NOT NULL,
                chat_id     TEXT NOT NULL,
                payload     TEXT NOT NULL,
                status      TEXT NOT NULL DEFAULT 'pending',
                attempts    INTEGER NOT NULL DEFAULT 0,
                due_at      INTEGER NOT NULL,
                leased_until INTEGER NULL,
                created_at  TEXT NOT NULL,
                finished_at TEXT NULL,
                last_error  TEXT NULL,
                UNIQUE (delivery_id, platform, chat_id)
            );
            CREATE INDEX outbox_due ON outbox (status, due_at);
            """),
        // Quartz.NET 4.7.3's AdoJobStore tables for SQLite, as that release creates them for itself (its embedded
        // create_sqlite.sql; the repository's tables_sqlite.sql lacks the 4.2+ columns and drops tables first). A migration
        // here, so the bot's one file has one schema history; Quartz only validates it. The SQL is Quartz's, so it
        // stays in its own embedded file where it can be compared with the release's.
        Migration.Embedded(5, "quartz", "Bot.Host.Storage.vendor.quartz.quartz-4.7.3-sqlite.sql"),
        // Sources added at run time and ids removed by moderators; the knowledge is rebuilt from seeds plus these.
        new(6, "sources", """
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
        new(7, "feeds", """
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
        new(8, "audit_log", """
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
        // A story's added and removed sources and its feeds belong to it (the story key: see StoryKey), so running on
        // another seeds folder with the same data folder never shows them. Rows from before belong to the default
        // story, "seeds". A removed added source keeps its row (hidden by removed_sources) so /restoresource can bring it back.
        new(9, "sources_by_story", """
            CREATE TABLE sources_by_story (
                story         TEXT NOT NULL,
                id            TEXT NOT NULL,
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
                added_at      TEXT NOT NULL,
                PRIMARY KEY (story, id)
            );
            INSERT INTO sources_by_story SELECT 'seeds', id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at FROM sources;
            DROP TABLE sources;
            ALTER TABLE sources_by_story RENAME TO sources;
            CREATE TABLE removed_by_story (
                story      TEXT NOT NULL,
                id         TEXT NOT NULL,
                removed_at TEXT NOT NULL,
                PRIMARY KEY (story, id)
            );
            INSERT INTO removed_by_story SELECT 'seeds', id, removed_at FROM removed_sources;
            DROP TABLE removed_sources;
            ALTER TABLE removed_by_story RENAME TO removed_sources;
            ALTER TABLE feeds ADD COLUMN story TEXT NOT NULL DEFAULT 'seeds';
            """),
    ];
}
