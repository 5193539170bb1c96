using System.Globalization;
using Bot.Host.Cluster;
using Npgsql;

namespace Bot.Tests.Cluster;

/// <summary>Which process leads a role, read as an operator would: the advisory lock's holder in pg_locks, named in pg_stat_activity.</summary>
internal static class ClusterLeaders
{
    /// <summary>The process id of the instance holding <paramref name="role"/>'s lock (from its <see cref="PostgresLeadership.ApplicationName"/>).</summary>
    public static async Task<int> ProcessIdAsync(string connectionString, string role)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid = ((@key >> 32) & x'FFFFFFFF'::bigint)::oid AND l.objid = (@key & x'FFFFFFFF'::bigint)::oid
            """, connection);
        command.Parameters.AddWithValue("key", PostgresLeadership.LockKey(role));
        var name = (string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"Nobody leads {role}"));
        return int.Parse(name[(name.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }
}
