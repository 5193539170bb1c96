using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bot.Testing;

/// <summary>
/// The one way the tests build a host: an empty builder (no appsettings.json, environment variables or command line)
/// whose configuration is exactly the given keys with the test's own overrides last, so nothing on the machine can
/// change a result. A test adds the features it runs.
/// </summary>
public static class TestHostBuilder
{
    public static HostApplicationBuilder Create(
        IReadOnlyDictionary<string, string?> settings,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null,
        string? contentRoot = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        var configuration = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in overrides ?? [])
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        return builder;
    }

    /// <summary>The bot's host on a test's own data folder (its database, its content root) and the repository's seeds.</summary>
    public static HostApplicationBuilder OnDataFolder(string dataDirectory, IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        Create(
            new Dictionary<string, string?>
            {
                ["Bot:Storage:DataDirectory"] = dataDirectory,
                ["Bot:Knowledge:SeedsPath"] = RepositoryPaths.Seeds,
            },
            overrides,
            dataDirectory);
}
