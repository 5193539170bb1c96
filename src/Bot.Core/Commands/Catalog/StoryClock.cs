using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// How answers speak of time: today's date (the day the knowledge is read as of), where an event stands against it,
/// and how old the newest report is once it is older than <paramref name="staleAfter"/>.
/// </summary>
public sealed class StoryClock(TimeProvider time, TimeSpan staleAfter)
{
    /// <summary>Two weeks: past that, a "status" reads as news it no longer is.</summary>
    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromDays(14);

    public StoryClock(TimeProvider time) : this(time, DefaultStaleAfter)
    {
    }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public TimeSpan StaleAfter { get; } = staleAfter;

    /// <summary>This clock stopped now: what an answer works out later (its chart) is as of the moment it was asked.</summary>
    public StoryClock Stopped() => new(new StoppedTime(time.GetUtcNow()), StaleAfter);

    /// <summary>"By September 2025 (passed)", "Week of 5 January 2026 (ahead: in 4 days)": an event's date and where it stands.</summary>
    public string When(TimelineEvent e)
    {
        var when = e.DescribeWhen();
        return $"{char.ToUpperInvariant(when[0])}{when[1..]} {Timing(e)}";
    }

    /// <summary>
    /// An event's date marked with its kind: "Wednesday 31 December 2025 (statement)", "2014 (happened)",
    /// "By September 2025 (deadline, passed)", "Week of 5 January 2026 (scheduled, ahead: in 4 days)".
    /// </summary>
    public string Marked(TimelineEvent e)
    {
        var when = e.DescribeWhen();
        when = $"{char.ToUpperInvariant(when[0])}{when[1..]}";
        return e.Kind.LooksForward() ? $"{when} ({e.Kind.Word()}, {Timing(e)[1..^1]})" : $"{when} ({e.Kind.Word()})";
    }

    /// <summary>Passed, under way (happening now, or a deadline whose period has begun), or ahead.</summary>
    public MarkStatus Status(TimelineEvent e)
    {
        var today = Today;
        return e.TimingAt(today) switch
        {
            EventTiming.Past => MarkStatus.Passed,
            EventTiming.Current => MarkStatus.UnderWay,
            _ when e.Role != TemporalRole.At && e.Period.Start <= today => MarkStatus.UnderWay,
            _ => MarkStatus.Ahead,
        };
    }

    /// <summary>"(passed)", "(under way)", "(open: 3 days left)", "(ahead: in 3 days)".</summary>
    public string Timing(TimelineEvent e)
    {
        var days = (e.Role == TemporalRole.At ? e.Period.Start : e.Period.End).DayNumber - Today.DayNumber;
        return Status(e) switch
        {
            MarkStatus.Passed => "(passed)",
            MarkStatus.UnderWay when e.Role == TemporalRole.At => "(under way)",
            MarkStatus.UnderWay => $"(open: {Days(days)} left)",
            _ => $"(ahead: in {Days(days)})",
        };
    }

    /// <summary>
    /// What a newer report did to the item behind <paramref name="e"/>, as of today: "moved from the end of 2026 (report
    /// of 1 May 2026)", "done on 3 May 2026 (report of 4 May 2026)", "missed; no new date (report of …)"; null when nothing.
    /// </summary>
    public string? History(KnowledgeSnapshot snapshot, TimelineEvent e)
    {
        if (snapshot.ItemOf(e) is not { } item || item.StateAt(Today) is not { } state)
        {
            return null;
        }

        string ReportOf(ItemState s) => s.Reported is { } r ? $" (report of {DateWording.Date(r)})" : "";
        switch (state.Change)
        {
            case ItemChange.Set or ItemChange.Restated or ItemChange.Moved when state.Date is { } date:
                var moved = item.LastMoveUpTo(state);
                if (date.Due != e.Due)
                {
                    return $"moved to {date.DescribeWhen()}{ReportOf(moved ?? state)}";
                }

                return moved is not null && item.DateBefore(moved) is { } before
                    ? $"moved from {Phrase(before.Period, before.Event?.Role ?? e.Role)}{ReportOf(moved)}"
                    : null;
            case ItemChange.Moved:
                return $"postponed; no new date{ReportOf(state)}";
            case ItemChange.Cancelled:
                return $"cancelled{ReportOf(state)}";
            case ItemChange.Completed:
                return $"done on {(state.Day is { } day ? day.Describe() : state.Reported is { } p ? DateWording.Date(p) : "an undated report")}{ReportOf(state)}";
            case ItemChange.Missed:
                return $"missed; no new date{ReportOf(state)}";
            default:
                return null;
        }
    }

    /// <summary>How old the newest report read by today is, when older than <see cref="StaleAfter"/>: "the newest report is 11 months old (31 December 2025)".</summary>
    public string? Staleness(KnowledgeSnapshot snapshot)
    {
        if (snapshot.NewestReportBy(Today) is not { } newest)
        {
            return null;
        }

        var age = Today.DayNumber - newest.DayNumber;
        if (TimeSpan.FromDays(age) <= StaleAfter)
        {
            return null;
        }

        return $"the newest report is {Age(age)} old ({DateWording.Date(newest)})";
    }

    private static string Phrase(DatePeriod period, TemporalRole role) =>
        role != TemporalRole.At && period.Granularity == DateGranularity.Year
            ? "the end of " + period.Describe()
            : period.Describe();

    private static string Age(int days) => days switch
    {
        < 60 => Days(days),
        < 730 => $"{days / 30} months",
        _ => $"{days / 365} years",
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days:N0} days";

    private sealed class StoppedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>
    /// What the given reports changed, as of today: every item they moved, cancelled, completed or missed, at its newest
    /// state ("By March 2028 … — moved from June 2027 (report of 22 October 2026)"); <paramref name="except"/>'s item not.
    /// The one list of updates /status and "what changed since …?" give.
    /// </summary>
    public IEnumerable<AnswerItem> Changes(KnowledgeSnapshot snapshot, IReadOnlyCollection<string> reports, TimelineEvent? except = null)
    {
        foreach (var item in reports.SelectMany(id => snapshot.ItemsBySource.GetValueOrDefault(id) ?? []).Distinct().OrderBy(i => i.Id))
        {
            if (item.StateAt(Today) is not { Change: ItemChange.Moved or ItemChange.Cancelled or ItemChange.Completed or ItemChange.Missed } state
                || !reports.Contains(state.Origin.Source.Id)
                || (except is not null && state.Date is { } date && date.Key == except.Key))
            {
                continue;
            }

            var shown = state.Date ?? item.States.LastOrDefault(s => s.IsReadBy(Today) && s.Date is not null)?.Date;
            if (shown is not null && (state.Date is null || shown.IsStillAhead(Today)))
            {
                yield return new AnswerItem($"Changed: {Marked(shown)}: {shown.What} — {History(snapshot, shown)}", state.Origin.ToQuote());
            }
        }
    }
}
