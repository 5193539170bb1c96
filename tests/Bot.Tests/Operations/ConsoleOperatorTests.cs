using System.Diagnostics;
using System.Text;
using Bot.Host.Console;
using Bot.Host.Reminders;
using Bot.Host.Scheduling;

namespace Bot.Tests.Operations;

/// <summary>The console as the operator's seat: long pastes, local files, reminders on screen, a clean end of input.</summary>
[Collection(QuartzCollection.Name)]
public sealed class ConsoleOperatorTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-12T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_pasted_article_longer_than_a_chat_message_is_read_until_a_lone_dot_and_added()
    {
        var article = Article("Harbour reopens to shipping", 10_000);
        var output = await RunSessionAsync($"/addsource\n{article}\n.\n/sources\n/quit\n");

        Assert.Contains("Paste the source", output);
        Assert.Contains("Added source [", output);
        Assert.Contains("Harbour reopens to shipping", output);
        Assert.DoesNotContain("too long", output);
        Assert.DoesNotContain("is not a command", output);
    }

    [Fact]
    public async Task A_local_file_is_added_by_its_path()
    {
        var file = Path.Combine(_data.Path, "article.md");
        await File.WriteAllTextAsync(file, Article("Dam handed to the provincial authority", 10_000));

        var output = await RunSessionAsync($"/addsource {file}\n/quit\n");

        Assert.Contains("Added source [", output);
        Assert.Contains("Dam handed to the provincial authority (article.md", output);
    }

    [Fact]
    public async Task A_paste_after_addsource_with_a_date_takes_that_date()
    {
        var output = await RunSessionAsync("/addsource published=2026-01-09\nBridge reopened\n\nThe bridge reopened to traffic on Friday, the ministry said.\n.\n/quit\n");

        Assert.Contains("Added source [", output);
        Assert.Contains("Bridge reopened", output);
        Assert.Contains("9 January 2026", output);
    }

    [Fact]
    public async Task A_paste_larger_than_the_source_limit_is_refused_with_the_limit()
    {
        var output = await RunSessionAsync($"/addsource\n{Article("Too long", 20_000)}\n.\n/quit\n", [new("Bot:Sources:MaxBytes", "8192")]);

        Assert.Contains("larger than 8 KB", output);
    }

    [Fact]
    public async Task A_due_reminder_for_the_console_is_shown_in_the_chat()
    {
        var input = new HeldInput();
        var output = new StringWriter();
        var builder = TestHostBuilder.OnDataFolder(_data.Path);
        builder.Services.AddSingleton(new ConsoleChatStreams(input, TextWriter.Synchronized(output)));
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, Now));
        builder.AddChatTransports();
        builder.AddScheduling();
        builder.AddReminderDelivery();
        using var host = builder.Build();
        await host.Services.GetRequiredService<Bot.Host.Storage.IStorageMigrations>().EnsureMigratedAsync();

        await host.StartAsync();
        try
        {
            // The reminder falls due while the operator sits at the prompt.
            await Eventually.TrueAsync(() => output.ToString().Contains(ConsoleTerminal.Prompt, StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the prompt");
            await host.Services.GetRequiredService<IReminderOutbox>().EnqueueAsync(
                [new OutboxMessage("test-reminder", ConsoleChat.Address, Answer.Short("Reminder: the port reopens tomorrow"), Now)], CancellationToken.None);
            await Eventually.TrueAsync(() => output.ToString().Contains("Reminder: the port reopens tomorrow", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the reminder on screen");
        }
        finally
        {
            input.End();
            await host.StopAsync();
        }

        // Printed off the prompt line, and the prompt shown again after it.
        Assert.Contains($"{ConsoleTerminal.Prompt}{Environment.NewLine}Reminder: the port reopens tomorrow{Environment.NewLine}{ConsoleTerminal.Prompt}", output.ToString());
    }

    [Fact]
    public async Task The_console_logs_to_a_file_in_the_data_folder_not_to_the_terminal()
    {
        var builder = BotTestHost.Create(_data.Path);
        builder.AddConsoleChat();

        Assert.DoesNotContain(builder.Services, d => d.ImplementationType == typeof(Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider));
        using var host = builder.Build();
        Assert.Equal(Path.Combine(_data.Path, ConsoleChatServiceCollectionExtensions.LogFileName), host.Services.GetRequiredService<ConsoleLogFile>().Path);
    }

    [Theory]
    [InlineData("/status iraq\n")]
    [InlineData("")]
    public async Task The_real_program_ends_cleanly_when_its_input_ends_at_once(string input)
    {
        using var process = Process.Start(ProgramStart())!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal("", await stderr);
        Assert.Equal(0, process.ExitCode);
        if (input.Length > 0)
        {
            Assert.Contains("Iraq: status on", await stdout);
        }
    }

    [Fact]
    public async Task Sigterm_ends_a_console_chat_waiting_at_the_prompt_without_waiting_out_the_shutdown_timeout()
    {
        using var process = Process.Start(ProgramStart())!;
        var stderr = process.StandardError.ReadToEndAsync();
        var greeting = await process.StandardOutput.ReadLineAsync();
        Assert.StartsWith("News briefing bot.", greeting);
        var prompt = new char[ConsoleTerminal.Prompt.Length];
        await process.StandardOutput.ReadBlockAsync(prompt);

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        // Well under the host's 30 s shutdown timeout, which a read blocked on the terminal would wait out.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
        process.StandardInput.Close();
    }

    private ProcessStartInfo ProgramStart()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Bot.dll"), "--seeds", RepositoryPaths.Seeds, $"--Bot:Storage:DataDirectory={_data.Path}" },
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("Bot__Telegram__Token");
        start.Environment.Remove("Bot__Discord__Token");
        return start;
    }

    private Task<string> RunSessionAsync(string script, IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        BotTestHost.RunConsoleSessionAsync(_data.Path, script, Now, settings);

    /// <summary>A dated article of about <paramref name="length"/> characters, in paragraphs as a paste would be.</summary>
    private static string Article(string title, int length)
    {
        var text = new StringBuilder($"---\ntitle: {title}\npublished: 2026-01-10\n---\n");
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"The provincial council met for session {i} and said the works would continue next month.\n");
        }

        return text.ToString();
    }

    /// <summary>Input that has nothing to read until <see cref="End"/>: an operator sitting at the prompt.</summary>
    private sealed class HeldInput : TextReader
    {
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void End() => _ended.TrySetResult();

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            await _ended.Task.WaitAsync(cancellationToken);
            return null;
        }
    }
}
