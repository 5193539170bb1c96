using Bot.Core.Analysis;

namespace Bot.Core.Tests.Analysis;

public sealed class PhaseOrdinalsTests
{
    [Theory]
    [InlineData("They come back in the second step.", 2)]
    [InlineData("Tranche three is paid in 2028.", 3)]
    [InlineData("The first round of the exchange is on Sunday.", 1)]
    [InlineData("The third and final stage opens in May.", PhaseOrdinal.Final)]
    [InlineData("Phase two was delayed.", 2)]
    [InlineData("PHASE 2 BEGINS IN MAY.", 2)]
    public void A_plan_part_is_named_by_phase_stage_step_tranche_or_round(string text, int number) =>
        Assert.Equal(number, Assert.Single(PhaseOrdinals.Find(text)).Number);

    [Theory]
    [InlineData("They agreed at the last round of talks.")]
    [InlineData("A second round of negotiations opens in Oslo.")]
    public void A_round_of_talks_is_a_meeting_not_a_part_of_a_plan(string text) =>
        Assert.Empty(PhaseOrdinals.Find(text));
}
