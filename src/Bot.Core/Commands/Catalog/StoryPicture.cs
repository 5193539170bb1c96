using System.Globalization;
using System.Text;
using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// The chart /timeline and /phases send beside their text: the same events and plans, as a picture request.
/// Where a phase starts and where it stands is decided here, once, so every platform draws the same story.
/// </summary>
internal static class StoryPicture
{
    /// <summary>More marks than this cannot be told apart at chat sizes; the ones nearest today are kept.</summary>
    internal const int MaxMarks = 200;

    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The picture of these events and plans; null when nothing in them has a date to draw.</summary>
    public static TimelinePicture? Compose(string name, string title, StoryClock clock, KnowledgeSnapshot snapshot, IReadOnlyList<TimelineEvent> events, IReadOnlyList<PlanView> plans)
    {
        var today = clock.Today;
        var shown = events.Count <= MaxMarks
            ? events
            : [.. events.OrderBy(e => Math.Abs(e.Due.DayNumber - today.DayNumber)).Take(MaxMarks).OrderBy(e => e.Due).ThenBy(e => e.Period.Granularity)];
        var marks = Marks(snapshot, clock, shown);
        var lanes = plans.Select(p => Lane(p, snapshot, today)).Where(l => l.Phases.Count > 0).ToList();
        if (marks.Count == 0 && lanes.Count == 0)
        {
            return null;
        }

        var sources = shown.Select(e => e.Origin.Source.Id).Concat(plans.SelectMany(p => p.Phases.SelectMany(f => f.Sentences)).Select(s => s.Source.Id)).Distinct().Count();
        var footer = $"From {Count(sources, "source")}"
            + (shown.Count < events.Count ? $" · the {shown.Count} events nearest today of {events.Count:N0}" : "")
            + " · quotes in the text answer";
        var picture = new TimelinePicture(name, title, today, marks, lanes) { Footer = footer, AltText = "" };
        return picture with { AltText = AltText(picture, events.Count) };
    }

    /// <summary>
    /// One mark per thing and date: a date a newer report moved is no mark of its own but a faint one behind the mark
    /// at the new date; a thing cancelled, done or missed says so.
    /// </summary>
    private static List<TimelineMark> Marks(KnowledgeSnapshot snapshot, StoryClock clock, IReadOnlyList<TimelineEvent> events)
    {
        var today = clock.Today;
        var states = events.Select(e => snapshot.ItemOf(e) is { } item && item.StateAt(today) is { } state ? (Item: item, State: state) : ((StoryItem Item, ItemState State)?)null).ToList();
        var drawnAt = new HashSet<(int Item, DateOnly Due)>();
        for (var i = 0; i < events.Count; i++)
        {
            if (states[i] is { State.Date: { } current } known && current.Due == events[i].Due)
            {
                drawnAt.Add((known.Item.Id, current.Due));
            }
        }

        var marks = new List<TimelineMark>(events.Count);
        var done = new HashSet<(int Item, DateOnly Due)>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var mark = new TimelineMark(e.Period, e.Role, clock.Status(e), e.What);
            if (states[i] is not var (item, state))
            {
                marks.Add(mark);
                continue;
            }

            // The same thing said by several reports is one mark; an old date is drawn with the new one, when shown.
            if (!done.Add((item.Id, e.Due)) || (state.Date is { } now && now.Due != e.Due && drawnAt.Contains((item.Id, now.Due))))
            {
                continue;
            }

            marks.Add(mark with
            {
                MovedFrom = state.Date?.Due == e.Due ? EarlierDates(item, today, e) : [],
                Outcome = state.Change switch
                {
                    ItemChange.Completed => MarkOutcome.Done,
                    ItemChange.Cancelled => MarkOutcome.Cancelled,
                    ItemChange.Missed => MarkOutcome.Missed,
                    ItemChange.Moved when state.Date is null => MarkOutcome.Postponed,
                    _ => null,
                },
            });
        }

        return marks;
    }

    /// <summary>The dates the item had before the moves read by today, oldest first, other than <paramref name="e"/>'s.</summary>
    private static List<DatePeriod> EarlierDates(StoryItem item, DateOnly today, TimelineEvent e)
    {
        var earlier = new List<DatePeriod>();
        foreach (var state in item.States)
        {
            if (state.Change == ItemChange.Moved && state.IsReadBy(today) && item.DateBefore(state) is { Period: var before } && !before.Contains(e.Period.End) && !earlier.Contains(before))
            {
                earlier.Add(before);
            }
        }

        return earlier;
    }

    private static PhaseLane Lane(PlanView plan, KnowledgeSnapshot snapshot, DateOnly today)
    {
        // Without a start of its own, the first phase began on the plan's date ("the 2024 agreement outlines two phases").
        DateOnly? planDate = plan.Announced is { } announced
            ? snapshot.EventsOf(announced).Where(e => e.Role == TemporalRole.At).Select(e => (DateOnly?)e.Period.Start).Min()
            : null;

        var bars = new List<PhaseBar>();
        foreach (var phase in plan.Phases)
        {
            if (phase.End is not { Period: { } period } due)
            {
                continue;
            }

            var previous = bars.Count > 0 ? bars[^1] : null;
            DateOnly? start = phase.Start?.Start
                ?? (due.Role == TemporalRole.At ? period.Start
                : previous is not null ? previous.End.AddDays(1)
                : planDate < period.End ? planDate
                : null);
            var earlier = phase.EarlierEnds.Where(p => !p.Contains(period.End)).Select(p => p.End).ToList();
            // A phase a newer report gave a later end is delayed, whether or not the report uses the word.
            var status = phase.Status == Analysis.PhaseStatus.Cancelled ? PhaseStatus.Cancelled
                : phase.Status == Analysis.PhaseStatus.Done || period.End < today ? PhaseStatus.Done
                : phase.Status == Analysis.PhaseStatus.Delayed || (earlier.Count > 0 && earlier[^1] < period.End) ? PhaseStatus.Delayed
                : start is { } s ? (s > today ? PhaseStatus.Planned : PhaseStatus.UnderWay)
                : previous is null || previous.Status == PhaseStatus.Done ? PhaseStatus.UnderWay
                : PhaseStatus.Planned;
            var reported = phase.Sentences.Select(x => x.Source.Published).Min();
            bars.Add(new PhaseBar(phase.Number, phase.Description, start, period.End, status)
            {
                MovedFrom = earlier,
                FirstReported = reported < period.End ? reported : null,
            });
        }

        return new PhaseLane(plan.Subject, bars);
    }

    /// <summary>"Timeline chart from 2008 to 2026, as of 1 January 2026: 7 dated events, 5 passed, 2 ahead. …"</summary>
    private static string AltText(TimelinePicture picture, int eventCount)
    {
        var text = new StringBuilder();
        var days = picture.Marks.SelectMany(m => new[] { m.Period.Start, m.Period.End })
            .Concat(picture.PhaseLanes.SelectMany(l => l.Phases).SelectMany(p => new[] { p.Start ?? p.End, p.End }))
            .ToList();
        text.Append("Chart");
        if (days.Count > 0)
        {
            text.Append(" from ").Append(Span(days.Min(), days.Max()));
        }

        text.Append(", as of ").Append(DateWording.Date(picture.Today));
        if (picture.Marks.Count > 0)
        {
            var byStatus = picture.Marks.CountBy(m => m.Status).ToDictionary();
            text.Append(": ").Append(Count(eventCount, "dated event"));
            foreach (var (status, words) in new[] { (MarkStatus.Passed, "passed"), (MarkStatus.UnderWay, "under way"), (MarkStatus.Ahead, "ahead") })
            {
                if (byStatus.GetValueOrDefault(status) is var n and > 0)
                {
                    text.Append(", ").Append(n.ToString("N0", English)).Append(' ').Append(words);
                }
            }

            var next = picture.Marks.FirstOrDefault(m => m.Status == MarkStatus.Ahead && m.Outcome is null);
            if (next is not null)
            {
                text.Append("; next: ").Append(next.Period.Describe());
            }

            foreach (var outcome in Enum.GetValues<MarkOutcome>())
            {
                if (picture.Marks.Count(m => m.Outcome == outcome) is var n and > 0)
                {
                    text.Append("; ").Append(n.ToString("N0", English)).Append(' ').Append(outcome.Words());
                }
            }

            var moved = picture.Marks.Where(m => m.MovedFrom.Count > 0).ToList();
            if (moved.Count > 0)
            {
                text.Append("; ").Append(moved.Count.ToString("N0", English)).Append(" moved: ");
                text.AppendJoin("; ", moved.Take(3).Select(m => $"{TextShortener.Shorten(m.Label, 80)} (now {m.Period.Describe()}, was {string.Join(", then ", m.MovedFrom.Select(p => p.Describe()))})"));
                text.Append(moved.Count > 3 ? "; …" : "");
            }
        }

        text.Append('.');
        foreach (var lane in picture.PhaseLanes)
        {
            text.Append(' ').Append(lane.Subject).Append(": ");
            text.AppendJoin(", ", lane.Phases.Select(p => $"phase {p.Number} {p.Status.Words()} (to {Month(p.End)}{(p.MovedFrom.Count > 0 ? $", was {string.Join(", then ", p.MovedFrom.Select(Month))}" : "")})"));
            text.Append('.');
        }

        return TextShortener.Shorten(text.ToString(), TimelinePicture.MaxAltTextLength);
    }

    private static string Month(DateOnly day) => day.ToString("MMMM yyyy", English);

    private static string Span(DateOnly first, DateOnly last) =>
        last.Year - first.Year >= 2 ? $"{first.Year} to {last.Year}"
        : $"{first.ToString("MMMM yyyy", English)} to {last.ToString("MMMM yyyy", English)}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", English)} {noun}s";
}
