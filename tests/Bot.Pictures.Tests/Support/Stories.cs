using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Commands.Catalog;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Pictures.Tests.Support;

/// <summary>The pictures the tests draw: the seed's, as the real commands ask for them, and invented stories of any size.</summary>
public static class Stories
{
    public static readonly DateOnly SeedToday = new(2026, 1, 1);

    /// <summary>The picture /timeline (or /phases) asks for on the repository's seeds/, with the clock at <paramref name="today"/>.</summary>
    public static async Task<TimelinePicture> SeedPictureAsync(string command = "/timeline", DateOnly? today = null)
    {
        using var knowledge = Seeds.Knowledge();
        var clock = new StoryClock(new FakeTimeProvider(new DateTimeOffset((today ?? SeedToday).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)));
        IChatCommand chatCommand = command == "/phases" ? new PhasesCommand(knowledge, clock) : new TimelineCommand(knowledge, clock);
        var answer = await chatCommand.ExecuteAsync(new CommandRequest(new ChatMessage(new ChatAddress(ChatPlatform.Console, "test"), new ChatSender("u", "U"), command), ""), CancellationToken.None);
        return answer.Picture ?? throw new InvalidOperationException($"{command} on the seed drew no picture");
    }

    public static TimelinePicture Empty(DateOnly today) =>
        new("empty", "Timeline", today, [], []) { Footer = "From 0 sources", AltText = "Nothing dated yet" };
}
