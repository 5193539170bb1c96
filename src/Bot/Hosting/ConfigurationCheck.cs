using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Hosting;

/// <summary>
/// The one home of configuration problems as the operator reads them: one line each, naming the key, the value
/// (never a secret's) and what is allowed. Two passes: <see cref="FormatProblems"/> before the host is built (a value
/// the binder could not convert would otherwise surface as a stack trace from the first service that reads it), and
/// <see cref="Describe"/> for what the options classes' own validators (<c>ValidateOnStart</c>) report.
/// </summary>
public static partial class ConfigurationCheck
{
    /// <summary>sysexits.h EX_CONFIG: what a service manager reads as "fix the configuration, restarting will not help".</summary>
    public const int ServiceExitCode = 78;

    /// <summary>Values that convert but that no option of this bot accepts (a negative duration), and those that do not convert.</summary>
    public static IReadOnlyList<string> FormatProblems(IConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var (section, type) in ConfigurationSections.All)
        {
            CheckObject(configuration.GetSection(section), type, problems);
        }

        return problems;
    }

    /// <summary>The lines to print for a failed start-up validation; data-annotation messages get the key and value they lack.</summary>
    public static IReadOnlyList<string> Describe(OptionsValidationException exception, IConfiguration configuration)
    {
        var section = ConfigurationSections.SectionOf(exception.OptionsType);
        return [.. exception.Failures.Select(failure => Describe(failure, section, configuration))];
    }

    private static string Describe(string failure, string? section, IConfiguration configuration)
    {
        // "DataAnnotation validation failed for 'DeliveryOptions' members: 'BatchSize' with the error: 'The field BatchSize must be between 1 and 1000.'."
        if (DataAnnotationFailure().Match(failure) is not { Success: true } match || section is null)
        {
            return failure;
        }

        var key = $"{section}:{match.Groups["member"].Value}";
        var error = match.Groups["error"].Value;
        var value = configuration[key];
        var shown = IsSecret(key) ? "(hidden)" : value is null ? "not set" : $"\"{value}\"";
        return error.StartsWith(key, StringComparison.OrdinalIgnoreCase) ? $"{error} (it is {shown})" : $"{key} is {shown}: {error}";
    }

    private static void CheckObject(IConfigurationSection section, Type type, List<string> problems)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } || ElementType(property.PropertyType) is not null)
            {
                CheckValue(section.GetSection(property.Name), property.PropertyType, problems);
            }
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type, List<string> problems)
    {
        if (!section.Exists())
        {
            return;
        }

        if (ElementType(type) is { } element)
        {
            foreach (var item in section.GetChildren())
            {
                CheckValue(item, element, problems);
            }

            return;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (!IsScalar(target))
        {
            CheckObject(section, target, problems);
            return;
        }

        if (section.Value is not { } value)
        {
            problems.Add($"{section.Path} must be a single value ({Allowed(target)}), not a section.");
            return;
        }

        // An empty value is how an environment variable is unset; the binder leaves the default in place.
        if (target == typeof(string) || value.Length == 0)
        {
            return;
        }

        object? converted;
        try
        {
            converted = TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or NotSupportedException or OverflowException or InvalidOperationException)
        {
            problems.Add(Problem(section.Path, value, target));
            return;
        }

        if ((target.IsEnum && !Enum.IsDefined(target, converted!)) || converted is TimeSpan { Ticks: < 0 })
        {
            problems.Add(Problem(section.Path, value, target));
        }
    }

    private static string Problem(string key, string value, Type type) =>
        $"{key} is {(IsSecret(key) ? "(hidden)" : $"\"{value}\"")}: expected {Allowed(type)}.";

    private static string Allowed(Type type) => type switch
    {
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ when type == typeof(TimeSpan) => "a duration that is not negative, as hh:mm:ss or d.hh:mm:ss (00:00:20, 7.00:00:00)",
        _ when type == typeof(TimeOnly) => "a time of day from 00:00 to 23:59, as HH:mm (09:00)",
        _ when type == typeof(DateOnly) => "a date as yyyy-MM-dd",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) => string.Create(CultureInfo.InvariantCulture, $"a whole number from {int.MinValue} to {int.MaxValue}"),
        _ when type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "a number such as 1.5",
        _ when type == typeof(Uri) => "an absolute URL",
        _ => $"a {type.Name}",
    };

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(TimeOnly) || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? element : null;
    }

    /// <summary>Tokens, keys and passwords are never echoed, not even when they are wrong.</summary>
    private static bool IsSecret(string key) => SecretKey().IsMatch(key);

    [GeneratedRegex(@"(Token|Secret|Password|PublicKey|ConnectionString)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']+' members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DataAnnotationFailure();
}
