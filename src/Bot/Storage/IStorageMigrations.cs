namespace Bot.Host.Storage;

/// <summary>
/// Brings a provider's schema (the stores' tables and Quartz's) up to date. The one thing the host asks of a
/// database itself; everything else goes through the narrow store interfaces of the core.
/// </summary>
public interface IStorageMigrations
{
    /// <summary>Applies pending migrations once per process; safe to call many times and from many services.</summary>
    Task EnsureMigratedAsync();
}
