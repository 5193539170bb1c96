using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core;

/// <summary>How an options class is bound to its section and validated at start, once, for every feature that has one.</summary>
public static class OptionsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the configuration <paramref name="section"/> and checks it with
    /// <typeparamref name="TValidator"/> when the host starts, so a bad value stops the start with the validator's line.
    /// Registering twice adds the validator once.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services;
    }

    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the configuration <paramref name="section"/> and checks its data annotations
    /// (<c>[Required]</c>, <c>[Range]</c>, <c>IValidatableObject</c>) when the host starts.
    /// </summary>
    public static IServiceCollection AddAnnotatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
