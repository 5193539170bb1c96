using Bot.Core.Commands;
using Bot.Core.Commands.Catalog;
using Bot.Core.Ingest.Web;
using Bot.Testing.Commands;

namespace Bot.Telegram.Tests.Support;

public static class TestCommandRegistration
{
    /// <summary>
    /// The real registry, dispatcher and /help, with the test commands instead of the story's catalogue, so these
    /// tests depend on neither the knowledge nor the seeds.
    /// </summary>
    public static IServiceCollection AddTestCommands(this IServiceCollection services, StepGate? gate = null)
    {
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section);
        services.AddOptions<SourceFetchOptions>().BindConfiguration(SourceFetchOptions.Section);
        services.AddSingleton(sp => new Lazy<CommandRegistry>(sp.GetRequiredService<CommandRegistry>));
        services.AddSingleton<CommandRegistry>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand, QuoteCommand>();
        services.AddSingleton<IChatCommand, LongCommand>();
        services.AddSingleton<IChatCommand, PickCommand>();
        services.AddSingleton<IChatCommand, TopicCommand>();
        services.AddSingleton<IChatCommand>(new ModeratorsOnlyCommand("secret", "Moderators only", "Moderator area"));
        services.AddSingleton<IChatCommand, EchoFileCommand>();
        services.AddSingleton(gate ?? new StepGate());
        services.AddSingleton<IChatCommand, StepCommand>();
        services.AddSingleton<IChatCommand, ChartCommand>();
        return services;
    }
}
