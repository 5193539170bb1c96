using Bot.Core.Retries;

namespace Bot.Core.Tests.Retries;

public sealed class BackoffTests
{
    private static readonly Backoff Backoff = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(1_000, 30)]
    public void The_delay_doubles_per_failure_up_to_the_maximum(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Ceiling(failures));

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(50)]
    public void Jitter_only_shortens_the_delay_and_by_a_fifth_at_most(int failures)
    {
        var ceiling = Backoff.Ceiling(failures);
        for (var i = 0; i < 100; i++)
        {
            Assert.InRange(Backoff.Delay(failures), ceiling * 0.8, ceiling);
        }
    }
}
