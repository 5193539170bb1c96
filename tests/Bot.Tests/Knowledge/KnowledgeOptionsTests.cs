using Bot.Core.Commands.Catalog;
using Bot.Host.Knowledge;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Knowledge;

public sealed class KnowledgeOptionsTests
{
    private static ServiceProvider Services(string? staleAfter)
    {
        var builder = TestHostBuilder.Create(staleAfter is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["Bot:Knowledge:StaleAfter"] = staleAfter });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddKnowledge();
        return builder.Services.BuildServiceProvider();
    }

    [Fact]
    public void Stale_after_defaults_to_two_weeks()
    {
        using var services = Services(null);

        Assert.Equal(TimeSpan.FromDays(14), services.GetRequiredService<StoryClock>().StaleAfter);
    }

    [Fact]
    public void A_configured_stale_after_reaches_the_answers_clock()
    {
        using var services = Services("3.00:00:00");

        Assert.Equal(TimeSpan.FromDays(3), services.GetRequiredService<StoryClock>().StaleAfter);
    }

    [Theory]
    [InlineData("-1.00:00:00")]
    [InlineData("00:00:00")]
    [InlineData("5000.00:00:00")]
    public void A_stale_after_outside_one_day_to_ten_years_is_refused_naming_the_key(string value)
    {
        using var services = Services(value);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KnowledgeOptions>>().Value);
        Assert.Contains("Bot:Knowledge:StaleAfter", error.Message);
    }
}
