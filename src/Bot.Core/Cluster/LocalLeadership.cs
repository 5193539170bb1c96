namespace Bot.Core.Cluster;

/// <summary>One process with its own database (SQLite, tests): it leads every role at once, for good.</summary>
public sealed class LocalLeadership : ILeadership
{
    public bool IsShared => false;

    public static LocalLeadership Instance { get; } = new();

    public Task<ILeadershipTerm?> TryAcquireAsync(string role, CancellationToken cancellationToken) => Task.FromResult<ILeadershipTerm?>(LocalTerm.Instance);

    public Task<ILeadershipTerm> AcquireAsync(string role, CancellationToken cancellationToken) => Task.FromResult<ILeadershipTerm>(LocalTerm.Instance);

    private sealed class LocalTerm : ILeadershipTerm
    {
        public static LocalTerm Instance { get; } = new();

        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
