namespace Bot.Host.Storage;

/// <summary>
/// Brings a provider's schema (the stores' tables and Quartz's) up to date. The one thing the host asks of a
/// database itself; everything else goes through the narrow store interfaces of the core.
/// </summary>
public interface IStorageMigrations
{
    /// <summary>Applies pending migrations once per process; safe to call many times and from many services.</summary>
    Task EnsureMigratedAsync();

    /// <summary>Every provider's history is numbered the same way: distinct versions from 1 upwards, in ascending order.</summary>
    internal static void CheckVersions(IReadOnlyList<int> versions, string parameterName)
    {
        if (versions.Count == 0 || versions.Distinct().Count() != versions.Count || !versions.SequenceEqual(versions.Order()) || versions[0] < 1)
        {
            throw new ArgumentException("Migrations must have distinct versions from 1 upwards, in ascending order.", parameterName);
        }
    }
}
