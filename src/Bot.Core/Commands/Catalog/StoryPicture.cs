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
        var marks = shown.Select(e => new TimelineMark(e.Period, e.Role, clock.Status(e), e.What)).ToList();
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
            var status = phase.Status == Analysis.PhaseStatus.Done || period.End < today ? PhaseStatus.Done
                : start is { } s ? (s > today ? PhaseStatus.Planned : PhaseStatus.UnderWay)
                : previous is null || previous.Status == PhaseStatus.Done ? PhaseStatus.UnderWay
                : PhaseStatus.Planned;
            bars.Add(new PhaseBar(phase.Number, phase.Description, start, period.End, status));
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

            var next = picture.Marks.FirstOrDefault(m => m.Status == MarkStatus.Ahead);
            if (next is not null)
            {
                text.Append("; next: ").Append(next.Period.Describe());
            }
        }

        text.Append('.');
        foreach (var lane in picture.PhaseLanes)
        {
            text.Append(' ').Append(lane.Subject).Append(": ");
            text.AppendJoin(", ", lane.Phases.Select(p => $"phase {p.Number} {Words(p.Status)} (to {p.End.ToString("MMMM yyyy", English)})"));
            text.Append('.');
        }

        return TextShortener.Shorten(text.ToString(), TimelinePicture.MaxAltTextLength);
    }

    private static string Words(PhaseStatus status) => status switch
    {
        PhaseStatus.Done => "done",
        PhaseStatus.UnderWay => "under way",
        _ => "planned",
    };

    private static string Span(DateOnly first, DateOnly last) =>
        last.Year - first.Year >= 2 ? $"{first.Year} to {last.Year}"
        : $"{first.ToString("MMMM yyyy", English)} to {last.ToString("MMMM yyyy", English)}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", English)} {noun}s";
}
