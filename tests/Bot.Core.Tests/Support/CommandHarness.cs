using Bot.Core.Commands;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>Every real command over a knowledge base, registered as the host registers them, with the clock pinned: what a chat would get.</summary>
public sealed class CommandHarness : IDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="embeddings">Semantic retrieval for free questions; BM25 alone without it.</param>
    /// <param name="settings">Configuration the commands read (<c>Bot:Sources:...</c>); none without it.</param>
    /// <param name="services">Further registrations (an address policy, ...), made before the commands' own.</param>
    public CommandHarness(
        KnowledgeBase knowledge,
        DateTimeOffset now,
        Bot.Core.Questions.IPassageEmbeddings? embeddings = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        Knowledge = knowledge;
        Time = new FakeTimeProvider(now);
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .AddSingleton(knowledge)
            .AddSingleton<TimeProvider>(Time);
        if (embeddings is not null)
        {
            collection.AddSingleton(embeddings);
        }

        services?.Invoke(collection);
        _services = collection.AddCommandsInMemory().BuildServiceProvider();
        Dispatcher = _services.GetRequiredService<CommandDispatcher>();
    }

    /// <summary>The commands over the seeds and <paramref name="extra"/> reports, the clock at <paramref name="isoNow"/>.</summary>
    public static CommandHarness OnSeeds(string isoNow, params Source[] extra) => new(Seeds.Knowledge(extra), At(isoNow));

    /// <summary>The commands over <paramref name="sources"/> alone, without the seeds, the clock at <paramref name="isoNow"/>.</summary>
    public static CommandHarness OnReports(string isoNow, params Source[] sources) => new(Seeds.KnowledgeOf(sources), At(isoNow));

    /// <summary>The reply, as plain text, to one <paramref name="command"/> over <paramref name="sources"/> alone, the clock at <paramref name="isoNow"/>.</summary>
    public static async Task<string> ReplyOnReportsAsync(string isoNow, string command, params Source[] sources)
    {
        using var bot = OnReports(isoNow, sources);
        return await bot.TextAsync(command);
    }

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public KnowledgeBase Knowledge { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public CommandDispatcher Dispatcher { get; }

    public async Task<Bot.Core.Answers.Answer?> AnswerAsync(string text, bool isGroup = false)
    {
        var message = new Chat.ChatMessage(new Chat.ChatAddress(Chat.ChatPlatform.Console, "test"), new Chat.ChatSender("u1", "Tester"), text) { IsGroup = isGroup };
        return await Dispatcher.HandleAsync(message, Chat.LocalOperatorIsModerator.Instance, CancellationToken.None);
    }

    public async Task<string> TextAsync(string text) =>
        Bot.Core.Answers.PlainTextRenderer.Render(await AnswerAsync(text) ?? throw new InvalidOperationException($"No answer to {text}"));

    public void Dispose()
    {
        _services.Dispose();
        Knowledge.Dispose();
    }
}
