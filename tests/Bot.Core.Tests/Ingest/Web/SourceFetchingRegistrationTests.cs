using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Ingest.Web;

public sealed class SourceFetchingRegistrationTests
{
    [Fact]
    public void Options_bind_from_the_bot_sources_section_with_the_documented_defaults_elsewhere()
    {
        using var services = Build(new() { ["Bot:Sources:MaxBytes"] = "1048576", ["Bot:Sources:Timeout"] = "00:00:05" });

        var options = services.GetRequiredService<IOptions<SourceFetchOptions>>().Value;

        Assert.Equal(1_048_576, options.MaxBytes);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(5, options.MaxRedirects);
        Assert.False(options.AllowPrivateAddresses);
        Assert.Equal(TimeSpan.FromMinutes(15), options.FeedInterval);
    }

    [Fact]
    public void The_shipped_defaults_are_two_megabytes_fifteen_seconds_and_five_redirects()
    {
        var options = new SourceFetchOptions();

        Assert.Equal(2_097_152, options.MaxBytes);
        Assert.Equal(TimeSpan.FromSeconds(15), options.Timeout);
        Assert.Equal(5, options.MaxRedirects);
        Assert.False(options.AllowPrivateAddresses);
    }

    [Fact]
    public void The_fetcher_and_readers_resolve_with_the_public_address_policy()
    {
        using var services = Build([]);

        Assert.IsType<PublicAddressPolicy>(services.GetRequiredService<IAddressPolicy>());
        Assert.NotNull(services.GetRequiredService<UrlSourceReader>());
        Assert.NotNull(services.GetRequiredService<FeedReader>());
    }

    [Fact]
    public void A_non_positive_size_cap_is_rejected_when_the_options_are_read()
    {
        using var services = Build(new() { ["Bot:Sources:MaxBytes"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SourceFetchOptions>>().Value);

        Assert.Equal("Bot:Sources:MaxBytes is \"0\": expected a size in bytes above zero, such as 2097152 (2 MB).", failure.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(logging => logging.ClearProviders())
            .AddSourceFetching()
            .BuildServiceProvider();
}
