using System.Text;

namespace Bot.Telegram.Tests;

/// <summary>
/// Polled updates Telegram.Bot cannot read (a newer Bot API's shapes) and files larger than the bot reads: each is refused on
/// its own, and everything else goes on.
/// </summary>
public sealed class TelegramUnreadableUpdateTests : FakeTelegramTests
{
    private static readonly TimeSpan BatchWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Unreadable_updates_among_valid_ones_are_skipped_once_each_and_every_valid_one_is_answered_once()
    {
        var unreadable = new List<long>();
        var valid = new List<long>();
        for (var i = 0; i < 150; i++)
        {
            if (i is 0 or 75 or 149)
            {
                valid.Add(Fake.EnqueueMessage(chatId: 42, $"/topic valid-{i}"));
            }

            unreadable.Add(Fake.EnqueueUnreadable(chatId: 42, variant: i));
        }

        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, logs: Logs);

        var replies = await Fake.WaitForAsync("sendMessage", 3, BatchWait);
        Assert.Equal(["<b>Topic valid-0</b>", "<b>Topic valid-75</b>", "<b>Topic valid-149</b>"], replies.Select(r => r.Text));

        // The poller goes on after them: a later command is answered too, and nothing is answered twice.
        Fake.EnqueueMessage(chatId: 42, "/topic later");
        await Fake.WaitForAsync("sendMessage", 4, BatchWait);
        await Fake.WaitForAsync("getUpdates", Fake.Requests("getUpdates").Count + 1, BatchWait);
        Assert.Equal(["<b>Topic valid-0</b>", "<b>Topic valid-75</b>", "<b>Topic valid-149</b>", "<b>Topic later</b>"], Fake.SentMessages.Select(r => r.Text));
        Assert.True(Fake.ConfirmedOffset > unreadable.Max(), "every unreadable update was confirmed, so Telegram forgets it");

        var skipped = Logs.Lines.Where(l => l.Contains("Skipped Telegram update", StringComparison.Ordinal)).ToList();
        Assert.Equal(unreadable.Count, skipped.Count);
        Assert.All(unreadable, id => Assert.Single(skipped, l => l.Contains($"Skipped Telegram update {id} (", StringComparison.Ordinal)));
        Assert.Contains(skipped, l => l.Contains("(message)", StringComparison.Ordinal) && l.Contains("hologram", StringComparison.Ordinal));
        Assert.Contains(skipped, l => l.Contains("(my_chat_member)", StringComparison.Ordinal));
        Assert.Contains(skipped, l => l.Contains("(channel_post)", StringComparison.Ordinal));
        Assert.DoesNotContain(Logs.Lines, l => l.Contains(Fake.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_larger_than_the_source_limit_is_refused_with_its_limit_after_reading_no_more_than_that()
    {
        // It claims 100 bytes: only the read itself can tell, and it stops at the limit instead of taking the whole file.
        var content = new byte[20 * 1024 * 1024];
        Array.Fill(content, (byte)'a');
        Fake.EnqueueDocument(chatId: 5, "/echofile", "huge.md", content, reportedSize: 100);
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, new Dictionary<string, string?> { ["Bot:Sources:MaxBytes"] = "65536" });

        var reply = Assert.Single(await Fake.WaitForAsync("sendMessage", 1, BatchWait));
        Assert.Equal("<b>That file is larger than 64 KB, more than I read.</b>", reply.Text);
        Assert.True(Fake.FileBytesServed < content.Length, $"the bot took {Fake.FileBytesServed:N0} of {content.Length:N0} bytes");
    }

    [Fact]
    public async Task A_document_reported_larger_than_the_source_limit_is_refused_without_downloading_it()
    {
        Fake.EnqueueDocument(chatId: 5, "/echofile", "big.md", Encoding.UTF8.GetBytes(new string('a', 70_000)));
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, new Dictionary<string, string?> { ["Bot:Sources:MaxBytes"] = "65536" });

        var reply = Assert.Single(await Fake.WaitForAsync("sendMessage", 1, BatchWait));
        Assert.Equal("<b>That file is larger than 64 KB, more than I read.</b>", reply.Text);
        Assert.Empty(Fake.Requests("file"));
    }
}
