using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests;

public sealed class OptionsTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = TestHostBuilder.Create(settings);
        builder.Services.AddLogging();
        builder.Services.AddCommandsInMemory();
        builder.AddDiscordTransport();
        return builder.Build();
    }

    [Fact]
    public void Without_a_token_the_transport_is_not_registered()
    {
        using var host = Build(new() { ["Bot:Discord:ApplicationId"] = "1" });

        Assert.Empty(host.Services.GetServices<IChatSender>());
        Assert.Empty(host.Services.GetServices<IHostedService>());
    }

    [Theory]
    [InlineData(null, "Gateway", null, null, "Bot:Discord:ApplicationId is required")]
    [InlineData("1", "Http", null, "http://127.0.0.1:0", "Bot:Discord:PublicKey must be the application's public key")]
    [InlineData("1", "Http", "abcd", "http://127.0.0.1:0", "Bot:Discord:PublicKey must be the application's public key")]
    [InlineData("1", "Http", "0000000000000000000000000000000000000000000000000000000000000000", null, "Bot:Discord:InteractionsListenUrl must be")]
    public async Task Missing_or_malformed_settings_stop_the_start_with_a_clear_message(string? applicationId, string mode, string? publicKey, string? listenUrl, string expected)
    {
        using var host = Build(new()
        {
            ["Bot:Discord:Token"] = "t",
            ["Bot:Discord:ApplicationId"] = applicationId,
            ["Bot:Discord:Mode"] = mode,
            ["Bot:Discord:PublicKey"] = publicKey,
            ["Bot:Discord:InteractionsListenUrl"] = listenUrl,
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, failure.Message);
        Assert.DoesNotContain("\"t\"", failure.Message);
    }
}
