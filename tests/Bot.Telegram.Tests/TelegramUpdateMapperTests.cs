using Bot.Telegram.Interactions;

namespace Bot.Telegram.Tests;

public sealed class TelegramUpdateMapperTests
{
    [Theory]
    [InlineData("/status@news_test_bot ain-al-asad", "/status ain-al-asad")]
    [InlineData("/status@NEWS_TEST_BOT", "/status")]
    [InlineData("/status ain-al-asad", "/status ain-al-asad")]
    [InlineData("when is the deadline?", "when is the deadline?")]
    [InlineData("mail me@news_test_bot", "mail me@news_test_bot")]
    [InlineData("  /help@news_test_bot\nmore", "/help\nmore")]
    public void A_command_for_our_bot_loses_the_bot_name(string text, string expected) =>
        Assert.Equal(expected, TelegramUpdateMapper.Address("news_test_bot", text));

    [Theory]
    [InlineData("/status@other_bot ain-al-asad")]
    [InlineData("/status@news_test_bot_clone")]
    [InlineData("/status@")]
    public void A_command_for_another_bot_is_not_ours(string text) =>
        Assert.Null(TelegramUpdateMapper.Address("news_test_bot", text));

    [Fact]
    public void Group_supergroup_and_channel_chats_are_groups_and_private_chats_are_not()
    {
        Assert.True(TelegramUpdateMapper.IsGroup(global::Telegram.Bot.Types.Enums.ChatType.Group));
        Assert.True(TelegramUpdateMapper.IsGroup(global::Telegram.Bot.Types.Enums.ChatType.Supergroup));
        Assert.True(TelegramUpdateMapper.IsGroup(global::Telegram.Bot.Types.Enums.ChatType.Channel));
        Assert.False(TelegramUpdateMapper.IsGroup(global::Telegram.Bot.Types.Enums.ChatType.Private));
    }

    [Fact]
    public async Task A_document_s_caption_is_the_text_and_the_document_an_attachment_opened_through_the_downloader()
    {
        var message = new global::Telegram.Bot.Types.Message
        {
            Chat = new global::Telegram.Bot.Types.Chat { Id = -100, Type = global::Telegram.Bot.Types.Enums.ChatType.Supergroup },
            From = new global::Telegram.Bot.Types.User { Id = 7, FirstName = "Ann" },
            Caption = "/addsource@news_test_bot published=2026-01-10",
            Document = new global::Telegram.Bot.Types.Document { FileId = "f1", FileUniqueId = "u1", FileName = "report.md", FileSize = 4, MimeType = "text/markdown" },
        };
        string? asked = null;

        var mapped = TelegramUpdateMapper.ToChatMessage(message, "news_test_bot", (id, _) => { asked = id; return Task.FromResult<Stream>(new MemoryStream("text"u8.ToArray())); })!;

        Assert.Equal("/addsource published=2026-01-10", mapped.Text);
        Assert.Equal(("report.md", 4L, "text/markdown"), (mapped.Attachment!.FileName, mapped.Attachment.Size!.Value, mapped.Attachment.MediaType));
        Assert.Null(asked);
        await using var stream = await mapped.Attachment.OpenAsync(CancellationToken.None);
        Assert.Equal("f1", asked);
    }

    [Fact]
    public void A_reply_carries_the_replied_to_message_s_text_or_caption()
    {
        var chat = new global::Telegram.Bot.Types.Chat { Id = 5, Type = global::Telegram.Bot.Types.Enums.ChatType.Private };
        var message = new global::Telegram.Bot.Types.Message
        {
            Chat = chat,
            Text = "/addsource",
            ReplyToMessage = new global::Telegram.Bot.Types.Message { Chat = chat, Caption = "The base was handed over." },
        };

        var mapped = TelegramUpdateMapper.ToChatMessage(message, "news_test_bot")!;

        Assert.Equal("The base was handed over.", mapped.RepliedText);
        Assert.Null(mapped.Attachment);
    }
}
