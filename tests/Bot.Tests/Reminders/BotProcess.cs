using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bot.Fakes.Telegram;

namespace Bot.Tests.Reminders;

/// <summary>
/// The built Bot.dll as its own process, serving Telegram against the fake; stopped with SIGKILL (<see cref="KillAsync"/>,
/// a crash) or SIGTERM (<see cref="TerminateAsync"/>, what systemd does), and always killed with its tree when disposed.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private BotProcess(Process process) => _process = process;

    /// <summary>The process id, as the bot itself sees it (<c>Environment.ProcessId</c>).</summary>
    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the bot wrote to stderr so far (its log: Warning and up, unless <c>environment</c> says otherwise).</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static BotProcess Start(FakeTelegramBotApi fake, string dataDirectory, string seedsDirectory, DateTimeOffset now, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Bot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--now", now.ToString("O", CultureInfo.InvariantCulture), "--seeds", seedsDirectory },
            WorkingDirectory = dataDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("Bot__Discord__Token");
        start.Environment["Bot__Telegram__Token"] = fake.Token;
        start.Environment["Bot__Telegram__ApiBaseUrl"] = fake.BaseUrl;
        start.Environment["Bot__Telegram__PollTimeoutSeconds"] = "1";
        start.Environment["Bot__Storage__DataDirectory"] = dataDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        // Both pipes are drained: a child blocked on a full stderr pipe would look like a stalled dispatcher.
        bot._process.OutputDataReceived += (_, _) => { };
        bot._process.ErrorDataReceived += (_, e) =>
        {
            lock (bot._errors)
            {
                if (e.Data is not null && bot._errors.Length < 64_000)
                {
                    bot._errors.AppendLine(e.Data);
                }
            }
        };
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited ({_process.ExitCode}) before {what}:\n{Errors}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout} for {what} in vain; the bot's stderr:\n{Errors}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>SIGKILL: no graceful stop, so nothing the process would do on the way out gets done.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGTERM, as `systemctl stop` and `docker stop` send it; returns the exit code once the process has ended.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) ?? throw new InvalidOperationException("kill did not start"))
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }
}
