namespace Bot.Host.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema's history, numbered and named like SQLite's (<see cref="Sqlite.SqliteMigrations"/>) so the two
/// providers' versions mean the same tables. Append a new migration with the next number beside SQLite's; never edit
/// one that has shipped.
/// </summary>
public static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "chats", """
            CREATE TABLE chats (
                platform        text NOT NULL,
                chat_id         text NOT NULL,
                time_zone       text NULL,
                active          boolean NOT NULL DEFAULT true,
                inactive_reason text NULL,
                updated_at      timestamptz NOT NULL,
                PRIMARY KEY (platform, chat_id)
            );
            """),
        new(2, "telegram_state", """
            CREATE TABLE telegram_state (
                bot_id         bigint NOT NULL PRIMARY KEY,
                last_update_id bigint NOT NULL,
                updated_at     timestamptz NOT NULL
            );
            """),
        new(3, "subscriptions", """
            CREATE TABLE subscriptions (
                platform   text NOT NULL,
                chat_id    text NOT NULL,
                topic_slug text NOT NULL DEFAULT '',
                created_at timestamptz NOT NULL,
                PRIMARY KEY (platform, chat_id, topic_slug)
            );
            """),
        // due_at and leased_until in Unix milliseconds, as on SQLite: the claim compares them with the caller's clock.
        // leased_by names the instance holding the lease, so an instance releases only its own at start.
        new(4, "outbox", """
            CREATE TABLE outbox (
                id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                delivery_id  text NOT NULL,
                platform     text NOT NULL,
                chat_id      text NOT NULL,
                payload      text NOT NULL,
                status       text NOT NULL DEFAULT 'pending',
                attempts     integer NOT NULL DEFAULT 0,
                due_at       bigint NOT NULL,
                leased_until bigint NULL,
                leased_by    text NULL,
                created_at   timestamptz NOT NULL,
                finished_at  timestamptz NULL,
                last_error   text NULL,
                UNIQUE (delivery_id, platform, chat_id)
            );
            CREATE INDEX outbox_due ON outbox (platform, status, due_at);
            """),
        // Quartz.NET 4.7.3's AdoJobStore tables for PostgreSQL, as that release creates them for itself; Quartz only validates them.
        Migration.Embedded(5, "quartz", "Bot.Host.Storage.vendor.quartz.quartz-4.7.3-postgres.sql"),
        new(6, "sources", """
            CREATE TABLE sources (
                id          text NOT NULL PRIMARY KEY,
                title       text NOT NULL,
                published   date NULL,
                origin      text NOT NULL,
                url         text NULL,
                location    text NOT NULL,
                text        text NOT NULL,
                feed_id     text NULL,
                by_platform text NULL,
                by_chat     text NOT NULL,
                by_user     text NOT NULL,
                by_name     text NOT NULL,
                added_at    timestamptz NOT NULL
            );
            CREATE TABLE removed_sources (
                id         text NOT NULL PRIMARY KEY,
                removed_at timestamptz NOT NULL
            );
            """),
        new(7, "feeds", """
            CREATE TABLE feeds (
                id             text NOT NULL PRIMARY KEY,
                url            text NOT NULL,
                title          text NOT NULL,
                etag           text NULL,
                last_modified  timestamptz NULL,
                last_polled_at timestamptz NULL,
                by_platform    text NULL,
                by_chat        text NOT NULL,
                by_user        text NOT NULL,
                by_name        text NOT NULL,
                added_at       timestamptz NOT NULL
            );
            CREATE TABLE feed_items (
                feed_id      text NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
                identity     text NOT NULL,
                content_hash text NOT NULL,
                source_id    text NOT NULL,
                PRIMARY KEY (feed_id, identity)
            );
            """),
        new(8, "audit_log", """
            CREATE TABLE audit_log (
                seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at          timestamptz NOT NULL,
                by_platform text NULL,
                by_chat     text NOT NULL,
                by_user     text NOT NULL,
                by_name     text NOT NULL,
                action      text NOT NULL,
                subject     text NOT NULL,
                detail      text NOT NULL
            );
            """),
        // SQLite's migration 9: a story's added and removed sources and its feeds belong to it (see StoryKey); rows from
        // before belong to the default story, "seeds". A removed added source keeps its row (hidden by
        // removed_sources) so /restoresource can bring it back. Feed ids stay unique across stories, as in SQLite.
        new(9, "sources_by_story", """
            ALTER TABLE sources ADD COLUMN story text NOT NULL DEFAULT 'seeds';
            ALTER TABLE sources ALTER COLUMN story DROP DEFAULT;
            ALTER TABLE sources DROP CONSTRAINT sources_pkey, ADD PRIMARY KEY (story, id);
            ALTER TABLE removed_sources ADD COLUMN story text NOT NULL DEFAULT 'seeds';
            ALTER TABLE removed_sources ALTER COLUMN story DROP DEFAULT;
            ALTER TABLE removed_sources DROP CONSTRAINT removed_sources_pkey, ADD PRIMARY KEY (story, id);
            ALTER TABLE feeds ADD COLUMN story text NOT NULL DEFAULT 'seeds';
            """),
        // PostgreSQL only (one SQLite process needs neither): what instances of a cluster share beyond the stores. A
        // webhook update's id is taken once across instances; a change to a story's sources or removals notifies the
        // other instances (PostgresKnowledgeListener), whatever statement made it.
        new(10, "cluster", """
            CREATE TABLE telegram_updates_seen (
                bot_id    bigint NOT NULL,
                update_id bigint NOT NULL,
                seen_at   timestamptz NOT NULL,
                PRIMARY KEY (bot_id, update_id)
            );
            CREATE FUNCTION notify_sources_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('bot_sources', coalesce(NEW.story, OLD.story));
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER sources_changed AFTER INSERT OR UPDATE OR DELETE ON sources
                FOR EACH ROW EXECUTE FUNCTION notify_sources_changed();
            CREATE TRIGGER removed_sources_changed AFTER INSERT OR UPDATE OR DELETE ON removed_sources
                FOR EACH ROW EXECUTE FUNCTION notify_sources_changed();
            """),
    ];
}
