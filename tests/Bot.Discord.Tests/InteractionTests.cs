using System.Text.Json;

namespace Bot.Discord.Tests;

public sealed class InteractionTests
{
    [Fact]
    public async Task Commands_are_registered_after_ready_by_bulk_overwrite_generated_from_the_registry()
    {
        await using var bot = await ConnectedBot.StartAsync();

        var put = await bot.Fake.WaitForRequestAsync(r => r.Method == "PUT");

        Assert.Equal($"/applications/{FakeDiscordServer.ApplicationId}/commands", put.Path);
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var registry = bot.Host.Get<CommandRegistry>();
        Assert.Equal(registry.Descriptors.Select(d => d.Name), commands.Keys);
        Assert.Contains("echo", commands.Keys);

        var status = commands["status"].GetProperty("options")[0];
        Assert.Equal("topic", status.GetProperty("name").GetString());
        Assert.False(status.GetProperty("required").GetBoolean());
        Assert.True(status.GetProperty("autocomplete").GetBoolean());
        Assert.All(commands.Values, c => Assert.Equal(1, c.GetProperty("type").GetInt32()));

        var help = commands["help"];
        Assert.Equal("List the commands and what they do", help.GetProperty("description").GetString());
        Assert.False(help.TryGetProperty("options", out _));
        Assert.Equal(JsonValueKind.Null, help.GetProperty("default_member_permissions").ValueKind);

        var echo = commands["echo"].GetProperty("options")[0];
        Assert.Equal(3, echo.GetProperty("type").GetInt32());
        Assert.Equal("text", echo.GetProperty("name").GetString());
        Assert.False(echo.GetProperty("required").GetBoolean());
        Assert.False(echo.TryGetProperty("autocomplete", out _));

        var topic = commands["topic"].GetProperty("options")[0];
        Assert.True(topic.GetProperty("required").GetBoolean());
        Assert.True(topic.GetProperty("autocomplete").GetBoolean());
        Assert.Equal(80, topic.GetProperty("max_length").GetInt32());

        Assert.Equal("32", commands["purge"].GetProperty("default_member_permissions").GetString());

        // A command that reads files gets an optional ATTACHMENT option after its text option.
        var addSource = commands["addsource"].GetProperty("options");
        Assert.Equal([(3, "source", false), (11, "file", false)], addSource.EnumerateArray().Select(o => (o.GetProperty("type").GetInt32(), o.GetProperty("name").GetString(), o.GetProperty("required").GetBoolean())));
        Assert.False(addSource[1].TryGetProperty("max_length", out _));
        Assert.Equal("32", commands["addsource"].GetProperty("default_member_permissions").GetString());
    }

    [Fact]
    public async Task An_attachment_option_is_downloaded_and_added_as_a_source_by_a_moderator()
    {
        await using var bot = await ConnectedBot.StartAsync();
        const string text = "# Handover complete, 2026-01-10\n\nThe coalition handed the base over to Iraqi forces on Saturday.";
        bot.Fake.Script("GET", "/attachments/900/handover.md", new ScriptedResponse(200, text));

        await bot.Connection.SendDispatchAsync("INTERACTION_CREATE", DiscordPayloads.CommandWithAttachment("720", "addsource", "handover.md", new Uri(bot.Fake.BaseAddress, "/attachments/900/handover.md?ex=1&hm=sig").AbsoluteUri, text.Length));

        var data = await bot.AnswerToAsync("720");
        // Markdown-escaped in the embed: "[" becomes "\\[".
        Assert.StartsWith(@"Added source \[", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Contains("Handover complete, 2026-01-10 (handover.md, 10 January 2026)", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Contains(bot.Host.Get<Bot.Core.Knowledge.KnowledgeBase>().Current.Sources, s => s.Title == "Handover complete, 2026-01-10");
    }

    [Fact]
    public async Task An_attachment_sent_by_someone_who_is_not_a_moderator_is_refused_without_downloading_it()
    {
        await using var bot = await ConnectedBot.StartAsync();

        var data = (await bot.CallbackToAsync("721", DiscordPayloads.CommandWithAttachment("721", "addsource", "handover.md", new Uri(bot.Fake.BaseAddress, "/attachments/900/handover.md").AbsoluteUri, 10, permissions: "0"))).Json.GetProperty("data");
        Assert.StartsWith("Sorry, only this chat's moderators may use /addsource.", data.GetProperty("content").GetString());
        Assert.DoesNotContain(bot.Fake.Requests, r => r.Path.StartsWith("/attachments/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_guild_id_commands_are_registered_in_that_guild()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake, new() { ["Bot:Discord:GuildId"] = DiscordPayloads.GuildId });
        await fake.AcceptAndIdentifyAsync();

        var put = await fake.WaitForRequestAsync(r => r.Method == "PUT");

        Assert.Equal($"/applications/{FakeDiscordServer.ApplicationId}/guilds/{DiscordPayloads.GuildId}/commands", put.Path);
    }

    [Fact]
    public async Task A_slash_command_is_answered_through_the_callback_endpoint_with_an_embed()
    {
        await using var bot = await ConnectedBot.StartAsync();

        var callback = await bot.CallbackToAsync("701", DiscordPayloads.Command("701", "echo", "hello *world*"));
        Assert.Equal("POST", callback.Method);
        Assert.Equal($"Bot {DiscordTestHost.Token}", callback.Header("Authorization"));
        Assert.StartsWith("DiscordBot (https://", callback.Header("User-Agent"));
        var body = callback.Json;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        Assert.False(data.TryGetProperty("flags", out _));
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = data.GetProperty("embeds")[0];
        Assert.Equal(@"Echo: hello \*world\*", embed.GetProperty("title").GetString());
        Assert.Contains(@"You said hello \*world\*", embed.GetProperty("description").GetString());
        var field = embed.GetProperty("fields")[0];
        Assert.Equal("News report, 31 Dec 2025", field.GetProperty("name").GetString());
        Assert.Contains("The base will be handed over.", field.GetProperty("value").GetString());
        Assert.Contains("https://example.org/report", field.GetProperty("value").GetString());
        Assert.Equal("Source date: 31 Dec 2025", embed.GetProperty("footer").GetProperty("text").GetString());
        var button = data.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal("/echo again", button.GetProperty("custom_id").GetString());
        Assert.Equal("Again", button.GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_and_then_edited_into_the_original_response()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake, new() { ["Bot:Discord:DeferAfter"] = "00:00:00.100" });
        var (connection, _) = await fake.AcceptAndIdentifyAsync();

        await connection.SendDispatchAsync("INTERACTION_CREATE", DiscordPayloads.Command("702", "slow"));

        var deferred = await fake.WaitForRequestAsync(r => r.Path == DiscordPayloads.CallbackPath("702"));
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.DoesNotContain(fake.Requests, r => r.Method == "PATCH");

        host.Slow.Release();

        var edit = await fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == DiscordPayloads.WebhookPath("702") + "/messages/@original");
        Assert.Equal("Slow answer", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.False(edit.Json.TryGetProperty("flags", out _));
        Assert.DoesNotContain(fake.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task A_slow_command_ending_in_a_private_problem_replaces_the_public_placeholder_with_a_private_follow_up()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        // Deferred after 0.1 s, timed out after 0.6 s: "took too long" is meant for the asker only.
        await using var host = await DiscordTestHost.StartAsync(fake, new() { ["Bot:Discord:DeferAfter"] = "00:00:00.100", ["Bot:Commands:Timeout"] = "00:00:00.600" });
        var (connection, _) = await fake.AcceptAndIdentifyAsync();

        await connection.SendDispatchAsync("INTERACTION_CREATE", DiscordPayloads.Command("710", "slow"));

        var deferred = await fake.WaitForRequestAsync(r => r.Path == DiscordPayloads.CallbackPath("710"));
        var followUp = await fake.WaitForRequestAsync(r => r.Method == "POST" && r.Path == DiscordPayloads.WebhookPath("710"));
        PrivateAnswerFollowsThePublicDeferral(fake, deferred.Json, followUp, DiscordPayloads.WebhookPath("710"));
    }

    /// <summary>
    /// The deferral was public (no flags), so the placeholder is deleted before the answer follows with the ephemeral
    /// flag; nothing is an edit, which would have shown the private answer to the channel.
    /// </summary>
    internal static void PrivateAnswerFollowsThePublicDeferral(FakeDiscordServer fake, JsonElement deferral, RecordedRequest followUp, string webhookPath)
    {
        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        Assert.False(deferral.TryGetProperty("data", out _));
        Assert.Equal(64, followUp.Json.GetProperty("flags").GetInt32());
        Assert.Contains("took too long", followUp.Json.GetProperty("content").GetString());
        var requests = fake.Requests.ToList();
        var delete = requests.FindIndex(r => r.Method == "DELETE" && r.Path == webhookPath + "/messages/@original");
        Assert.InRange(delete, 0, requests.IndexOf(followUp) - 1);
        Assert.DoesNotContain(requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task An_answer_too_long_for_one_message_continues_in_follow_ups()
    {
        await using var bot = await ConnectedBot.StartAsync();

        var first = await bot.CallbackToAsync("703", DiscordPayloads.Command("703", "long"));
        var followUp = await bot.FollowUpToAsync("703");
        var fields = first.Json.GetProperty("data").GetProperty("embeds").EnumerateArray()
            .Concat(followUp.Json.GetProperty("embeds").EnumerateArray())
            .Sum(e => e.TryGetProperty("fields", out var f) ? f.GetArrayLength() : 0);
        Assert.True(fields >= 6);
    }

    [Theory]
    [InlineData("base", 25, "base-01")]
    [InlineData("asad", 1, "ain-al-asad")]
    [InlineData("nothing-like-this", 0, null)]
    public async Task Autocomplete_offers_at_most_25_matching_topics(string typed, int expected, string? firstValue)
    {
        await using var bot = await ConnectedBot.StartAsync();

        var callback = await bot.CallbackToAsync("704", DiscordPayloads.Autocomplete("704", "topic", typed));
        Assert.Equal(8, callback.Json.GetProperty("type").GetInt32());
        var choices = callback.Json.GetProperty("data").GetProperty("choices");
        Assert.Equal(expected, choices.GetArrayLength());
        if (firstValue is not null)
        {
            Assert.Equal(firstValue, choices[0].GetProperty("value").GetString());
        }
    }

    [Fact]
    public async Task Pressing_a_button_runs_its_command()
    {
        await using var bot = await ConnectedBot.StartAsync();

        var callback = await bot.CallbackToAsync("705", DiscordPayloads.Button("705", "/echo again"));
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal("Echo: again", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("0", null, true, false)]
    [InlineData("32", null, true, true)]
    [InlineData("8", null, true, true)]
    [InlineData("0", "777", true, true)]
    [InlineData("0", "778", true, false)]
    [InlineData("32", null, false, true)]
    [InlineData("0", null, false, true)]
    public async Task Moderator_commands_need_manage_server_administrator_or_a_moderator_role_and_a_DM_user_moderates_their_DM(string permissions, string? role, bool inGuild, bool allowed)
    {
        await using var bot = await ConnectedBot.StartAsync();

        var data = (await bot.CallbackToAsync("706", DiscordPayloads.Command("706", "purge", null, permissions, role is null ? null : [role], inGuild))).Json.GetProperty("data");
        if (allowed)
        {
            Assert.Equal("Purged", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        }
        else
        {
            Assert.StartsWith("Sorry, only this chat's moderators", data.GetProperty("content").GetString());
            Assert.Equal(64, data.GetProperty("flags").GetInt32());
        }
    }
}
