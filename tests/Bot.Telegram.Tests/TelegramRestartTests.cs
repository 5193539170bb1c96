namespace Bot.Telegram.Tests;

/// <summary>The stored offset: a restart in the middle of a batch neither loses an update nor answers one twice.</summary>
public sealed class TelegramRestartTests : FakeTelegramTests
{
    private const int Updates = 10;
    private static readonly TimeSpan RestartWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_restart_in_the_middle_of_a_batch_answers_every_update_exactly_once()
    {
        for (var i = 1; i <= Updates; i++)
        {
            Fake.EnqueueMessage(chatId: 42, $"/step {i}");
        }

        // First run: let four updates through, then stop while the fifth is being handled.
        var firstGate = new StepGate();
        var first = await TelegramTestHost.StartAsync(Fake, Storage, gate: firstGate);
        firstGate.Permits.Release(4);
        await Fake.WaitForAsync("sendMessage", 4, RestartWait);
        var stopping = first.StopAsync();
        firstGate.Permits.Release(1);
        await stopping;
        await first.DisposeAsync();
        var answeredByFirst = Fake.SentMessages.Count;
        Assert.InRange(answeredByFirst, 4, Updates - 1);

        // Second run on the same database file picks up exactly where the first stopped.
        var secondGate = new StepGate();
        secondGate.Permits.Release(Updates);
        await using var second = await TelegramTestHost.StartAsync(Fake, Storage, gate: secondGate);
        await Fake.WaitForAsync("sendMessage", Updates, RestartWait);
        await Fake.WaitForAsync("getUpdates", Fake.Requests("getUpdates").Count + 1, RestartWait);

        var texts = Fake.SentMessages.Select(m => m.Text).ToList();
        Assert.Equal(Enumerable.Range(1, Updates).Select(i => $"<b>Step {i}</b>"), texts);
    }

    [Fact]
    public async Task A_transport_abandoned_mid_update_answers_that_update_after_the_restart()
    {
        for (var i = 1; i <= 3; i++)
        {
            Fake.EnqueueMessage(chatId: 42, $"/step {i}");
        }

        // The first run never gets a permit for step 2: the host's shutdown grace period runs out and the update is abandoned.
        var firstGate = new StepGate();
        firstGate.Permits.Release(1);
        var first = await TelegramTestHost.StartAsync(Fake, Storage, gate: firstGate, settings: new Dictionary<string, string?>());
        await Fake.WaitForAsync("sendMessage", 1, RestartWait);
        await first.DisposeAsync();

        var secondGate = new StepGate();
        secondGate.Permits.Release(3);
        await using var second = await TelegramTestHost.StartAsync(Fake, Storage, gate: secondGate);
        await Fake.WaitForAsync("sendMessage", 3, RestartWait);
        await Fake.WaitForAsync("getUpdates", Fake.Requests("getUpdates").Count + 1, RestartWait);

        Assert.Equal(["<b>Step 1</b>", "<b>Step 2</b>", "<b>Step 3</b>"], Fake.SentMessages.Select(m => m.Text));
    }
}
