using Bot.Core.Commands.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Commands;

public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every chat command, the registry and the dispatcher. This is the one place a command is added:
    /// the order here is the order of /help, Telegram's menu and Discord's registration.
    /// </summary>
    public static IServiceCollection AddChatCommands(this IServiceCollection services)
    {
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section);
        services.AddSingleton(sp => new Lazy<CommandRegistry>(sp.GetRequiredService<CommandRegistry>));
        services.AddSingleton<CommandRegistry>();
        services.AddSingleton<CommandDispatcher>();

        services.AddSingleton<IChatCommand, HelpCommand>();
        return services;
    }
}
