using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bot.Fakes.Telegram;
using Bot.Tests.Hosting;
using Bot.Tests.Reminders;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Operations;

/// <summary>
/// What `systemctl stop` does to the built bot: SIGTERM while a reply is on its way. The process finishes that reply,
/// records the Telegram offset, stops Quartz and exits 0; a restart does not answer the update again.
/// </summary>
[Collection(QuartzCollection.Name)]
public sealed class GracefulStopTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private readonly TempFolder _data = new();
    private FakeTelegramBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeTelegramBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Sigterm_mid_reply_finishes_the_reply_saves_the_offset_and_exits_0()
    {
        // The reply's sendMessage hangs for 3 s: the signal arrives while it is in flight.
        _fake.FailNext("sendMessage", FakeTelegramFault.Hanging(TimeSpan.FromSeconds(3)));
        long updateId = 0;

        var (code, errors) = await RunUntilAsync(() => updateId = _fake.EnqueueMessage(77, "/status ain al asad"), () => _fake.Requests("sendMessage").Count > 0);

        Assert.True(code == 0, $"exit {code}; stderr:\n{errors}");
        Assert.DoesNotContain("Exception", errors);
        var reply = Assert.Single(_fake.DeliveredMessages);
        Assert.Equal(77, reply.ChatId);
        Assert.Contains("Ain al-Asad", reply.Text);
        Assert.Equal(updateId, await StoredOffsetAsync());

        // A second run sees nothing new to answer.
        var polls = _fake.Requests("getUpdates").Count;
        var (again, againErrors) = await RunUntilAsync(() => { }, () => _fake.Requests("getUpdates").Skip(polls).Any(r => r.Body["offset"]?.ToString() == (updateId + 1).ToString(CultureInfo.InvariantCulture)));
        Assert.True(again == 0, againErrors);
        Assert.Single(_fake.DeliveredMessages);
    }

    /// <summary>Runs the bot; once it has started, <paramref name="onStarted"/> runs, and when <paramref name="condition"/> holds it gets SIGTERM.</summary>
    private async Task<(int Code, string Errors)> RunUntilAsync(Action onStarted, Func<bool> condition)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Bot.dll"), "--seeds", RepositoryPaths.Seeds, "--now", "2026-01-01T09:00:00Z" },
            WorkingDirectory = _data.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("Bot__Discord__Token");
        start.Environment["Bot__Telegram__Token"] = _fake.Token;
        start.Environment["Bot__Telegram__ApiBaseUrl"] = _fake.BaseUrl;
        start.Environment["Bot__Telegram__PollTimeoutSeconds"] = "1";
        start.Environment["Bot__Storage__DataDirectory"] = _data.Path;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The start-up summary tells the test when every service has started.
        start.Environment["Logging__LogLevel__Bot.Host.Hosting.StartupSummary"] = "Information";
        using var process = Process.Start(start)!;
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var clock = Stopwatch.StartNew();
            while (!Started(errors))
            {
                Assert.False(process.HasExited, $"the bot exited early: {errors}");
                Assert.True(clock.Elapsed < Wait, $"waited {Wait} in vain for the start: {errors}");
                await Task.Delay(20);
            }

            onStarted();
            while (!condition())
            {
                Assert.False(process.HasExited, $"the bot exited early: {errors}");
                Assert.True(clock.Elapsed < Wait, $"waited {Wait} in vain: {errors}");
                await Task.Delay(20);
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])!)
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(Wait);
            await process.WaitForExitAsync(timeout.Token);
            lock (errors)
            {
                return (process.ExitCode, errors.ToString());
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static bool Started(StringBuilder errors)
    {
        lock (errors)
        {
            return errors.ToString().Contains(" started: story ", StringComparison.Ordinal);
        }
    }

    private async Task<long?> StoredOffsetAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_data.Path, "bot.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_update_id FROM telegram_state";
        return await command.ExecuteScalarAsync() is long id ? id : null;
    }
}
