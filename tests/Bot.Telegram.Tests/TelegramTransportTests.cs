using System.Text;
using System.Text.Json.Nodes;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Tests;

/// <summary>The transport end to end: the real Telegram.Bot client against the fake Bot API, with real commands and SQLite.</summary>
public sealed class TelegramTransportTests : FakeTelegramTests
{
    [Fact]
    public async Task A_command_in_a_private_chat_is_answered_in_HTML_as_a_reply_to_it()
    {
        var update = Fake.EnqueueMessage(chatId: 42, "/help");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var reply = (await Fake.WaitForAsync("sendMessage", 1, Wait)).Single();
        Assert.Equal(42, reply.ChatId);
        Assert.Equal("html", reply.Body["parse_mode"]?.GetValue<string>().ToLowerInvariant());
        Assert.Equal(FakeTelegramBotApi.MessageIdOf(update), reply.Body["reply_parameters"]?["message_id"]?.GetValue<int>());
        Assert.StartsWith("<b>Commands</b>", reply.Text);
        Assert.Contains("/quote", reply.Text);
    }

    [Fact]
    public async Task A_command_addressed_to_the_bot_by_name_in_a_group_is_answered()
    {
        Fake.EnqueueMessage(chatId: -100123, $"/topic@{Fake.BotUsername} ain-al-asad", chatType: "supergroup", fromId: 7);
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var reply = (await Fake.WaitForAsync("sendMessage", 1, Wait)).Single();
        Assert.Equal(-100123, reply.ChatId);
        Assert.Equal("<b>Topic ain-al-asad</b>", reply.Text);
    }

    [Fact]
    public async Task A_command_addressed_to_another_bot_is_ignored()
    {
        Fake.EnqueueMessage(chatId: -100123, "/topic@other_bot first", chatType: "supergroup", fromId: 7);
        Fake.EnqueueMessage(chatId: -100123, "just chatting in the group", chatType: "supergroup", fromId: 7);
        Fake.EnqueueMessage(chatId: -100123, "/topic second", chatType: "supergroup", fromId: 7);
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        await Fake.WaitForAsync("sendMessage", 1, Wait);
        await WaitForIdlePollAsync();
        Assert.Equal(["<b>Topic second</b>"], Fake.SentMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task Text_from_sources_and_users_is_HTML_escaped()
    {
        Fake.EnqueueMessage(chatId: 42, "/quote");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var text = (await Fake.WaitForAsync("sendMessage", 1, Wait)).Single().Text!;
        Assert.Contains("<b>Quotes &lt;from&gt; sources &amp; more</b>", text);
        Assert.Contains("An item with &lt;b&gt;&amp;", text);
        Assert.Contains("<blockquote>“He said \"&lt;b&gt;&amp; x &gt; y\" today.”", text);
        Assert.Contains("Wire &lt;i&gt;report&lt;/i&gt; &amp; co, 31 Dec 2025", text);
        Assert.Contains("href=\"https://example.org/a?b=1&amp;c=2\"", text);
        Assert.Contains("A note with &lt;script&gt; &amp; friends", text);
        var withoutOurTags = new[] { "<b>", "</b>", "<i>", "</i>", "<blockquote>", "</blockquote>", "</a>" }
            .Aggregate(text, (t, tag) => t.Replace(tag, "", StringComparison.Ordinal));
        withoutOurTags = System.Text.RegularExpressions.Regex.Replace(withoutOurTags, "<a href=\"[^\"]*\">", "");
        Assert.DoesNotContain("<", withoutOurTags);
        Assert.DoesNotContain(">", withoutOurTags);
    }

    [Fact]
    public async Task A_long_answer_is_split_between_paragraphs_into_messages_under_4096_characters()
    {
        var update = Fake.EnqueueMessage(chatId: 42, "/long");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        await Fake.WaitForAsync("sendMessage", 2, Wait);
        await WaitForIdlePollAsync();
        var parts = Fake.SentMessages.Select(m => m.Text!).ToList();
        Assert.True(parts.Count >= 3, $"expected the answer in several messages, got {parts.Count}");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 4096));
        Assert.All(parts, p => Assert.Equal(Count(p, "<blockquote>"), Count(p, "</blockquote>")));
        Assert.NotNull(Fake.SentMessages[0].Body["reply_parameters"]);
        Assert.All(Fake.SentMessages.Skip(1), m => Assert.Null(m.Body["reply_parameters"]));
        Assert.Equal(FakeTelegramBotApi.MessageIdOf(update), Fake.SentMessages[0].Body["reply_parameters"]!["message_id"]!.GetValue<int>());

        var all = string.Join("\n\n", parts);
        var positions = Enumerable.Range(1, LongCommand.Items)
            .Select(i => all.IndexOf("• " + TelegramHtmlRenderer.Escape(LongCommand.ItemText(i)), StringComparison.Ordinal))
            .ToList();
        Assert.All(positions, p => Assert.True(p >= 0, "every item arrives whole"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Buttons_become_an_inline_keyboard_and_pressing_one_runs_its_command()
    {
        Fake.EnqueueMessage(chatId: 42, "/pick");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var menu = (await Fake.WaitForAsync("sendMessage", 1, Wait)).Single();
        var buttons = menu.Body["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).ToList();
        Assert.Equal(["Ain al-Asad", "A long one"], buttons.Select(b => b!["text"]!.GetValue<string>()));
        var data = buttons.Select(b => b!["callback_data"]!.GetValue<string>()).ToList();
        Assert.Equal("/topic ain-al-asad", data[0]);
        Assert.InRange(Encoding.UTF8.GetByteCount(data[1]), 1, 64);

        Fake.EnqueueCallback(chatId: 42, fromId: 42, data[0]);
        Fake.EnqueueCallback(chatId: 42, fromId: 42, data[1]);
        var answered = await Fake.WaitForAsync("answerCallbackQuery", 2, Wait);
        var replies = await Fake.WaitForAsync("sendMessage", 3, Wait);

        Assert.All(answered, a => Assert.StartsWith("cb", a.Body["callback_query_id"]!.GetValue<string>()));
        Assert.Equal("<b>Topic ain-al-asad</b>", replies[1].Text);
        Assert.Equal($"<b>Topic {PickCommand.LongTopic}</b>", replies[2].Text);
        Assert.All(replies.Skip(1), r => Assert.Equal(42, r.ChatId));
    }

    [Fact]
    public async Task A_button_from_before_a_restart_with_a_hashed_command_answers_that_it_expired()
    {
        Fake.EnqueueCallback(chatId: 42, fromId: 42, "#unknownhashid");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var answered = (await Fake.WaitForAsync("answerCallbackQuery", 1, Wait)).Single();
        Assert.Contains("expired", answered.Body["text"]!.GetValue<string>());
        await WaitForIdlePollAsync();
        Assert.Empty(Fake.SentMessages);
    }

    [Fact]
    public async Task At_start_the_command_menu_is_published_from_the_registry_and_any_webhook_removed()
    {
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var menu = (await Fake.WaitForAsync("setMyCommands", 1, Wait)).Single();
        await Fake.WaitForAsync("deleteWebhook", 1, Wait);
        var commands = menu.Body["commands"]!.AsArray().Select(c => (c!["command"]!.GetValue<string>(), c["description"]!.GetValue<string>())).ToList();
        Assert.Equal(["help", "quote", "long", "pick", "topic", "secret", "echofile", "step", "chart"], commands.Select(c => c.Item1));
        Assert.Contains(("help", "List the commands and what they do"), commands);
        Assert.Contains(("secret", "Moderators only (moderators)"), commands);
    }

    [Fact]
    public async Task Unknown_update_kinds_text_less_and_oversized_messages_never_stop_the_bot()
    {
        Fake.Enqueue(_ => new JsonObject { ["poll"] = new JsonObject { ["id"] = "p1", ["question"] = "?", ["options"] = new JsonArray(), ["total_voter_count"] = 0, ["is_closed"] = false, ["is_anonymous"] = true, ["type"] = "regular", ["allows_multiple_answers"] = false } });
        Fake.Enqueue(_ => new JsonObject { ["edited_message"] = new JsonObject { ["message_id"] = 5, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = 42, ["type"] = "private" }, ["text"] = "/help" } });
        Fake.Enqueue(_ => new JsonObject { ["message"] = new JsonObject { ["message_id"] = 6, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = 42, ["type"] = "private" }, ["sticker"] = new JsonObject() } });
        Fake.Enqueue(_ => new JsonObject { ["some_future_kind"] = new JsonObject { ["x"] = 1 } });
        Fake.EnqueueMessage(chatId: 42, "/topic " + new string('é', 5000));
        Fake.EnqueueMessage(chatId: 42, "/topic after");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var replies = await Fake.WaitForAsync("sendMessage", 2, Wait);
        Assert.Contains("too long", replies[0].Text);
        Assert.Equal("<b>Topic after</b>", replies[1].Text);
    }

    [Fact]
    public async Task Only_moderators_may_run_a_moderator_command_in_a_group()
    {
        Fake.SetChatMember(-100500, 8, "administrator");
        Fake.EnqueueMessage(chatId: -100500, "/secret", chatType: "supergroup", fromId: 7);
        Fake.EnqueueMessage(chatId: -100500, "/secret", chatType: "supergroup", fromId: 8);
        Fake.EnqueueMessage(chatId: 9, "/secret", chatType: "private", fromId: 9);
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var replies = await Fake.WaitForAsync("sendMessage", 3, Wait);
        Assert.Contains("only this chat's moderators", replies[0].Text);
        Assert.Equal("<b>Moderator area</b>", replies[1].Text);
        Assert.Equal("<b>Moderator area</b>", replies[2].Text);
    }

    [Fact]
    public async Task The_permission_matrix_creator_administrator_configured_id_yes_member_no()
    {
        Fake.SetChatMember(-100600, 1, "creator");
        Fake.SetChatMember(-100600, 2, "administrator");
        Fake.SetChatMember(-100600, 3, "member");
        Fake.EnqueueMessage(chatId: -100600, "/secret", chatType: "supergroup", fromId: 1);
        Fake.EnqueueMessage(chatId: -100600, "/secret", chatType: "supergroup", fromId: 2);
        Fake.EnqueueMessage(chatId: -100600, "/secret", chatType: "supergroup", fromId: 3);
        Fake.EnqueueMessage(chatId: -100600, "/secret", chatType: "supergroup", fromId: 4);
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, new Dictionary<string, string?> { ["Bot:Telegram:Moderators:0"] = "4" });

        var replies = await Fake.WaitForAsync("sendMessage", 4, Wait);
        Assert.Equal(
            ["<b>Moderator area</b>", "<b>Moderator area</b>", "only this chat's moderators", "<b>Moderator area</b>"],
            replies.Select(r => r.Text!.Contains("only this chat's moderators", StringComparison.Ordinal) ? "only this chat's moderators" : r.Text));
        // The configured id needs no call to Telegram.
        Assert.DoesNotContain(Fake.Requests("getChatMember"), r => r.Body["user_id"]?.ToString() == "4");
    }

    [Fact]
    public async Task A_document_with_a_command_caption_reaches_the_command_as_an_attachment_downloaded_on_demand()
    {
        Fake.EnqueueDocument(chatId: 5, "/echofile", "notes.md", Encoding.UTF8.GetBytes("# Notes\nThe base was handed over."), mimeType: "text/markdown");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var reply = Assert.Single(await Fake.WaitForAsync("sendMessage", 1, Wait));
        Assert.Equal("<b>File notes.md (33 bytes, text/markdown): # Notes\nThe base was handed over.</b>", reply.Text);
        Assert.Single(Fake.Requests("getFile"));
        Assert.Single(Fake.Requests("file"));
    }

    [Fact]
    public async Task A_document_sent_to_a_command_that_does_not_open_it_is_never_downloaded()
    {
        Fake.EnqueueDocument(chatId: 5, "/secret", "notes.md", Encoding.UTF8.GetBytes("text"));
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        await Fake.WaitForAsync("sendMessage", 1, Wait);
        Assert.Empty(Fake.Requests("getFile"));
    }

    [Fact]
    public async Task A_command_sent_as_a_reply_carries_the_replied_to_text()
    {
        Fake.EnqueueReply(chatId: 5, "/echofile", "The base was handed over on Saturday.");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var reply = Assert.Single(await Fake.WaitForAsync("sendMessage", 1, Wait));
        Assert.Equal("<b>Replied to: The base was handed over on Saturday.</b>", reply.Text);
    }

    /// <summary>Waits until the poller has asked for updates after everything queued was confirmed: it has nothing left in hand.</summary>
    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
