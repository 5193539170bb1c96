using Bot.Core.Commands;
using Bot.Host.Knowledge;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Reminders;

/// <summary>Says yes or no to every moderator question, as a transport's check would for a given sender.</summary>
public sealed class FixedModeratorCheck(bool answer) : IModeratorCheck
{
    public ValueTask<bool> IsModeratorAsync(ChatMessage message, CancellationToken cancellationToken) => ValueTask.FromResult(answer);
}

/// <summary>The real storage, knowledge (the repository's seeds) and commands on an empty host, with a fake clock.</summary>
public sealed class CommandsOnSqlite : IDisposable
{
    private readonly IHost _host;

    public CommandsOnSqlite(string dataDirectory, DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        var builder = TestHostBuilder.OnDataFolder(dataDirectory);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.AddFeatures();
        _host = builder.Build();
        _host.Services.GetRequiredService<SeedLoader>().LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _host.Services;

    public async Task<Answer> SendAsync(ChatAddress chat, string text, bool isGroup = true, bool moderator = true)
    {
        var message = new ChatMessage(chat, new ChatSender("42", "Tester"), text) { IsGroup = isGroup };
        return await Services.GetRequiredService<CommandDispatcher>().HandleAsync(message, new FixedModeratorCheck(moderator), CancellationToken.None)
            ?? throw new InvalidOperationException($"No answer to {text}");
    }

    public void Dispose() => _host.Dispose();
}
