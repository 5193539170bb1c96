using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    [Fact]
    public void Without_a_token_the_transport_registers_nothing()
    {
        var builder = TestHostBuilder.Create(new Dictionary<string, string?>());
        var before = builder.Services.Count;

        builder.AddTelegramTransport();

        Assert.Equal(before, builder.Services.Count);
    }

    [Fact]
    public async Task Webhook_mode_without_a_url_or_with_a_bad_secret_fails_at_start_naming_the_keys()
    {
        var builder = TestHostBuilder.Create(new Dictionary<string, string?>
        {
            ["Bot:Telegram:Token"] = "123456:test",
            ["Bot:Telegram:Mode"] = "Webhook",
            ["Bot:Telegram:SecretToken"] = "has spaces!",
        });
        builder.Services.AddTestCommands();
        new TelegramTestStorage().AddTo(builder.Services);
        builder.AddTelegramTransport();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(failure.Failures, f => f.Contains("Bot:Telegram:WebhookUrl is required in Webhook mode", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Bot:Telegram:SecretToken is required in Webhook mode: 1-256 characters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("123456:test", true)]
    [InlineData("123456:AAH-abc_DEF", true)]
    [InlineData("not a token", false)]
    [InlineData(":missing-id", false)]
    public void A_token_must_look_like_a_bot_token_and_the_message_never_repeats_it(string token, bool valid)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = token });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.DoesNotContain(token, result.FailureMessage);
        }
    }

    [Fact]
    public void Polling_options_with_a_base_url_that_is_not_http_are_refused()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = "1:a", ApiBaseUrl = "ftp://example" });

        Assert.Contains("Bot:Telegram:ApiBaseUrl must be an absolute http(s) URL", result.FailureMessage);
    }
}
