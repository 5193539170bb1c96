using Bot.Telegram.Interactions;

namespace Bot.Telegram.Tests;

/// <summary>An answer with a chart reaches Telegram as a photo: sendPhoto with the PNG, and the caption it can carry.</summary>
public sealed class TelegramPictureTests : FakeTelegramTests
{
    [Fact]
    public async Task A_short_answer_with_a_chart_is_one_photo_captioned_with_the_answer_as_a_reply()
    {
        var update = Fake.EnqueueMessage(chatId: 42, "/chart");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var photo = (await Fake.WaitForAsync("sendPhoto", 1, Wait)).Single();
        await WaitForIdlePollAsync();

        var expected = bot.Services.GetRequiredService<IPictureRenderer>().TryRender(ChartCommand.Picture)!;
        var upload = photo.Upload("photo")!;
        Assert.Equal(expected.Png, upload.Bytes);
        Assert.Equal("invented.png", upload.FileName);
        Assert.Equal(42, photo.ChatId);
        Assert.Equal("<b>Timeline &amp; chart</b>\n\n• One event &lt;soon&gt;", photo.Caption);
        Assert.Equal("html", photo.Body["parse_mode"]?.GetValue<string>().ToLowerInvariant());
        Assert.Equal(FakeTelegramBotApi.MessageIdOf(update), photo.Body["reply_parameters"]?["message_id"]?.GetValue<int>());
        Assert.Empty(Fake.SentMessages);
    }

    [Fact]
    public async Task A_long_answer_with_a_chart_is_a_photo_captioned_with_the_alt_text_then_the_answer_as_text()
    {
        Fake.EnqueueMessage(chatId: 42, "/chart long");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        await Fake.WaitForAsync("sendMessage", 2, Wait);
        await WaitForIdlePollAsync();

        var photo = Assert.Single(Fake.SentPhotos);
        Assert.Equal("Chart of 8 events &amp; 2 phases &lt;invented&gt;", photo.Caption);
        Assert.True(photo.Caption!.Length <= TelegramMessenger.MaxCaptionLength);
        var sends = Fake.Requests().Where(r => r.Method.StartsWith("send", StringComparison.Ordinal)).Select(r => r.Method).ToList();
        Assert.Equal("sendPhoto", sends[0]);
        Assert.All(sends.Skip(1), method => Assert.Equal("sendMessage", method));
        Assert.Contains("Item 30 ", string.Concat(Fake.SentMessages.Select(m => m.Text)));
        Assert.StartsWith("<b>Timeline &amp; chart</b>", Fake.SentMessages[0].Text);
        Assert.Null(Fake.SentMessages[0].Body["reply_parameters"]);
    }

    [Fact]
    public async Task A_photo_Telegram_refuses_leaves_the_answer_to_go_as_text()
    {
        Fake.FailNext("sendPhoto", new FakeTelegramFault(400, "Bad Request: IMAGE_PROCESS_FAILED"));
        Fake.EnqueueMessage(chatId: 42, "/chart");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var text = (await Fake.WaitForAsync("sendMessage", 1, Wait)).Single();

        Assert.Equal("<b>Timeline &amp; chart</b>\n\n• One event &lt;soon&gt;", text.Text);
        Assert.NotNull(text.Body["reply_parameters"]);
    }
}
