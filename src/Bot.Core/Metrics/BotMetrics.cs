using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bot.Core.Chat;
using Bot.Core.Ingest.Web;

namespace Bot.Core.Metrics;

/// <summary>
/// The bot's instruments (System.Diagnostics.Metrics, meter <see cref="MeterName"/>), one home for every name and tag.
/// Static, as a library's meter is: whoever listens (the host's OpenTelemetry exporter, a test's MeterListener)
/// subscribes by name, and a transport records with one call and no new dependency. Tags are bounded sets (platform,
/// a registered command name, an outcome), never chat ids or free text, so series cannot multiply.
/// </summary>
public static class BotMetrics
{
    public const string MeterName = "NewsBriefingBot";

    private static readonly Meter Meter = new(MeterName, typeof(BotMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> Received = Meter.CreateCounter<long>("bot.updates.received", "{update}", "Chat messages that reached the command dispatcher.");
    private static readonly Counter<long> Answered = Meter.CreateCounter<long>("bot.updates.answered", "{update}", "Chat messages that got a reply.");
    private static readonly Histogram<double> ReplyDuration = Meter.CreateHistogram<double>("bot.reply.duration", "s", "From a message reaching the dispatcher to its answer being ready.");
    private static readonly Counter<long> CommandFailures = Meter.CreateCounter<long>("bot.command.failures", "{failure}", "Commands that threw (reason=error) or ran past Bot:Commands:Timeout (reason=timeout).");
    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>("bot.reminders", "{reminder}", "Reminders by outcome: planned, sent, late, skipped, rejected.");
    private static readonly Counter<long> RateLimits = Meter.CreateCounter<long>("bot.platform.rate_limited", "{response}", "429 responses from a chat platform.");
    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("bot.platform.retries", "{retry}", "Calls to a chat platform tried again after a failure or a 429.");
    private static readonly Counter<long> Fetches = Meter.CreateCounter<long>("bot.sources.fetches", "{fetch}", "URL and feed fetches, by result (fetched, not_modified, refused, failed).");
    private static readonly Counter<long> FeedPolls = Meter.CreateCounter<long>("bot.feeds.polls", "{poll}", "RSS/Atom feed polls, by result (ok, failed).");
    // Observed, not recorded: a listener that subscribes after the seeds were loaded still reads the current size.
    private static (long Sources, long Topics, long Events) s_knowledge;

    private static readonly ObservableGauge<long> KnowledgeSize = Meter.CreateObservableGauge(
        "bot.knowledge.size",
        () =>
        {
            var (sources, topics, events) = s_knowledge;
            return new Measurement<long>[] { new(sources, Kind("sources")), new(topics, Kind("topics")), new(events, Kind("events")) };
        },
        "{item}",
        "What the knowledge holds: sources, topics, events.");

    /// <summary>The outcomes of <c>bot.reminders</c>.</summary>
    public static class ReminderOutcome
    {
        public const string Planned = "planned";
        public const string Sent = "sent";
        public const string Late = "late";
        public const string Skipped = "skipped";
        public const string Rejected = "rejected";
    }

    public static void UpdateReceived(ChatPlatform platform, string command) => Received.Add(1, Platform(platform), Command(command));

    public static void UpdateAnswered(ChatPlatform platform, string command, TimeSpan elapsed)
    {
        Answered.Add(1, Platform(platform), Command(command));
        ReplyDuration.Record(elapsed.TotalSeconds, Platform(platform), Command(command));
    }

    public static void CommandFailed(string command, bool timedOut) => CommandFailures.Add(1, Command(command), new("reason", timedOut ? "timeout" : "error"));

    public static void Reminder(string outcome, long count = 1) => Reminders.Add(count, new KeyValuePair<string, object?>("outcome", outcome));

    public static void Retried(ChatPlatform platform) => Retries.Add(1, Platform(platform));

    /// <summary>A transport's call failed: a 429 (<paramref name="rateLimited"/>) and/or a retry it is about to make.</summary>
    public static void PlatformFault(ChatPlatform platform, bool rateLimited, bool retried)
    {
        if (rateLimited)
        {
            RateLimits.Add(1, Platform(platform));
        }

        if (retried)
        {
            Retried(platform);
        }
    }

    public static void Fetched(FetchResult result) => Fetches.Add(1, new KeyValuePair<string, object?>("result", result switch
    {
        FetchResult.Fetched => "fetched",
        FetchResult.NotModified => "not_modified",
        FetchResult.Refused => "refused",
        _ => "failed",
    }));

    public static void FeedPolled(bool failed) => FeedPolls.Add(1, new KeyValuePair<string, object?>("result", failed ? "failed" : "ok"));

    /// <summary>The knowledge's new size; one process holds one story, so the last change is the size.</summary>
    public static void KnowledgeChanged(int sources, int topics, int events) => s_knowledge = (sources, topics, events);

    /// <summary>Elapsed time from <see cref="Stopwatch.GetTimestamp"/>, for <see cref="UpdateAnswered"/>.</summary>
    public static TimeSpan Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp);

    private static KeyValuePair<string, object?> Platform(ChatPlatform platform) => new("platform", platform.ToString().ToLowerInvariant());

    private static KeyValuePair<string, object?> Command(string command) => new("command", command);

    private static KeyValuePair<string, object?> Kind(string kind) => new("kind", kind);
}
