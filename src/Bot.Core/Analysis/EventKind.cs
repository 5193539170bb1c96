using Bot.Core.Analysis.Time;

namespace Bot.Core.Analysis;

/// <summary>What a dated mention is to a reader of the report: said, done, planned, due, or a step of a plan.</summary>
public enum EventKind
{
    /// <summary>The day someone said something ("the minister said on Monday"): it anchors what was said, it is never ahead.</summary>
    Statement,
    /// <summary>Past when the report was written ("troops left on Saturday", "the 2014 coalition").</summary>
    Happened,
    /// <summary>Planned when the report was written ("will vote on Friday", "runs until September").</summary>
    Scheduled,
    /// <summary>Due no later than a date ("by June 2027").</summary>
    Deadline,
    /// <summary>The date of a phase or stage of a plan.</summary>
    Phase,
    /// <summary>The date a plan had before the report's sentence ended it ("The strike, called for Friday, was suspended"): neither happened nor ahead.</summary>
    CalledOff,
}

public static class EventKinds
{
    /// <summary>Scheduled events, deadlines and phase dates look forward: only they can be "next" and get reminders.</summary>
    public static bool LooksForward(this EventKind kind) => kind is EventKind.Scheduled or EventKind.Deadline or EventKind.Phase;

    /// <summary>
    /// The kind of a resolved mention in a report published on <paramref name="published"/>. The date against the
    /// publication decides first (a period wholly before it is past, one after it is ahead); the clause's tense decides
    /// a period that holds the publication day ("this week", "today"). A plan the sentence itself ends is past context.
    /// </summary>
    public static EventKind Classify(TemporalMention mention, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.IsReportingDate)
        {
            return EventKind.Statement;
        }

        var period = mention.Period ?? throw new ArgumentException("Only a resolved mention has a kind.", nameof(mention));
        if (mention.IsEndedPlan)
        {
            // "The ban, extended to March 31, was lifted on Monday": the plan's date no longer stands, whichever side of the report it lies.
            return EventKind.CalledOff;
        }

        var past = mention.Tense == ClauseTense.Past;
        var wasOver = published is { } p ? period.End < p : past;
        switch (mention.Role)
        {
            case TemporalRole.By:
                return wasOver && past ? EventKind.Happened : EventKind.Deadline;
            case TemporalRole.Until:
                return wasOver && past ? EventKind.Happened : EventKind.Scheduled;
        }

        if (published is not { } day)
        {
            return mention.Tense is ClauseTense.Future or ClauseTense.Present ? EventKind.Scheduled : EventKind.Happened;
        }

        if (period.Start > day)
        {
            return EventKind.Scheduled;
        }

        if (period.End < day)
        {
            return EventKind.Happened;
        }

        return mention.Tense is ClauseTense.Future or ClauseTense.Present ? EventKind.Scheduled : EventKind.Happened;
    }

    /// <summary>"statement", "happened", "scheduled", "deadline", "phase", "called off".</summary>
    public static string Word(this EventKind kind) => kind == EventKind.CalledOff ? "called off" : kind.ToString().ToLowerInvariant();
}
