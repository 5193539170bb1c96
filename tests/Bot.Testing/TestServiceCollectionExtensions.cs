using Bot.Core.Commands;
using Bot.Core.Knowledge;
using Bot.Core.Reminders;
using Bot.Core.Sources;
using Bot.Testing.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Testing;

public static class TestServiceCollectionExtensions
{
    /// <summary>The core's features as the host registers them (knowledge, sources, reminder planning, commands), over in-memory stores.</summary>
    public static IServiceCollection AddCommandsInMemory(this IServiceCollection services) =>
        services.AddInMemoryStores().AddKnowledge().AddSources().AddReminderPlanning().AddCommands();
}
