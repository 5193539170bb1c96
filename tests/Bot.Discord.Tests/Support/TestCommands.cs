using Bot.Testing.Commands;

namespace Bot.Discord.Tests.Support;

public static class TestCommandRegistration
{
    /// <summary>The core's commands and dispatcher, the test commands below, fixed topic suggestions and the in-memory stores (whose chat settings are the chat directory).</summary>
    public static IServiceCollection AddTestCommands(this IServiceCollection services)
    {
        services.AddCommandsInMemory();
        services.AddSingleton<IChatCommand, EchoCommand>();
        services.AddSingleton<IChatCommand, SlowCommand>();
        services.AddSingleton<IChatCommand, TopicCommand>();
        services.AddSingleton<IChatCommand>(new ModeratorsOnlyCommand("purge", "Remove every source (moderators)", "Purged"));
        services.AddSingleton<IChatCommand, LongCommand>();
        services.AddSingleton<IChatCommand, ChartCommand>();
        services.AddSingleton<ISuggestionProvider, FakeTopicSuggestions>();
        return services;
    }
}

/// <summary>"/echo text": answers at once with a quoted, dated source, so embeds have every part.</summary>
public sealed class EchoCommand : IChatCommand
{
    public static readonly SourceReference Source = new("s1", "News report", new DateOnly(2025, 12, 31), "seed", "https://example.org/report");

    public CommandDescriptor Descriptor { get; } = new("echo", "Repeat the text back", new CommandArgument("text", "What to repeat", Required: false));

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Answer($"Echo: {request.Argument}", [new AnswerItem($"You said {request.Argument}", new Quote("The base will be handed over.", Source))])
        {
            Buttons = [new AnswerButton("Again", "/echo again")],
        });
}

/// <summary>"/slow": answers only when the test releases it (or after a bound), to force a deferred response.</summary>
public sealed class SlowCommand : IChatCommand
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CommandDescriptor Descriptor { get; } = new("slow", "Take a while to answer");

    public void Release() => _release.TrySetResult();

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        await _release.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        return new Answer("Slow answer", [new AnswerItem("It took a while")]);
    }
}

/// <summary>Topics for autocomplete: a fixed list, filtered by what was typed.</summary>
public sealed class FakeTopicSuggestions : ISuggestionProvider
{
    public static readonly string[] Topics = [.. Enumerable.Range(1, 40).Select(i => $"base-{i:00}"), "ain-al-asad", "erbil"];

    public IReadOnlyList<Suggestion> Suggest(ArgumentSuggestions kind, string typed, int limit) =>
        [.. Topics.Where(t => t.Contains(typed, StringComparison.OrdinalIgnoreCase)).Take(limit).Select(t => new Suggestion(t.Replace('-', ' '), t))];
}

/// <summary>"/long": more quotes than one Discord message can hold.</summary>
public sealed class LongCommand : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("long", "Answer at great length");

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Answer("A long answer", [.. Enumerable.Range(1, 30).Select(i =>
            new AnswerItem($"Point {i}", new Quote($"Sentence {i} " + new string('x', 900), EchoCommand.Source with { SourceId = $"s{i}", Title = $"Report {i}" })))]));
}

/// <summary>"/chart": a short answer with a chart, as /timeline gives.</summary>
public sealed class ChartCommand : IChatCommand
{
    public static TimelinePicture Picture { get; } = Fakes.Stories.InventedStory.Picture(8, 2, new DateOnly(2026, 1, 1));

    public CommandDescriptor Descriptor { get; } = new("chart", "An answer with a picture");

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Answer("Timeline", [new AnswerItem("One event")]) { Picture = Picture });
}
