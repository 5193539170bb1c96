using Bot.Discord.Client.Rest;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests;

public sealed class RateLimiterTests
{
    private static readonly DiscordRoute Channel = DiscordRoute.CreateMessage("1");

    [Fact]
    public async Task The_global_limit_lets_50_requests_through_a_second_and_holds_the_51st()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);

        for (var i = 0; i < DiscordRateLimiter.GlobalRequestsPerSecond; i++)
        {
            Assert.True(limiter.WaitAsync(DiscordRoute.CreateMessage(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None).AsTask().IsCompleted);
        }

        var held = limiter.WaitAsync(Channel, CancellationToken.None).AsTask();
        Assert.False(held.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Interaction_responses_are_not_held_by_the_global_limit()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        limiter.OnRateLimited(Channel, TimeSpan.FromSeconds(10), global: true);

        Assert.False(limiter.WaitAsync(Channel, CancellationToken.None).AsTask().IsCompleted);
        await limiter.WaitAsync(DiscordRoute.InteractionCallback("9", "token"), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_route_429_holds_that_route_only_until_retry_after()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        limiter.OnRateLimited(Channel, TimeSpan.FromSeconds(2), global: false);

        var held = limiter.WaitAsync(Channel, CancellationToken.None).AsTask();
        Assert.False(held.IsCompleted);
        Assert.True(limiter.WaitAsync(DiscordRoute.CreateMessage("2"), CancellationToken.None).AsTask().IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
