namespace Bot.Core.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("/status ain-al-asad", "status", "ain-al-asad")]
    [InlineData("  /STATUS   Ain al Asad  ", "status", "Ain al Asad")]
    [InlineData("/phases", "phases", "")]
    [InlineData("/ask when is the\nwithdrawal?", "ask", "when is the\nwithdrawal?")]
    public void A_slash_command_yields_its_lowercased_name_and_trimmed_argument(string text, string name, string argument)
    {
        var parsed = Assert.IsType<ParsedText.Command>(CommandParser.Parse(text, isGroup: true));
        Assert.Equal(name, parsed.Name);
        Assert.Equal(argument, parsed.Argument);
    }

    [Theory]
    [InlineData("When will the base be handed over?", true)]
    [InlineData("when will the base be handed over", false)]
    public void A_question_mark_or_a_private_chat_makes_a_question(string text, bool isGroup)
    {
        var parsed = Assert.IsType<ParsedText.Question>(CommandParser.Parse(text, isGroup));
        Assert.Equal(text, parsed.Text);
    }

    [Theory]
    [InlineData("nice weather today")]
    [InlineData("   ")]
    [InlineData("\u0007\u0000")]
    public void Group_chatter_and_blank_text_are_ignored(string text) =>
        Assert.IsType<ParsedText.Ignored>(CommandParser.Parse(text, isGroup: true));

    [Fact]
    public void A_huge_message_is_rejected_with_its_size()
    {
        var rejected = Assert.IsType<ParsedText.Rejected>(CommandParser.Parse(new string('x', 100_000) + "?", isGroup: false));
        Assert.Contains("too long", rejected.Reason);
        Assert.Contains("100,001", rejected.Reason);
    }

    [Theory]
    [InlineData("/🚀 now")]
    [InlineData("/")]
    [InlineData("/status<script>")]
    public void A_malformed_command_name_is_rejected_with_a_hint(string text)
    {
        var rejected = Assert.IsType<ParsedText.Rejected>(CommandParser.Parse(text, isGroup: false));
        Assert.Contains("/help", rejected.Reason);
    }

    [Fact]
    public void Control_characters_are_dropped_but_line_breaks_kept()
    {
        var parsed = Assert.IsType<ParsedText.Command>(CommandParser.Parse("/ask a\u0000b\r\nc\u200Bd?", isGroup: false));
        Assert.Equal("ab\n\ncd?", parsed.Argument);
    }
}
