using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Bot.Testing;

namespace Bot.Benchmarks;

/// <summary>The real command registry and dispatcher over a given knowledge base, wired as the host wires them.</summary>
public static class CommandServices
{
    /// <param name="settings">Configuration for the run, e.g. <c>Bot:Sources:AllowPrivateAddresses</c> to fetch from a local server.</param>
    public static (IHost Host, CommandDispatcher Dispatcher) Over(KnowledgeBase knowledge, TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var builder = TestHostBuilder.Create(new Dictionary<string, string?>(), settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(knowledge);
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddCommandsInMemory();
        var host = builder.Build();
        return (host, host.Services.GetRequiredService<CommandDispatcher>());
    }

    public static ChatMessage Message(string text) =>
        new(new ChatAddress(ChatPlatform.Console, "bench"), new ChatSender("bench", "Bench"), text);
}
