namespace Bot.Telegram.Receiving;

/// <summary>A bounded set of the update ids most recently taken for handling, oldest forgotten first.</summary>
internal sealed class RecentUpdates(int capacity)
{
    private readonly HashSet<int> _ids = [];
    private readonly Queue<int> _order = new();

    public bool TryBegin(int updateId)
    {
        lock (_ids)
        {
            if (!_ids.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            while (_order.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _ids.Remove(oldest);
            }

            return true;
        }
    }

    public void Forget(int updateId)
    {
        lock (_ids)
        {
            _ids.Remove(updateId);
        }
    }
}
