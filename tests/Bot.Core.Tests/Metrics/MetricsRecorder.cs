using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Core.Metrics;

namespace Bot.Core.Tests.Metrics;

/// <summary>One measurement of the bot's meter, with its tags as strings.</summary>
public sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, string> Tags)
{
    public string? Tag(string name) => Tags.GetValueOrDefault(name);
}

/// <summary>
/// Hears <see cref="BotMetrics"/> with a MeterListener, as any exporter would. The meter is static and tests run in
/// parallel, so a test keeps only what <paramref name="keep"/> says is its own (a platform or command of its own).
/// </summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measured> _measurements = new();

    public MetricsRecorder(Func<Measured, bool> keep)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags, keep));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags, keep));
        _listener.Start();
    }

    public IReadOnlyList<Measured> Measurements => [.. _measurements];

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, Func<Measured, bool> keep)
    {
        var byName = new Dictionary<string, string>();
        foreach (var tag in tags)
        {
            byName[tag.Key] = tag.Value?.ToString() ?? "";
        }

        var measured = new Measured(instrument.Name, value, byName);
        if (keep(measured))
        {
            _measurements.Enqueue(measured);
        }
    }
}
