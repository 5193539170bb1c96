namespace Bot.Tests.Hosting;

/// <summary>`Bot reminders`: the plan on stdout, exit 0; a usage error exits 2.</summary>
public sealed class RemindersCommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reminders_on_a_fresh_install_prints_the_plan_of_a_chat_subscribed_to_every_deadline_and_exits_0()
    {
        var output = new StringWriter();

        var code = await BotProgram.RunAsync(["reminders", "--seeds", RepositoryPaths.Seeds, "--now", "2026-01-01", $"--Bot:Storage:DataDirectory={_folder.Path}"], output, new StringWriter());

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("Subscribed chats: none with reminders ahead.", text);
        Assert.Contains("A chat subscribed to every deadline, in UTC (Bot:Reminders:DefaultTimeZone): 5 reminders", text);
        Assert.Contains("Sun 4 Jan 2026 09:00 local (2026-01-04 09:00 UTC)  1 day before, week of 5 January 2026", text);
    }

    [Fact]
    public async Task Reminders_prints_the_stored_chats_plans_in_their_own_zones()
    {
        string[] storage = ["--now", "2026-01-01", "--seeds", RepositoryPaths.Seeds, $"--Bot:Storage:DataDirectory={_folder.Path}"];
        await BotProgram.RunAsync(["ask", "/subscribe", .. storage], new StringWriter(), new StringWriter());
        await BotProgram.RunAsync(["ask", "/timezone Asia/Tokyo", .. storage], new StringWriter(), new StringWriter());
        var output = new StringWriter();

        var code = await BotProgram.RunAsync(["reminders", .. storage], output, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("Subscribed chats (1), 5 triggers:", output.ToString());
        Assert.Contains("Console:console (Asia/Tokyo)", output.ToString());
        Assert.Contains("Sun 4 Jan 2026 09:00 local (2026-01-04 00:00 UTC)", output.ToString());
    }

    [Fact]
    public async Task Reminders_with_an_unknown_argument_is_a_usage_error()
    {
        var errors = new StringWriter();

        var code = await BotProgram.RunAsync(["reminders", "--everything"], new StringWriter(), errors);

        Assert.Equal(BotProgram.UsageError, code);
        Assert.Equal("unknown argument \"--everything\" (--help for usage)", errors.ToString().Trim());
    }
}
