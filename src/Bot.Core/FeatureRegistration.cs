namespace Bot.Core;

/// <summary>
/// What lets each feature register itself (<c>AddCommands</c>, <c>AddStorage</c>, ...) in any order and any number of
/// times: a feature registers its services the first time only, and names the features it needs. A needed feature
/// that nobody registered fails the host's start with a message naming both, as Quartz's hosting fails without its
/// configuration, rather than the first command that resolves a missing service.
/// </summary>
public static class FeatureRegistration
{
    /// <summary>
    /// True the first time <paramref name="feature"/> is added to these services; false after, so its registration runs
    /// once. The feature cannot work without each of <paramref name="needs"/>, which the host's start checks.
    /// </summary>
    public static bool TryAddFeature(this IServiceCollection services, BotFeature feature, params ReadOnlySpan<BotFeature> needs)
    {
        if (services.Any(d => d.ServiceType == typeof(RegisteredFeature) && d.ImplementationInstance is RegisteredFeature f && f.Name == feature))
        {
            return false;
        }

        services.AddSingleton(new RegisteredFeature(feature));
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<FeatureSet>)))
        {
            services.AddSingleton<IValidateOptions<FeatureSet>, FeatureSetValidator>();
            services.AddOptions<FeatureSet>().ValidateOnStart();
        }

        foreach (var needed in needs)
        {
            services.AddSingleton(new FeatureRequirement(feature, needed));
        }

        return true;
    }

    private sealed record RegisteredFeature(BotFeature Name);

    private sealed record FeatureRequirement(BotFeature Feature, BotFeature Needed);

    /// <summary>Nothing to configure: the options type only gives the start-time check a place to run.</summary>
    private sealed class FeatureSet;

    private sealed class FeatureSetValidator(IEnumerable<RegisteredFeature> registered, IEnumerable<FeatureRequirement> requirements) : IValidateOptions<FeatureSet>
    {
        public ValidateOptionsResult Validate(string? name, FeatureSet options)
        {
            var present = registered.Select(f => f.Name).ToHashSet();
            var missing = requirements
                .Where(r => !present.Contains(r.Needed))
                .Select(r => $"{r.Feature} needs {r.Needed}, which was not registered: call Add{r.Needed} when building the host.")
                .Distinct()
                .ToList();
            return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
        }
    }
}
