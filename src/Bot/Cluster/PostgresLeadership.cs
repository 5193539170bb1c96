using System.Security.Cryptography;
using System.Text;
using Bot.Core.Cluster;
using Npgsql;

namespace Bot.Host.Cluster;

/// <summary>
/// Leadership by PostgreSQL session-level advisory locks, one per role, each held on a connection of its own outside
/// the pool (a pooled connection would be reset, and its lock dropped, when returned). The server releases a lock when
/// its connection ends, so a killed leader's roles are free as soon as PostgreSQL sees the socket close; a follower
/// tries every <see cref="ClusterOptions.LeadershipInterval"/>. A leader checks its connection as often and ends its
/// term when the check fails, so it stops before a successor can have started.
/// </summary>
public sealed class PostgresLeadership : ILeadership, IAsyncDisposable
{
    public bool IsShared => true;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeSpan _interval;
    private readonly ILogger<PostgresLeadership> _logger;

    public PostgresLeadership(string connectionString, IOptions<ClusterOptions> options, ILogger<PostgresLeadership> logger)
    {
        // The name says which process holds a lock (pg_stat_activity beside pg_locks): what an operator looks up to find the leader.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = ApplicationName };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _interval = options.Value.LeadershipInterval;
        _logger = logger;
    }

    /// <summary>This process's name on its leadership connections: host name and process id.</summary>
    public static string ApplicationName { get; } = $"bot-leader {Environment.MachineName}/{Environment.ProcessId}";

    public async Task<ILeadershipTerm?> TryAcquireAsync(string role, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await TryLockAsync(connection, role, cancellationToken))
            {
                return Lead(connection, role);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async Task<ILeadershipTerm> AcquireAsync(string role, CancellationToken cancellationToken)
    {
        var waitingSince = DateTimeOffset.UtcNow;
        while (true)
        {
            NpgsqlConnection? connection = null;
            try
            {
                // One connection for all the tries, opened again only when it fails.
                connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                while (true)
                {
                    if (await TryLockAsync(connection, role, cancellationToken))
                    {
                        _logger.LogInformation("This instance now leads {Role} (waited {Waited:0.0} s)", role, (DateTimeOffset.UtcNow - waitingSince).TotalSeconds);
                        var term = Lead(connection, role);
                        connection = null;
                        return term;
                    }

                    await Task.Delay(_interval, cancellationToken);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or IOException)
            {
                _logger.LogWarning("Trying for the lead of {Role} failed ({Error}); trying again in {Interval}", role, exception.Message, _interval);
                await Task.Delay(_interval, cancellationToken);
            }
            finally
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
            }
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>The lock's key: a stable 64-bit hash of the role, so every instance and every build agree on it.</summary>
    internal static long LockKey(string role) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("bot-leadership:" + role)), 0);

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, string role, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey(role));
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private Term Lead(NpgsqlConnection connection, string role) => new(connection, role, _interval, _logger);

    private sealed class Term : ILeadershipTerm
    {
        private readonly NpgsqlConnection _connection;
        private readonly string _role;
        private readonly TimeSpan _interval;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _ending = new();
        private readonly Task _watch;

        public Term(NpgsqlConnection connection, string role, TimeSpan interval, ILogger logger)
        {
            _connection = connection;
            _role = role;
            _interval = interval;
            _logger = logger;
            _watch = WatchAsync();
        }

        public CancellationToken Lost => _lost.Token;

        public async ValueTask DisposeAsync()
        {
            await _ending.CancelAsync();
            await _watch;
            if (!_lost.IsCancellationRequested)
            {
                try
                {
                    // Given up on purpose (a stop): the next leader need not wait for the connection to close.
                    await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
                    unlock.Parameters.AddWithValue("key", LockKey(_role));
                    await unlock.ExecuteScalarAsync();
                }
                catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
                {
                    _logger.LogDebug("Unlocking {Role} failed ({Error}); closing its connection releases it", _role, exception.Message);
                }
            }

            await _connection.DisposeAsync();
            _lost.Dispose();
            _ending.Dispose();
        }

        private async Task WatchAsync()
        {
            try
            {
                while (true)
                {
                    await Task.Delay(_interval, _ending.Token);
                    // Bounded: on a network that stopped answering, a check that hangs is a check that failed.
                    using var check = CancellationTokenSource.CreateLinkedTokenSource(_ending.Token);
                    check.CancelAfter(_interval * 3);
                    await using var command = new NpgsqlCommand("SELECT 1", _connection);
                    await command.ExecuteScalarAsync(check.Token);
                }
            }
            catch (OperationCanceledException) when (_ending.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                _logger.LogWarning("Lost the lead of {Role}: its database connection failed ({Error})", _role, exception.Message);
                await _lost.CancelAsync();
            }
        }
    }
}
