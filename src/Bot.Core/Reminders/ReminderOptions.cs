using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.Reminders;

/// <summary>
/// When reminders go out (section <c>Bot:Reminders</c>): how long before each deadline, at what local time of day,
/// in which zone for a chat that never chose one, and how late a missed reminder may still be sent.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Bot:Reminders";

    /// <summary>A week before, the day before, and on the day itself.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultLeadTimes = [TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.Zero];

    /// <summary>
    /// How long before the due day's <see cref="LocalTime"/> each reminder fires, as local wall-clock time
    /// ("7.00:00:00" fires at 09:00 seven calendar days earlier, whatever daylight saving does in between).
    /// Empty means <see cref="DefaultLeadTimes"/>: the configuration binder appends to a list that already has
    /// items, so the defaults cannot live in the list itself.
    /// </summary>
    public List<TimeSpan> LeadTimes { get; set; } = [];

    /// <summary>The time of day, in the chat's own zone, at which reminders fire.</summary>
    public TimeOnly LocalTime { get; set; } = new(9, 0);

    /// <summary>The IANA zone of a chat that has not set one with /timezone.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>A reminder missed while the bot was down is still sent (marked late) up to this long after its time.</summary>
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The lead times in force, without repeats, longest first.</summary>
    public IReadOnlyList<TimeSpan> EffectiveLeadTimes =>
        [.. (LeadTimes.Count == 0 ? DefaultLeadTimes : LeadTimes).Distinct().OrderDescending()];

    /// <summary>Finds an IANA zone ("Europe/London"); false for null, blank or unknown ids.</summary>
    public static bool TryFindTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out zone);
    }

    public TimeZoneInfo FindDefaultTimeZone() =>
        TryFindTimeZone(DefaultTimeZone, out var zone) ? zone : throw new InvalidOperationException($"{Section}:DefaultTimeZone '{DefaultTimeZone}' is not a known time zone.");

    /// <summary>True when a reminder due at <paramref name="fireUtc"/> may still be sent at <paramref name="now"/>.</summary>
    public bool IsWithinMisfireGrace(DateTimeOffset fireUtc, DateTimeOffset now) => now - fireUtc <= MisfireGrace;

    /// <summary>Every problem with these options, one sentence each; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!TryFindTimeZone(DefaultTimeZone, out _))
        {
            problems.Add($"{Section}:DefaultTimeZone is \"{DefaultTimeZone}\": expected an IANA time zone such as UTC, Europe/London or Asia/Baghdad.");
        }

        if (LeadTimes.Any(t => t < TimeSpan.Zero))
        {
            problems.Add($"{Section}:LeadTimes holds \"{LeadTimes.First(t => t < TimeSpan.Zero)}\": expected durations of zero or more (a reminder after the deadline is no reminder), such as 7.00:00:00.");
        }

        if (MisfireGrace < TimeSpan.Zero)
        {
            problems.Add($"{Section}:MisfireGrace is \"{MisfireGrace}\": expected a duration of zero or more, such as 06:00:00.");
        }

        return problems;
    }
}

/// <summary>Checks <see cref="ReminderOptions"/> at start, so a mistyped zone stops the host instead of every reminder.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
