using static Bot.Core.Tests.Reminders.ReminderEvents;

namespace Bot.Core.Tests.Reminders;

public sealed class ReminderOptionsTests
{
    [Fact]
    public void By_default_reminders_go_out_a_week_before_the_day_before_and_on_the_day_at_nine_UTC()
    {
        var options = new ReminderOptions();

        Assert.Equal([TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.Zero], options.EffectiveLeadTimes);
        Assert.Equal(new TimeOnly(9, 0), options.LocalTime);
        Assert.Equal("UTC", options.FindDefaultTimeZone().Id);
        Assert.Equal(TimeSpan.FromHours(6), options.MisfireGrace);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Configured_lead_times_replace_the_defaults_longest_first_without_repeats()
    {
        var options = new ReminderOptions { LeadTimes = [TimeSpan.Zero, TimeSpan.FromDays(3), TimeSpan.FromDays(3)] };

        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.Zero], options.EffectiveLeadTimes);
    }

    [Theory]
    [InlineData("UTC", true)]
    [InlineData("Europe/London", true)]
    [InlineData("America/New_York", true)]
    [InlineData("Asia/Baghdad", true)]
    [InlineData("Pacific/Auckland", true)]
    [InlineData(" Europe/London ", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void A_time_zone_is_found_by_its_IANA_id(string? id, bool found)
    {
        Assert.Equal(found, ReminderOptions.TryFindTimeZone(id, out var zone));
        Assert.Equal(found, zone is not null);
    }

    [Fact]
    public void Validation_fails_on_an_unknown_zone_and_a_negative_lead_time()
    {
        var options = new ReminderOptions { DefaultTimeZone = "Europe/Atlantis", LeadTimes = [TimeSpan.FromDays(-1)] };

        var result = new ReminderOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Bot:Reminders:DefaultTimeZone is \"Europe/Atlantis\": expected an IANA time zone", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Bot:Reminders:LeadTimes holds \"-1.00:00:00\"", result.FailureMessage, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(options.FindDefaultTimeZone);
    }

    [Fact]
    public void Validation_passes_on_a_named_zone()
    {
        Assert.True(new ReminderOptionsValidator().Validate(null, new ReminderOptions { DefaultTimeZone = "Asia/Baghdad" }).Succeeded);
    }

    [Theory]
    [InlineData("2026-01-05T09:00:00Z", true)]
    [InlineData("2026-01-05T15:00:00Z", true)]
    [InlineData("2026-01-05T15:00:01Z", false)]
    public void A_missed_reminder_may_still_be_sent_within_the_grace_period(string now, bool expected) =>
        Assert.Equal(expected, new ReminderOptions().IsWithinMisfireGrace(Instant("2026-01-05T09:00:00Z"), Instant(now)));
}
