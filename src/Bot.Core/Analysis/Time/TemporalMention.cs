namespace Bot.Core.Analysis.Time;

/// <summary>How a sentence relates its statement to a period.</summary>
public enum TemporalRole
{
    /// <summary>Happens or happened in the period ("next week", "in 2014", "on Wednesday").</summary>
    At,
    /// <summary>A deadline: no later than the end of the period ("by September 2025", "no later than", "within six months").</summary>
    By,
    /// <summary>Lasts until the end of the period ("until", "through 2026").</summary>
    Until,
}

/// <summary>
/// One temporal expression found in a sentence: where it stands (<see cref="Start"/>, <see cref="Length"/> in the
/// sentence), its words, its role, and the period it names. <see cref="Period"/> is null when the expression is
/// relative ("next week") and the document has no published date to anchor it: it is never guessed.
/// </summary>
public sealed record TemporalMention(int Start, int Length, string Text, TemporalRole Role, DatePeriod? Period)
{
    /// <summary>True when the expression needs the publication date to mean anything ("Wednesday", "next week", "in 3 days").</summary>
    public bool IsRelative { get; init; }

    /// <summary>The tense of the clause that holds the expression (<see cref="ClauseTenseReader"/>).</summary>
    public ClauseTense Tense { get; init; }

    /// <summary>True when the date is the day something was said ("said on Tuesday", "announced Wednesday").</summary>
    public bool IsReportingDate { get; init; }

    /// <summary>True when the sentence itself ends the plan the date belongs to ("The ban, extended to March 31, was lifted on Monday").</summary>
    public bool IsEndedPlan { get; init; }

    /// <summary>"before the winter", "before 2027": the period is named, but the deadline falls before it begins.</summary>
    public bool IsBeforeItsStart { get; init; }

    public bool IsResolved => Period is not null;

    /// <summary>The mention as a deadline on the day its period is due: the day before the period for "before the winter", itself otherwise.</summary>
    public TemporalMention AsDue() => IsBeforeItsStart && Period is { } named
        ? this with { Period = DatePeriod.Day(named.Start.AddDays(-1)), IsBeforeItsStart = false }
        : this;
}
