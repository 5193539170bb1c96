namespace Bot.Core.Reminders;

/// <summary>Turns a chat's wall-clock time into one UTC instant, deterministically across daylight-saving changes.</summary>
internal static class ZoneClock
{
    /// <summary>
    /// A local time that does not exist (the spring gap) moves forward to the first instant after the gap; a local
    /// time that happens twice (the autumn overlap) takes the earlier instant. Either way one local time gives exactly
    /// one instant, so a reminder is never doubled or lost.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return EndOfGap(local, zone);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static DateTimeOffset EndOfGap(DateTime local, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(local.AddDays(-1));
        var after = zone.GetUtcOffset(local.AddDays(1));
        if (after <= before)
        {
            return new DateTimeOffset(local, before).ToUniversalTime();
        }

        // The clocks jumped at some instant u; the gap is [u + before, u + after) in local time, so
        // local - after < u <= local - before. Search that range for the first instant with the new offset.
        var early = (local - after).Ticks;
        var late = (local - before).Ticks;
        while (late - early > 1)
        {
            var middle = early + ((late - early) / 2);
            if (zone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)) == before)
            {
                early = middle;
            }
            else
            {
                late = middle;
            }
        }

        return new DateTimeOffset(late, TimeSpan.Zero);
    }
}
