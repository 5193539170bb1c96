using System.Text.RegularExpressions;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Analysis;

/// <summary>
/// Turns a bare weekday or month the tagger placed against its clause's tense: "takes effect on Sunday" (present,
/// scheduling) is the coming Sunday, "the fighting began in February" (past) the last February. A stopgap until the
/// tagger reads direction from <see cref="ClauseTenseReader"/> itself: once it does, nothing here matches and this
/// class can go.
/// </summary>
public static partial class TenseDirection
{
    [GeneratedRegex(@"\b(?:last|next|this|coming|past|ago|previous|following|yesterday|today|tomorrow|\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchored();

    [GeneratedRegex(@"^(?:(?:by|until|till|before|from|since|on|in)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareWeekday();

    [GeneratedRegex(@"^(?:(?:by|until|till|before|from|since|in|early|late|mid|the\s+end\s+of)\s+)*(?:january|february|march|april|may|june|july|august|september|october|november|december)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:will|would|shall|is\s+to|are\s+to|due\s+to|set\s+to|expected\s+to|plans?\s+to|going\s+to)\b[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    /// <param name="sentence">The sentence holding the mention: a modal before the date in its clause decides for the future ("would be freed on Saturday").</param>
    public static TemporalMention Apply(TemporalMention mention, DateOnly? published, string sentence)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (published is not { } day || mention.Period is not { } period || mention.IsReportingDate || Anchored().IsMatch(mention.Text))
        {
            return mention;
        }

        var text = mention.Text.Trim();
        var ahead = mention.Tense is ClauseTense.Future or ClauseTense.Present || Modal().IsMatch(sentence[Math.Max(0, mention.Start - 40)..mention.Start]);
        if (period.Granularity == DateGranularity.Day && BareWeekday().IsMatch(text))
        {
            if (ahead && period.Start < day)
            {
                return mention with { Period = DatePeriod.Day(period.Start.AddDays(7)) };
            }

            if (!ahead && mention.Tense == ClauseTense.Past && period.Start > day)
            {
                return mention with { Period = DatePeriod.Day(period.Start.AddDays(-7)) };
            }
        }

        if (period.Granularity == DateGranularity.Month && BareMonth().IsMatch(text))
        {
            if (!ahead && mention.Tense == ClauseTense.Past && period.Start > day)
            {
                return mention with { Period = DatePeriod.Month(period.Start.Year - 1, period.Start.Month) };
            }

            if (ahead && period.End < day && mention.Role == TemporalRole.At)
            {
                return mention with { Period = DatePeriod.Month(period.Start.Year + 1, period.Start.Month) };
            }
        }

        return mention;
    }
}
