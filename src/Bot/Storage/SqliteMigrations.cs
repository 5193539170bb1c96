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
        // create_sqlite.sql; the repository's tables_sqlite.sql lacks the 4.2+ columns and drops tables first). Kept here so the
        // bot's one file has one schema history; Quartz only validates it.
        new(5, "quartz", """
            CREATE TABLE IF NOT EXISTS QRTZ_JOB_DETAILS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              JOB_NAME NVARCHAR(150) NOT NULL,
              JOB_GROUP NVARCHAR(150) NOT NULL,
              DESCRIPTION NVARCHAR(250) NULL,
              JOB_CLASS_NAME NVARCHAR(250) NOT NULL,
              IS_DURABLE BIT NOT NULL,
              IS_NONCONCURRENT BIT NOT NULL,
              IS_UPDATE_DATA BIT NOT NULL,
              REQUESTS_RECOVERY BIT NOT NULL,
              JOB_DATA BLOB NULL,
              PRIMARY KEY (SCHED_NAME,JOB_NAME,JOB_GROUP)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_TRIGGERS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              JOB_NAME NVARCHAR(150) NOT NULL,
              JOB_GROUP NVARCHAR(150) NOT NULL,
              DESCRIPTION NVARCHAR(250) NULL,
              NEXT_FIRE_TIME BIGINT NULL,
              PREV_FIRE_TIME BIGINT NULL,
              PRIORITY INTEGER NULL,
              TRIGGER_STATE NVARCHAR(16) NOT NULL,
              TRIGGER_TYPE NVARCHAR(8) NOT NULL,
              START_TIME BIGINT NOT NULL,
              END_TIME BIGINT NULL,
              CALENDAR_NAME NVARCHAR(200) NULL,
              MISFIRE_INSTR INTEGER NULL,
              MISFIRE_ORIG_FIRE_TIME INTEGER NULL,
              EXECUTION_GROUP NVARCHAR(200) NULL,
              PREFERRED_NODE NVARCHAR(200) NULL,
              PREFERRED_NODE_AUTO BIT NOT NULL DEFAULT 0,
              RETRY_POLICY NVARCHAR(250) NULL,
              RETRY_ATTEMPT INTEGER NULL,
              CONTINUES_TRIGGER_NAME NVARCHAR(150) NULL,
              CONTINUES_TRIGGER_GROUP NVARCHAR(150) NULL,
              CONTINUATION_CONDITION INTEGER NULL,
              OVERLAP_POLICY INTEGER NULL,
              PAUSE_REASON NVARCHAR(250) NULL,
              PAUSED_BY NVARCHAR(200) NULL,
              PAUSED_AT BIGINT NULL,
              MISFIRE_THRESHOLD BIGINT NULL,
              FIXED_DELAY BIT NULL,
              JOB_DATA BLOB NULL,
              PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
              FOREIGN KEY (SCHED_NAME,JOB_NAME,JOB_GROUP) REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME,JOB_NAME,JOB_GROUP)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_SIMPLE_TRIGGERS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              REPEAT_COUNT BIGINT NOT NULL,
              REPEAT_INTERVAL BIGINT NOT NULL,
              TIMES_TRIGGERED BIGINT NOT NULL,
              PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
              FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
            );
            CREATE TABLE IF NOT EXISTS QRTZ_CRON_TRIGGERS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              CRON_EXPRESSION NVARCHAR(250) NOT NULL,
              TIME_ZONE_ID NVARCHAR(80),
              PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
              FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
            );
            CREATE TABLE IF NOT EXISTS QRTZ_SIMPROP_TRIGGERS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              STR_PROP_1 NVARCHAR(512) NULL,
              STR_PROP_2 NVARCHAR(512) NULL,
              STR_PROP_3 NVARCHAR(512) NULL,
              INT_PROP_1 INT NULL,
              INT_PROP_2 INT NULL,
              LONG_PROP_1 BIGINT NULL,
              LONG_PROP_2 BIGINT NULL,
              DEC_PROP_1 NUMERIC NULL,
              DEC_PROP_2 NUMERIC NULL,
              BOOL_PROP_1 BIT NULL,
              BOOL_PROP_2 BIT NULL,
              TIME_ZONE_ID NVARCHAR(80) NULL,
              PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
              FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
            );
            CREATE TABLE IF NOT EXISTS QRTZ_BLOB_TRIGGERS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              BLOB_DATA BLOB NULL,
              PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
              FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
            );
            CREATE TABLE IF NOT EXISTS QRTZ_CALENDARS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              CALENDAR_NAME NVARCHAR(200) NOT NULL,
              CALENDAR BLOB NOT NULL,
              PRIMARY KEY (SCHED_NAME,CALENDAR_NAME)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_PAUSED_TRIGGER_GRPS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              PAUSE_REASON NVARCHAR(250) NULL,
              PAUSED_BY NVARCHAR(200) NULL,
              PAUSED_AT BIGINT NULL,
              PRIMARY KEY (SCHED_NAME,TRIGGER_GROUP)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_PAUSED_JOB_GRPS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              JOB_GROUP NVARCHAR(150) NOT NULL,
              PAUSE_REASON NVARCHAR(250) NULL,
              PAUSED_BY NVARCHAR(200) NULL,
              PAUSED_AT BIGINT NULL,
              PRIMARY KEY (SCHED_NAME,JOB_GROUP)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_FIRED_TRIGGERS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              ENTRY_ID NVARCHAR(140) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              INSTANCE_NAME NVARCHAR(200) NOT NULL,
              FIRED_TIME BIGINT NOT NULL,
              SCHED_TIME BIGINT NOT NULL,
              PRIORITY INTEGER NOT NULL,
              STATE NVARCHAR(16) NOT NULL,
              JOB_NAME NVARCHAR(150) NULL,
              JOB_GROUP NVARCHAR(150) NULL,
              IS_NONCONCURRENT BIT NULL,
              REQUESTS_RECOVERY BIT NULL,
              EXECUTION_GROUP NVARCHAR(200) NULL,
              PROGRESS INTEGER NULL,
              PROGRESS_MESSAGE NVARCHAR(250) NULL,
              INTERRUPT_REQUESTED_TIME BIGINT NULL,
              PRIMARY KEY (SCHED_NAME,ENTRY_ID)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_SCHEDULER_STATE (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              INSTANCE_NAME NVARCHAR(200) NOT NULL,
              LAST_CHECKIN_TIME BIGINT NOT NULL,
              CHECKIN_INTERVAL BIGINT NOT NULL,
              QUARTZ_VERSION NVARCHAR(20) NULL,
              PRIMARY KEY (SCHED_NAME,INSTANCE_NAME)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_LOCKS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              LOCK_NAME NVARCHAR(40) NOT NULL,
              PRIMARY KEY (SCHED_NAME,LOCK_NAME)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_EXECUTION_HISTORY (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              ENTRY_ID NVARCHAR(140) NOT NULL,
              INSTANCE_NAME NVARCHAR(200) NOT NULL,
              JOB_NAME NVARCHAR(150) NOT NULL,
              JOB_GROUP NVARCHAR(150) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              FIRED_TIME BIGINT NOT NULL,
              RUN_TIME BIGINT NOT NULL,
              SUCCEEDED BIT NOT NULL,
              ERROR_MESSAGE NVARCHAR(1000) NULL,
              RETRY_ATTEMPT INTEGER NOT NULL DEFAULT 0,
              RETRY_SCHEDULED BIT NOT NULL DEFAULT 0,
              EXECUTION_LOG TEXT NULL,
              RESULT INTEGER NULL,
              SUMMARY NVARCHAR(1000) NULL,
              METRICS TEXT NULL,
              MANUAL BIT NULL,
              FIRE_INSTANCE_ID NVARCHAR(140) NULL,
              JOB_INPUT TEXT NULL,
              JOB_INPUT_TOO_LARGE BIT NULL,
              PRIMARY KEY (SCHED_NAME,ENTRY_ID)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_MISFIRE_HISTORY (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              ENTRY_ID NVARCHAR(140) NOT NULL,
              INSTANCE_NAME NVARCHAR(200) NOT NULL,
              TRIGGER_NAME NVARCHAR(150) NOT NULL,
              TRIGGER_GROUP NVARCHAR(150) NOT NULL,
              JOB_NAME NVARCHAR(150) NULL,
              JOB_GROUP NVARCHAR(150) NULL,
              MISFIRE_TIME BIGINT NOT NULL,
              SCHED_TIME BIGINT NULL,
              REASON INTEGER NULL,
              PRIMARY KEY (SCHED_NAME,ENTRY_ID)
            );
            CREATE TABLE IF NOT EXISTS QRTZ_JOB_STATUS (
              SCHED_NAME NVARCHAR(120) NOT NULL,
              JOB_GROUP NVARCHAR(150) NOT NULL,
              JOB_NAME NVARCHAR(150) NOT NULL,
              FIRST_FIRED_TIME BIGINT NOT NULL,
              LAST_FIRED_TIME BIGINT NOT NULL,
              LAST_RESULT INTEGER NOT NULL,
              LAST_RUN_TIME BIGINT NOT NULL,
              LAST_INSTANCE_NAME NVARCHAR(200) NOT NULL,
              LAST_ENTRY_ID NVARCHAR(140) NULL,
              LAST_SUMMARY NVARCHAR(1000) NULL,
              LAST_SUCCESS_TIME BIGINT NULL,
              LAST_FAILURE_TIME BIGINT NULL,
              LAST_FAILURE_MESSAGE NVARCHAR(1000) NULL,
              CONSECUTIVE_FAILURES INTEGER NOT NULL DEFAULT 0,
              RUN_COUNT BIGINT NOT NULL DEFAULT 0,
              FAILURE_COUNT BIGINT NOT NULL DEFAULT 0,
              PRIMARY KEY (SCHED_NAME,JOB_GROUP,JOB_NAME)
            );
            CREATE TRIGGER IF NOT EXISTS QRTZ_DELETE_SIMPLE_TRIGGER DELETE ON QRTZ_TRIGGERS
            BEGIN
              DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
            END;
            CREATE TRIGGER IF NOT EXISTS QRTZ_DELETE_SIMPROP_TRIGGER DELETE ON QRTZ_TRIGGERS
            BEGIN
              DELETE FROM QRTZ_SIMPROP_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
            END;
            CREATE TRIGGER IF NOT EXISTS QRTZ_DELETE_CRON_TRIGGER DELETE ON QRTZ_TRIGGERS
            BEGIN
              DELETE FROM QRTZ_CRON_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
            END;
            CREATE TRIGGER IF NOT EXISTS QRTZ_DELETE_BLOB_TRIGGER DELETE ON QRTZ_TRIGGERS
            BEGIN
              DELETE FROM QRTZ_BLOB_TRIGGERS WHERE SCHED_NAME=OLD.SCHED_NAME AND TRIGGER_NAME=OLD.TRIGGER_NAME AND TRIGGER_GROUP=OLD.TRIGGER_GROUP;
            END;
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_J_G_N ON QRTZ_JOB_DETAILS(SCHED_NAME,JOB_GROUP,JOB_NAME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_T_J ON QRTZ_TRIGGERS(SCHED_NAME,JOB_NAME,JOB_GROUP);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_T_G_N ON QRTZ_TRIGGERS(SCHED_NAME,TRIGGER_GROUP,TRIGGER_NAME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_T_C ON QRTZ_TRIGGERS(SCHED_NAME,CALENDAR_NAME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_T_NFT_ST ON QRTZ_TRIGGERS(SCHED_NAME,TRIGGER_STATE,NEXT_FIRE_TIME ASC,PRIORITY DESC,MISFIRE_INSTR);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_FT_INST_JOB_REQ_RCVRY ON QRTZ_FIRED_TRIGGERS(SCHED_NAME,INSTANCE_NAME,REQUESTS_RECOVERY);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_FT_J_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME,JOB_NAME,JOB_GROUP);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_FT_T_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_EH_FIRED_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME,FIRED_TIME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_EH_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME,INSTANCE_NAME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_MH_MISFIRE_TIME ON QRTZ_MISFIRE_HISTORY(SCHED_NAME,MISFIRE_TIME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_MH_INST ON QRTZ_MISFIRE_HISTORY(SCHED_NAME,INSTANCE_NAME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_EH_JOB_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME,JOB_GROUP,JOB_NAME,FIRED_TIME);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_EH_FIRE_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME,FIRE_INSTANCE_ID);
            CREATE INDEX IF NOT EXISTS IDX_QRTZ_EH_TRIG_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME,TRIGGER_GROUP,TRIGGER_NAME,FIRED_TIME);
            """),
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
