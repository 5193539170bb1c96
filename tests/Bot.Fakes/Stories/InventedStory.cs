using Bot.Core.Analysis.Time;
using Bot.Core.Answers;

namespace Bot.Fakes.Stories;

/// <summary>Invented stories for the picture tests and benchmarks: any number of marks and phases, the same every run.</summary>
public static class InventedStory
{
    /// <summary>
    /// An invented story: <paramref name="events"/> dated statements over about two years, at every granularity and
    /// role, with labels of news-like length, a third of the deadlines moved and a few things cancelled or done, and
    /// <paramref name="phases"/> phases split over two plans, each plan's second phase delayed when it is still ahead.
    /// </summary>
    public static TimelinePicture Picture(int events, int phases, DateOnly today)
    {
        var random = new Random(events * 31 + phases);
        var first = today.AddDays(-420);
        string[] subjects = ["Port authority", "Ministry of Energy", "The coalition", "Northern council", "Rail operator", "Election board"];
        string[] verbs = ["reopens the eastern terminal", "signs the supply agreement", "hands over the base", "publishes the final audit", "completes the grid link", "certifies the results"];
        var marks = new List<TimelineMark>();
        for (var i = 0; i < events; i++)
        {
            var day = first.AddDays(random.Next(0, 700));
            var granularity = (DateGranularity)random.Next(0, 4 - (i % 7 == 0 ? 0 : 1));
            var role = (TemporalRole)(i % 5 == 0 ? 1 : i % 11 == 0 ? 2 : 0);
            var period = new DatePeriod(day, granularity);
            var status = period.End < today ? MarkStatus.Passed : period.Start <= today ? MarkStatus.UnderWay : MarkStatus.Ahead;
            var mark = new TimelineMark(period, role, status, $"{subjects[i % subjects.Length]} {verbs[(i / 2) % verbs.Length]}");
            // As news goes: some deadlines moved once or twice (mostly later), a few things cancelled or done.
            if (role != TemporalRole.At && i % 3 == 0)
            {
                DatePeriod Earlier(int days) => new(day.AddDays(-days), granularity);
                mark = mark with { MovedFrom = i % 2 == 0 ? [Earlier(90)] : [Earlier(200), Earlier(60)] };
            }
            else if (i % 13 == 0)
            {
                mark = mark with { Outcome = i % 2 == 0 ? MarkOutcome.Cancelled : MarkOutcome.Done };
            }

            marks.Add(mark);
        }

        marks.Sort((a, b) => a.Period.CompareTo(b.Period));
        var lanes = new List<PhaseLane>();
        var perLane = (phases + 1) / 2;
        for (var lane = 0; lane * perLane < phases; lane++)
        {
            var bars = new List<PhaseBar>();
            var start = first.AddDays(lane * 60);
            for (var n = 1; n <= perLane && lane * perLane + n <= phases; n++)
            {
                var end = start.AddDays(120 + 40 * n);
                // The second stage of each plan was first due 75 days sooner.
                var delayed = n == 2 && end >= today;
                var status = end < today ? PhaseStatus.Done : delayed ? PhaseStatus.Delayed : start <= today ? PhaseStatus.UnderWay : PhaseStatus.Planned;
                bars.Add(new PhaseBar(n, $"Stage {n} of the handover plan", n == 1 && lane == 0 ? null : start, end, status) { MovedFrom = delayed ? [end.AddDays(-75)] : [] });
                start = end.AddDays(1);
            }

            lanes.Add(new PhaseLane(lane == 0 ? "The handover plan" : "The reconstruction plan", bars));
        }

        return new TimelinePicture("invented", $"Timeline (as of {DateWording.Date(today)})", today, marks, lanes)
        {
            Footer = "From 12 sources · quotes in the text answer",
            AltText = $"Chart of {events} invented events and {phases} phases",
        };
    }
}
