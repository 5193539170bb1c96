namespace Bot.Core.Knowledge;

/// <summary>
/// How to undo what a fold did for each of its last reports, newest last: a change that removes, re-reads or adds a
/// report among them rewinds the fold to just before it and folds the rest again, instead of folding the whole story.
/// Only the last <see cref="Kept"/> reports (up to a quarter more) are kept, so its memory stays bounded; a change
/// further back folds everything again.
/// </summary>
internal sealed class FoldJournal
{
    /// <summary>
    /// A new report of a story usually lands among the last few days' reports, but a moderator also adds background
    /// from months before: rewinding a few thousand reports still costs a fraction of folding ten thousand again.
    /// </summary>
    public const int Kept = 2048;

    private readonly List<Action> _undo = [];

    /// <summary>Per report kept, where its undo steps begin in <see cref="_undo"/>.</summary>
    private readonly List<int> _starts = [];

    /// <summary>Reports folded before the first one kept: the fold cannot rewind past them.</summary>
    private int _forgotten;

    /// <summary>Whether the report being folded is recorded: not while a fold from scratch is far from its last reports.</summary>
    public bool Recording { get; private set; } = true;

    /// <summary>Reports folded so far, kept or not.</summary>
    public int Reports => _forgotten + _starts.Count;

    /// <summary>Starts the next report; <paramref name="record"/> false forgets it at once, unless a report before it is kept.</summary>
    public void BeginReport(bool record = true)
    {
        Recording = record || _starts.Count > 0;
        if (!Recording)
        {
            _forgotten++;
            return;
        }

        _starts.Add(_undo.Count);
        if (_starts.Count >= Kept + (Kept / 4))
        {
            var drop = _starts.Count - Kept;
            _undo.RemoveRange(0, _starts[drop]);
            var offset = _starts[drop];
            _starts.RemoveRange(0, drop);
            for (var i = 0; i < _starts.Count; i++)
            {
                _starts[i] -= offset;
            }

            _forgotten += drop;
        }
    }

    public void Record(Action undo)
    {
        if (Recording)
        {
            _undo.Add(undo);
        }
    }

    public bool CanRewindTo(int report) => report >= _forgotten && report <= Reports;

    /// <summary>Undoes every report from <paramref name="report"/> on, newest first.</summary>
    public void RewindTo(int report)
    {
        var first = report - _forgotten;
        var from = first < _starts.Count ? _starts[first] : _undo.Count;
        for (var i = _undo.Count - 1; i >= from; i--)
        {
            _undo[i]();
        }

        _undo.RemoveRange(from, _undo.Count - from);
        _starts.RemoveRange(first, _starts.Count - first);
        Recording = true;
    }
}
