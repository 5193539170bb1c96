namespace Bot.Core.Cluster;

public static class LeadershipLoop
{
    /// <summary>
    /// Runs <paramref name="work"/> whenever this instance leads <paramref name="role"/>, with a token cancelled when
    /// leadership is lost or the host stops; after a loss it waits to lead again. Work that returns by itself while
    /// still leading is finished for good (a refused token, say), and so is this loop.
    /// </summary>
    public static async Task RunWhileLeadingAsync(this ILeadership leadership, string role, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await using var term = await leadership.AcquireAsync(role, stoppingToken);
            using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, term.Lost);
            try
            {
                await work(leading.Token);
            }
            catch (OperationCanceledException) when (term.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
            {
            }

            if (!term.Lost.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
