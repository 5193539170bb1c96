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
}
