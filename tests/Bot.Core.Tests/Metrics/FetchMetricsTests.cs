using Bot.Core.Tests.Ingest.Web;

namespace Bot.Core.Tests.Metrics;

/// <summary>Every URL and feed fetch is counted by its result, so an operator sees sources failing to arrive.</summary>
[Collection(LocalWebSiteCollection.Name)]
public sealed class FetchMetricsTests(LocalWebSite site) : IDisposable
{
    private readonly MetricsRecorder _metrics = new(m => m.Instrument == "bot.sources.fetches");

    public void Dispose() => _metrics.Dispose();

    [Theory]
    [InlineData("/article", "fetched")]
    [InlineData("/no-such-page", "failed")]
    [InlineData("not a web address", "refused")]
    public async Task A_fetch_is_counted_by_its_result(string path, string result)
    {
        using var fetcher = Fetchers.Create(Fetchers.Local());
        var before = Count(result);

        await fetcher.FetchAsync(path.StartsWith('/') ? site.Url(path) : path);

        Assert.True(Count(result) > before);
    }

    private int Count(string result) => _metrics.Measurements.Count(m => m.Tag("result") == result);
}
