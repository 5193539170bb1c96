using Bot.Core.Commands;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>The repository's seeds/ folder, read the way the bot reads it.</summary>
public static class Seeds
{
    /// <summary>The folder holding Bot.sln.</summary>
    public static string RepositoryFolder => RepositoryPaths.Root;

    public static string Folder => RepositoryPaths.Seeds;

    public static IReadOnlyList<Source> Read() =>
        [.. SourceReader.ReadFolder(Folder).Select(f => f.Source ?? throw new InvalidOperationException($"{f.Path}: {f.Error?.Message}"))];

    public static KnowledgeBase Knowledge(params Source[] extra)
    {
        var knowledge = new KnowledgeBase();
        knowledge.Load([.. Read(), .. extra]);
        return knowledge;
    }
}

/// <summary>Every real command over a knowledge base, registered as the host registers them, with the clock pinned: what a chat would get.</summary>
public sealed class CommandHarness : IDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="embeddings">Semantic retrieval for free questions; BM25 alone without it.</param>
    public CommandHarness(KnowledgeBase knowledge, DateTimeOffset now, Bot.Core.Questions.IPassageEmbeddings? embeddings = null)
    {
        Knowledge = knowledge;
        Time = new FakeTimeProvider(now);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(knowledge)
            .AddSingleton<TimeProvider>(Time)
            .AddCommandsInMemory();
        if (embeddings is not null)
        {
            services.AddSingleton(embeddings);
        }

        _services = services.BuildServiceProvider();
        Dispatcher = _services.GetRequiredService<CommandDispatcher>();
    }

    public static CommandHarness OnSeeds(string isoNow) => new(Seeds.Knowledge(), DateTimeOffset.Parse(isoNow, System.Globalization.CultureInfo.InvariantCulture));

    public KnowledgeBase Knowledge { get; }

    public FakeTimeProvider Time { get; }

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
