namespace Bot.Core.Analysis.Time;

/// <summary>How a document writes numeric dates such as 3/7/2026, when one of its dates shows it (13/7/2026, 7/13/2026).</summary>
public enum NumericDateOrder
{
    /// <summary>Not shown: an ambiguous numeric date (both parts 12 or less) stays unresolved.</summary>
    Unknown,
    DayFirst,
    MonthFirst,
}

/// <summary>
/// What one sentence's dates are read against: the document's published date (null: relative dates stay unresolved),
/// the date the sentence before it ended on (so "a month later" and "the following week" follow the story), and
/// how the document orders numeric dates.
/// </summary>
public readonly record struct TemporalContext(DateOnly? Published)
{
    /// <summary>The last date the previous sentence resolved to, if any.</summary>
    public DatePeriod? Antecedent { get; init; }

    public NumericDateOrder NumericOrder { get; init; }
}
