using System.Diagnostics;

namespace Bot.Tests.Hosting;

/// <summary>The `ask` contract other checks rely on: one answer on stdout, exit 0; usage errors exit 2 with one line.</summary>
public sealed class AskCommandLineTests
{
    [Fact]
    public async Task Ask_answers_one_message_on_stdout_through_the_real_host_and_exits_0()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = await BotProgram.RunAsync(["ask", "/status ain-al-asad", "--seeds", RepositoryPaths.Seeds, "--now", "2026-01-01T12:00:00Z"], output, errors);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.StartsWith("Ain al-Asad: status on 1 January 2026", text);
        Assert.Contains("Announced Wednesday 31 December 2025", text);
        Assert.Contains("Next deadline: week of 5 January 2026", text);
        Assert.Contains("Iraq's Joint Operations Command announced Wednesday.", text);
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public async Task Ask_with_another_seeds_folder_answers_from_that_folder_only()
    {
        var folder = Directory.CreateTempSubdirectory("bot-seeds-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "port.md"), "---\ntitle: Port reopens\npublished: 2025-06-02\n---\nThe port of Valona will reopen by the end of June, the harbour authority said on Monday.\n");
            var output = new StringWriter();

            var code = await BotProgram.RunAsync(["ask", "/next", "--seeds", folder.FullName, "--now", "2025-06-03"], output, new StringWriter());

            Assert.Equal(0, code);
            Assert.Contains("By June 2025 (deadline, open: 27 days left): The port of Valona will reopen by the end of June", output.ToString());
            Assert.DoesNotContain("Ain al-Asad", output.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "ask" }, "ask needs the chat text")]
    [InlineData(new[] { "ask", "/help", "--now", "yesterday-ish" }, "--now needs an ISO-8601 date")]
    [InlineData(new[] { "ask", "/help", "--seeds", "/no/such/folder" }, "does not exist")]
    [InlineData(new[] { "ask", "/help", "--colour" }, "unknown argument")]
    [InlineData(new[] { "ask", "/help", "--now" }, "--now needs a value")]
    public async Task A_usage_error_exits_2_with_a_one_line_reason(string[] args, string reason)
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = await BotProgram.RunAsync(args, output, errors);

        Assert.Equal(BotProgram.UsageError, code);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task The_built_program_answers_as_a_separate_process_with_nothing_but_the_answer_on_stdout()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Bot.dll");
        Assert.True(File.Exists(dll), $"{dll} missing");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "ask", "/phases", "--now", "2026-01-01" },
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("Bot__Telegram__Token");
        start.Environment.Remove("Bot__Discord__Token");

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("Phases\n", await stdout);
        Assert.Contains("Phase 1, by September 2025 (passed)", await stdout);
        Assert.Equal("", await stderr);
    }
}
