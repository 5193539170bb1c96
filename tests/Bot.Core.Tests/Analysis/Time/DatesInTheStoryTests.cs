using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Tests.Analysis.Time;

/// <summary>What a document's dates become in its story: the day each is filed under and its kind ("text | due | kind").</summary>
public sealed class DatesInTheStoryTests
{
    private static string[] Filed(string text, string published) =>
        [.. DocumentAnalyzer.Analyze(SourceReader.Read($"---\ntitle: Probe\npublished: {published}\n---\n{text}\n", "probe.md", "probe.md")).Statements
            .Select(s => $"{s.Mention.Text} | {s.Mention.Period!.Value.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} | {s.Kind.Word()}")];

    [Theory]
    [InlineData("Clinics urged people to get vaccinated before the winter.", "2026-10-12", "before the winter | 2026-11-30 | deadline")]
    [InlineData("The bridge must reopen before March.", "2026-01-12", "before March | 2026-02-28 | deadline")]
    [InlineData("The bridge must reopen by March.", "2026-01-12", "by March | 2026-03-31 | deadline")]
    [InlineData("The strike, called for Friday, was suspended on Tuesday.", "2026-03-04", "Friday | 2026-03-06 | called off", "Tuesday | 2026-03-03 | happened")]
    [InlineData("The fair, which runs until Sunday, was cut short on Friday.", "2026-03-04", "until Sunday | 2026-03-08 | called off", "Friday | 2026-02-27 | happened")]
    [InlineData("The fair, which runs until Sunday, opened on Friday.", "2026-03-04", "until Sunday | 2026-03-08 | scheduled", "Friday | 2026-02-27 | happened")]
    public void A_story_files_each_date_on_its_due_day_with_the_kind_a_reader_gives_it(string text, string published, params string[] expected) =>
        Assert.Equal(expected, Filed(text, published));
}
