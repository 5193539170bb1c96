using Bot.Core.Commands;
using Bot.Core.Commands.Catalog;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>The repository's seeds/ folder, read the way the bot reads it.</summary>
public static class Seeds
{
    /// <summary>The folder holding Bot.sln, found above the running binaries.</summary>
    public static string RepositoryFolder { get; } = RepositoryRoot();

    public static string Folder { get; } = Path.Combine(RepositoryFolder, "seeds");

    public static IReadOnlyList<Source> Read() =>
        [.. SourceReader.ReadFolder(Folder).Select(f => f.Source ?? throw new InvalidOperationException($"{f.Path}: {f.Error?.Message}"))];

    public static KnowledgeBase Knowledge(params Source[] extra)
    {
        var knowledge = new KnowledgeBase();
        knowledge.Load([.. Read(), .. extra]);
        return knowledge;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above the test binaries.");
    }
}

/// <summary>Every real command over a knowledge base, with the clock pinned: what a chat would get.</summary>
public sealed class CommandHarness : IDisposable
{
    public CommandHarness(KnowledgeBase knowledge, DateTimeOffset now)
    {
        Knowledge = knowledge;
        Time = new FakeTimeProvider(now);
        var clock = new StoryClock(Time);
        CommandRegistry? registry = null;
        var lazy = new Lazy<CommandRegistry>(() => registry!);
        registry = new CommandRegistry(
        [
            new StartCommand(knowledge),
            new HelpCommand(lazy),
            new StatusCommand(knowledge, clock),
            new PhasesCommand(knowledge, clock),
            new TimelineCommand(knowledge, clock),
            new NextCommand(knowledge, clock),
            new AskCommand(knowledge),
            new TopicsCommand(knowledge),
            new SourcesCommand(knowledge),
        ]);
        Dispatcher = new CommandDispatcher(registry, [knowledge], Options.Create(new CommandOptions()), NullLogger<CommandDispatcher>.Instance);
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

    public void Dispose() => Knowledge.Dispose();
}
