using System.Net;
using System.Numerics;
using Bot.Discord.Api;
using Bot.Discord.Interactions;
using Bot.Testing.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Discord.Tests;

/// <summary>The adapter (handler, registrar, sender) against the two seams alone: no wire format, no HTTP.</summary>
public sealed class AdapterTests
{
    private static readonly InteractionUser Reader = new("600", "reader", "A Reader");

    private readonly FakeDiscordApi _api = new();

    private static DiscordInteraction Command(string id, string name, string? argument = null, InteractionMember? member = null) =>
        new(id, $"token-{id}", DiscordInteractionKind.SlashCommand, Reader)
        {
            GuildId = "300",
            ChannelId = "400",
            Member = member ?? new InteractionMember(null, BigInteger.Zero, []),
            CommandName = name,
            TextOptions = argument is null ? [] : [new TextOption("text", argument, Focused: false)],
        };

    private ServiceProvider Services(string deferAfter = "00:00:02.900", string commandTimeout = "00:00:20")
    {
        var builder = TestHostBuilder.Create(new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = "adapter-test-token",
            ["Bot:Discord:ApplicationId"] = "100",
            ["Bot:Discord:DeferAfter"] = deferAfter,
            ["Bot:Commands:Timeout"] = commandTimeout,
            ["Bot:Discord:ModeratorRoleIds:0"] = "777",
        });
        builder.Services.AddTestCommands();
        builder.Services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section);
        builder.Services.AddSingleton<IDiscordApi>(_api);
        builder.Services.AddSingleton<DiscordInteractionHandler>();
        builder.Services.AddSingleton<DiscordCommandRegistrar>();
        builder.Services.AddSingleton<DiscordChatSender>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder.Services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_quick_answer_is_the_first_response_and_needs_nothing_after_it()
    {
        await using var services = Services();

        var reply = await services.GetRequiredService<DiscordInteractionHandler>().BeginAsync(Command("1", "echo", "hello"), CancellationToken.None);

        var first = Assert.IsType<FirstResponse.Message>(reply.First);
        Assert.Equal("Echo: hello", first.Content.Embeds![0].Title);
        Assert.Null(reply.Completion);
        Assert.Empty(_api.Calls);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_and_completed_by_editing_the_response()
    {
        await using var services = Services(deferAfter: "00:00:00.050");

        var reply = await services.GetRequiredService<DiscordInteractionHandler>().BeginAsync(Command("2", "slow"), CancellationToken.None);
        Assert.IsType<FirstResponse.Deferred>(reply.First);
        Assert.Empty(_api.Calls);

        services.GetServices<IChatCommand>().OfType<SlowCommand>().Single().Release();
        await reply.Completion!(CancellationToken.None);

        var (call, target, message) = Assert.Single(_api.Calls);
        Assert.Equal(("edit", "2"), (call, target));
        Assert.Equal("Slow answer", message!.Embeds![0].Title);
    }

    [Fact]
    public async Task A_slow_answer_meant_only_for_the_asker_removes_the_public_placeholder_and_follows_up_privately()
    {
        await using var services = Services(deferAfter: "00:00:00.050", commandTimeout: "00:00:00.300");

        var reply = await services.GetRequiredService<DiscordInteractionHandler>().BeginAsync(Command("5", "slow"), CancellationToken.None);
        Assert.IsType<FirstResponse.Deferred>(reply.First);
        await reply.Completion!(CancellationToken.None);

        Assert.Equal([("delete", "5"), ("follow-up", "5")], _api.Calls.Select(c => (c.Call, c.Target)));
        var followUp = _api.Calls.Last().Message!;
        Assert.True(followUp.Ephemeral);
        Assert.Contains("took too long", followUp.Content);
    }

    [Fact]
    public async Task What_does_not_fit_the_first_response_follows_up_in_order()
    {
        await using var services = Services();

        var reply = await services.GetRequiredService<DiscordInteractionHandler>().BeginAsync(Command("3", "long"), CancellationToken.None);
        await reply.Completion!(CancellationToken.None);

        Assert.NotEmpty(_api.Calls);
        Assert.All(_api.Calls, c => Assert.Equal(("follow-up", "3"), (c.Call, c.Target)));
        var first = Assert.IsType<FirstResponse.Message>(reply.First).Content;
        var fields = new[] { first }.Concat(_api.Calls.Select(c => c.Message!)).SelectMany(m => m.Embeds!).Sum(e => e.Fields?.Count ?? 0);
        Assert.Equal(30, fields);
    }

    [Theory]
    [InlineData(0, null, false)]
    [InlineData(32, null, true)]
    [InlineData(0, "777", true)]
    public async Task A_moderator_command_runs_for_manage_server_or_a_moderator_role_only(int permissions, string? role, bool allowed)
    {
        await using var services = Services();
        var member = new InteractionMember(null, new BigInteger(permissions), role is null ? [] : [role]);

        var reply = await services.GetRequiredService<DiscordInteractionHandler>().BeginAsync(Command("4", "purge", member: member), CancellationToken.None);

        var message = Assert.IsType<FirstResponse.Message>(reply.First).Content;
        if (allowed)
        {
            Assert.Equal("Purged", message.Embeds![0].Title);
        }
        else
        {
            Assert.StartsWith("Sorry, only this chat's moderators", message.Content);
            Assert.True(message.Ephemeral);
        }
    }

    [Fact]
    public async Task The_registrar_publishes_every_registry_command_with_moderator_commands_marked()
    {
        await using var services = Services();

        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(CancellationToken.None);

        var registry = services.GetRequiredService<CommandRegistry>();
        Assert.Equal(registry.Descriptors.Select(d => d.Name), _api.Commands!.Select(c => c.Name));
        Assert.True(_api.Commands!.Single(c => c.Name == "purge").ModeratorsOnly);
        Assert.False(_api.Commands!.Single(c => c.Name == "echo").ModeratorsOnly);
        Assert.Equal([new SlashCommandOption(SlashOptionKind.Text, "text", "What to repeat", Required: false) { MaxLength = new EchoCommand().Descriptor.Argument!.MaxLength }], _api.Commands!.Single(c => c.Name == "echo").Options);
        Assert.Null(_api.CommandsGuildId);
    }

    [Fact]
    public async Task The_chat_sender_posts_without_waiting_out_rate_limits()
    {
        await using var services = Services();

        var outcome = await services.GetRequiredService<DiscordChatSender>().SendAsync(new ChatAddress(ChatPlatform.Discord, "400"), Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Sent, outcome.Status);
        var (call, target, _) = Assert.Single(_api.Calls);
        Assert.Equal(("post", "400"), (call, target));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, DeliveryStatus.RateLimited, false)]
    [InlineData(HttpStatusCode.Forbidden, DeliveryStatus.ChatUnavailable, true)]
    [InlineData(HttpStatusCode.NotFound, DeliveryStatus.ChatUnavailable, true)]
    [InlineData(HttpStatusCode.BadRequest, DeliveryStatus.Rejected, false)]
    [InlineData(HttpStatusCode.BadGateway, DeliveryStatus.TransientFailure, false)]
    [InlineData(HttpStatusCode.Unauthorized, DeliveryStatus.TransientFailure, false)]
    public async Task The_chat_sender_turns_each_refusal_into_its_delivery_outcome(HttpStatusCode status, DeliveryStatus expected, bool markedInactive)
    {
        await using var services = Services();
        _api.RefuseChannelPosts = new DiscordApiException("POST /channels/{channel_id}/messages", status, 10003, "Refused", TimeSpan.FromSeconds(2));
        var chat = new ChatAddress(ChatPlatform.Discord, "400");

        var outcome = await services.GetRequiredService<DiscordChatSender>().SendAsync(chat, Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(markedInactive, ((InMemoryChatSettingsStore)services.GetRequiredService<IChatDirectory>()).Inactive.ContainsKey(chat));
    }
}
