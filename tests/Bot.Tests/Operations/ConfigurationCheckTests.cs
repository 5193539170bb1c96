namespace Bot.Tests.Operations;

/// <summary>
/// Every options class, through the real program: a bad value is one line on stderr naming the key, the value and what
/// is allowed, with no stack trace; exit 78 when serving, 2 for `ask`. Settings arrive as `--Bot:Key=value`, which the
/// program passes to configuration exactly as it does the environment's `Bot__Key`.
/// </summary>
public sealed class ConfigurationCheckTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<string, string, string[]> BadSettings => new()
    {
        // section class: key, value, words the line must hold (besides the key)
        { "Bot:Knowledge:SeedsPath", "", ["SeedsPath", "folder"] },
        { "Bot:Storage:BusyTimeout", "soon", ["\"soon\"", "hh:mm:ss"] },
        { "Bot:Commands:Timeout", "abc", ["\"abc\"", "hh:mm:ss"] },
        { "Bot:Commands:Timeout", "-00:00:05", ["\"-00:00:05\"", "not negative"] },
        { "Bot:Commands:Timeout", "00:00:00", ["\"00:00:00\"", "above zero"] },
        { "Bot:Sources:MaxBytes", "-1", ["\"-1\"", "above zero"] },
        { "Bot:Reminders:LocalTime", "25:99", ["\"25:99\"", "00:00 to 23:59"] },
        { "Bot:Reminders:DefaultTimeZone", "Mars/Olympus", ["\"Mars/Olympus\"", "IANA", "Europe/London"] },
        { "Bot:Reminders:LeadTimes:0", "banana", ["\"banana\"", "duration"] },
        { "Bot:Delivery:BatchSize", "0", ["\"0\"", "between 1 and 1000"] },
        { "Bot:Telegram:Mode", "Bogus", ["\"Bogus\"", "Polling, Webhook"] },
        { "Bot:Discord:Mode", "Bogus", ["\"Bogus\"", "Gateway, Http"] },
        { "Bot:Observability:ListenUrl", "nope", ["\"nope\"", "http://127.0.0.1:9464"] },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_value_stops_the_service_with_one_line_naming_it_and_exit_78(string key, string value, string[] words)
    {
        var (code, errors) = await RunAsync([$"--{key}={value}"]);

        Assert.Equal(ConfigurationCheck.ServiceExitCode, code);
        AssertOneClearLine(errors, key, words);
    }

    [Theory]
    [InlineData("Bot:Reminders:LocalTime", "25:99")]
    [InlineData("Bot:Sources:MaxBytes", "-1")]
    [InlineData("Bot:Telegram:Mode", "Bogus")]
    public async Task A_bad_value_stops_ask_with_exit_2(string key, string value)
    {
        var (code, errors) = await RunAsync(["ask", "/help", $"--{key}={value}"]);

        Assert.Equal(BotProgram.UsageError, code);
        AssertOneClearLine(errors, key, [$"\"{value}\""]);
    }

    [Fact]
    public async Task A_bad_telegram_mode_is_reported_with_a_token_too()
    {
        var (code, errors) = await RunAsync(["--Bot:Telegram:Token=123456:abc", "--Bot:Telegram:Mode=Bogus"]);

        Assert.Equal(ConfigurationCheck.ServiceExitCode, code);
        AssertOneClearLine(errors, "Bot:Telegram:Mode", ["Polling, Webhook"]);
    }

    [Fact]
    public async Task A_malformed_token_is_reported_without_echoing_it()
    {
        var (code, errors) = await RunAsync(["--Bot:Telegram:Token=garbage-secret"]);

        Assert.Equal(ConfigurationCheck.ServiceExitCode, code);
        AssertOneClearLine(errors, "Bot:Telegram:Token", ["<bot id>:<secret>"]);
        Assert.DoesNotContain("garbage-secret", errors);
    }

    [Fact]
    public async Task Every_problem_is_listed_at_once()
    {
        var (code, errors) = await RunAsync(["--Bot:Reminders:LocalTime=25:99", "--Bot:Commands:Timeout=abc"]);

        Assert.Equal(ConfigurationCheck.ServiceExitCode, code);
        Assert.Equal(2, Lines(errors).Length);
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        var output = new StringWriter();

        var code = await BotProgram.RunAsync(["--help"], output, new StringWriter());

        Assert.Equal(0, code);
        Assert.StartsWith(BotCommandLine.Usage, output.ToString());
        Assert.Contains("Exit codes", output.ToString());
    }

    [Fact]
    public async Task A_service_whose_background_work_fails_after_start_does_not_exit_0()
    {
        var (code, errors) = await ServeAsync<FailingWork>();

        Assert.Equal(BotProgram.ServiceFailed, code);
        Assert.Contains("FailingWork failed: the transport went away", errors);
    }

    [Fact]
    public async Task A_service_asked_to_stop_exits_0()
    {
        var (code, _) = await ServeAsync<StopsAtOnce>();

        Assert.Equal(0, code);
    }

    /// <summary>Serves an empty host running only <typeparamref name="TWork"/>, as the program serves the bot's.</summary>
    private static async Task<(int Code, string Errors)> ServeAsync<TWork>() where TWork : class, IHostedService
    {
        var builder = TestHostBuilder.Create(new Dictionary<string, string?>());
        builder.Services.AddHostedService<TWork>();
        using var host = builder.Build();
        var errors = new StringWriter();
        var code = await BotProgram.ServeAsync(host, errors);
        return (code, errors.ToString());
    }

    private async Task<(int Code, string Errors)> RunAsync(string[] args)
    {
        var errors = new StringWriter();
        var code = await BotProgram.RunAsync([.. args, $"--Bot:Storage:DataDirectory={_data.Path}"], new StringWriter(), errors);
        return (code, errors.ToString());
    }

    private static void AssertOneClearLine(string errors, string key, string[] words)
    {
        var line = Assert.Single(Lines(errors));
        Assert.Contains(key, line);
        Assert.All(words, word => Assert.Contains(word, line));
        Assert.DoesNotContain("Exception", line);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed class FailingWork : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(50, stoppingToken);
            throw new InvalidOperationException("the transport went away");
        }
    }

    private sealed class StopsAtOnce(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
            return Task.CompletedTask;
        }
    }
}
