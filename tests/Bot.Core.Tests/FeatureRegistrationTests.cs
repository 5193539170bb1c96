using Bot.Testing.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests;

/// <summary>Each feature registers itself once, in any order, and a feature it needs that nobody registered fails the start.</summary>
public sealed class FeatureRegistrationTests
{
    private static IServiceCollection Services() =>
        new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());

    // What the host runs at start for every ValidateOnStart.
    private static void ValidateAtStart(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Registering_the_features_twice_registers_each_service_once()
    {
        var once = new ServiceCollection().AddCommandsInMemory();
        var twice = new ServiceCollection().AddCommandsInMemory().AddCommandsInMemory();

        Assert.Equal(once.Count, twice.Count);
        Assert.Equal(once.Count(d => d.ServiceType == typeof(IChatCommand)), twice.Count(d => d.ServiceType == typeof(IChatCommand)));
    }

    [Fact]
    public void The_features_may_be_registered_in_any_order()
    {
        var services = Services();
        services.AddCommands().AddReminderPlanning().AddSources().AddKnowledge().AddInMemoryStores();

        ValidateAtStart(services);
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<CommandDispatcher>());
    }

    [Fact]
    public void A_missing_feature_fails_the_start_naming_who_needs_it()
    {
        var services = Services();
        services.AddInMemoryStores().AddKnowledge().AddReminderPlanning().AddCommands();

        var failure = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));

        Assert.Contains("Commands needs Sources", failure.Message);
    }

    [Fact]
    public void Missing_stores_fail_the_start_of_every_feature_that_reads_them()
    {
        var services = Services();
        services.AddKnowledge().AddSources().AddReminderPlanning();

        var failure = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));

        Assert.Contains("Sources needs Storage", failure.Message);
        Assert.Contains("ReminderPlanning needs Storage", failure.Message);
    }
}
