namespace Bot.Core.Tests.Questions;

/// <summary>Why-questions answered with the sentence that gives the reason, where news puts it.</summary>
public sealed class ReasonAnswerTests
{
    private static async Task<string> AnswerAsync(string question, params Source[] reports)
    {
        using var bot = CommandHarness.OnReports("2026-05-20T09:00:00Z", reports);
        var answer = (await bot.AnswerAsync(question))!;
        return string.Join('\n', new[] { answer.Headline }.Concat(answer.Quotes.Take(1).Select(q => q.Sentence)));
    }

    [Theory]
    // The reason two sentences after the action, after its new date, with no cue word.
    [InlineData("why was the reopening of the library pushed back?",
        "The library will not reopen on Monday as planned. Its reopening is now set for June 2. Engineers are still replacing corroded roof beams, and the reading room is not yet safe, said the city architect.",
        "roof beams")]
    // The reason in the paragraph after the action, as an official's words after "said".
    [InlineData("why was the mining licence extended?",
        "The ministry extended the mining licence of Tarrow Minerals by six months on Tuesday.\n\n\"We have a draft of the new safety rules. We need the time to write them into the licence,\" deputy minister Ines Kade said.",
        "write them into the licence")]
    // The reason in the paragraph after the action, uncued, said by an official.
    [InlineData("why was the grant deadline extended?",
        "Farmers hit by the floods now have until July 31 to apply for the recovery grant, a month later than the original deadline.\n\nMany farms still have no power, and some owners have not yet been able to reach their bank records, said agriculture officer Tom Reyes.",
        "no power")]
    // A reason told in the next paragraph with an explicit cue.
    [InlineData("why is the hospital closing its maternity ward?",
        "Kelby General Hospital will close its maternity ward on 1 July, the health board said on Monday. The decision follows a review that began in January.\n\nThe board says the ward cannot stay open because it has lost four of its six midwives since the autumn.",
        "midwives")]
    public async Task Why_finds_the_reason_told_after_the_action(string question, string body, string reason)
    {
        var answer = await AnswerAsync(question, Seeds.Report("Update", "2026-05-19", body));

        Assert.Contains(reason, answer, StringComparison.Ordinal);
    }

    [Theory]
    // "Delayed by two weeks" measures the delay; the cause is the sentence that says what went wrong.
    [InlineData("why was the bridge opening delayed?",
        "The opening of the Harl bridge has been delayed by two weeks. A crack was found in one of its cables during load tests, engineers said on Tuesday, and the cable must be replaced.",
        "crack", "by two weeks")]
    // "After it was pushed back once already" tells the earlier move, not the reason.
    [InlineData("why was the trial delayed again?",
        "The trial of the former mayor, which had been set for Monday after it was pushed back once already, will now start on 3 June because the chief witness is in hospital.",
        "chief witness", "once already")]
    // "Eligible too" is "also eligible", not a shortfall.
    [InlineData("why was the voucher scheme extended?",
        "The fuel voucher scheme now runs until the end of August. Pensioners are eligible too.\n\nThe energy office said many households had still not received their vouchers because the post was on strike.",
        "post was on strike", "eligible too")]
    public async Task Why_does_not_take_what_only_looks_like_a_reason(string question, string body, string reason, string notTheReason)
    {
        var answer = await AnswerAsync(question, Seeds.Report("Update", "2026-05-19", body));

        Assert.Contains(reason, answer, StringComparison.Ordinal);
        Assert.DoesNotContain(notTheReason, answer.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why was the final round of talks postponed?", "final round")]
    [InlineData("why was the last round of talks postponed?", "final round")]
    [InlineData("why was the first round of talks postponed?", "first round")]
    public async Task Why_about_one_part_of_a_series_takes_the_reason_given_for_that_part(string question, string part)
    {
        var earlier = Seeds.Report("First round put off", "2026-03-02",
            "The first round of talks between the two unions was postponed because the mediator fell ill.");
        var later = Seeds.Report("Final round put off", "2026-05-19",
            "The third and final round of talks, which was due on Friday, will now take place on 2 June. Only two of the five delegations have confirmed that they can attend.");

        var answer = await AnswerAsync(question, earlier, later);

        Assert.Contains(part == "first round" ? "mediator" : "two of the five", answer, StringComparison.Ordinal);
    }
}
