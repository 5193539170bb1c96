namespace Bot.Core.Tests.Sources;

/// <summary>A newer source updates the seed's story: /status leads with it and keeps the older claim, dated; /timeline shows both.</summary>
public sealed class NewerNewsTests
{
    private const string Seed = "Coalition forces to fully withdraw from Ain al-Asad (News report (Rudaw, Press TV)), Wednesday 31 December 2025";

    [Fact]
    public async Task A_handover_that_happened_leads_the_status_and_the_earlier_plan_stays_visible_with_its_date()
    {
        var (status, timeline) = await StatusAndTimelineAfterAsync("2026-01-12T09:00:00Z", "---\ntitle: Coalition hands Ain al-Asad to Iraqi forces\npublished: 2026-01-10\nsource: Example Wire\n---\nThe US-led coalition handed Ain al-Asad air base over to Iraqi forces on Saturday, Iraq's Joint Operations Command said.\nThe last coalition troops left Ain al-Asad on Friday.");

        var texts = status.Items.Select(i => i.Text).ToList();
        Assert.Equal("Latest report: Coalition hands Ain al-Asad to Iraqi forces (Example Wire), Saturday 10 January 2026", texts[0]);
        Assert.Equal("Announced Saturday 10 January 2026", texts[1]);
        Assert.StartsWith("The US-led coalition handed Ain al-Asad air base over to Iraqi forces on Saturday", status.Items[1].Quote!.Sentence);
        // Everything the report says just happened leads: the day before, the last troops left.
        Assert.Equal("Friday 9 January 2026 (passed)", texts[2]);
        Assert.Equal("The last coalition troops left Ain al-Asad on Friday.", status.Items[2].Quote!.Sentence);
        // The new report gives no deadline, so the seed's next one follows and says whose it is.
        Assert.EndsWith("(from the earlier report of Wednesday 31 December 2025)", texts[3]);
        var earlier = texts.IndexOf($"Earlier report: {Seed}");
        Assert.True(earlier > 3, string.Join("\n", texts));
        Assert.Contains(status.Items.Skip(earlier), i => i.Text == "Week of 5 January 2026 (passed)" && i.Quote!.Sentence.Contains("full withdrawal next week", StringComparison.Ordinal));

        Assert.Contains("Week of 5 January 2026 (scheduled, passed): Ain al-Asad will witness a full withdrawal next week", timeline);
        Assert.Contains("Saturday 10 January 2026 (happened): The US-led coalition handed Ain al-Asad air base over to Iraqi forces on Saturday", timeline);
        Assert.True(timeline.IndexOf("Week of 5 January 2026", StringComparison.Ordinal) < timeline.IndexOf("Saturday 10 January 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deadline_that_moved_leads_with_the_new_date_and_the_old_one_stays_visible_with_its_date()
    {
        var (status, timeline) = await StatusAndTimelineAfterAsync("2026-01-07T09:00:00Z", "---\ntitle: Ain al-Asad handover delayed\npublished: 2026-01-06\nsource: Example Wire\n---\nThe handover of Ain al-Asad to Iraqi forces has been postponed to March 2026, Iraq's Joint Operations Command said on Tuesday.");

        var texts = status.Items.Select(i => i.Text).ToList();
        Assert.Equal("Latest report: Ain al-Asad handover delayed (Example Wire), Tuesday 6 January 2026", texts[0]);
        // The old week is still under way on 7 January, but the newer report moved it: the new date leads.
        var next = Assert.Single(status.Items, i => i.Text.StartsWith("Next deadline", StringComparison.Ordinal));
        Assert.Equal("Next deadline: March 2026 (ahead: in 53 days): The handover of Ain al-Asad to Iraqi forces has been postponed to March 2026 — moved from week of 5 January 2026 (report of 6 January 2026)", next.Text);
        var earlier = texts.IndexOf($"Earlier report: {Seed}");
        Assert.True(earlier > texts.IndexOf(next.Text));
        Assert.Contains("Week of 5 January 2026 (under way) — moved to March 2026 (report of 6 January 2026)", texts.Skip(earlier));

        Assert.Contains("Week of 5 January 2026 (scheduled, under way): Ain al-Asad will witness a full withdrawal next week and be transferred to our Iraqi units — moved to March 2026 (report of 6 January 2026)", timeline);
        Assert.Contains("March 2026 (scheduled, ahead: in 53 days): The handover of Ain al-Asad to Iraqi forces has been postponed to March 2026 — moved from week of 5 January 2026", timeline);
    }

    /// <summary>Ain al-Asad's /status and /timeline at <paramref name="now"/>, after a moderator added <paramref name="report"/>.</summary>
    private static async Task<(Answer Status, string Timeline)> StatusAndTimelineAfterAsync(string now, string report)
    {
        using var bot = new SourceBot(now);
        await bot.SendAsync("/addsource " + report);
        return (await bot.SendAsync("/status ain-al-asad"), PlainTextRenderer.Render(await bot.SendAsync("/timeline ain-al-asad")));
    }
}
