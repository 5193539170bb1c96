using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// "What changed since July / Monday / 3 March?": the updates of the reports published since then, read as of today,
/// as the story model has them (the same list /status gives: dates moved, events cancelled, done or missed), newest
/// report first; when they changed no date, the reports themselves with their opening sentence.
/// </summary>
public sealed class ChangesAnswerer : IQuestionAnswerer
{
    private const int MaxReports = 5;

    public QuestionKind Kind => QuestionKind.Changes;

    public Answer? Answer(QuestionContext context)
    {
        var today = context.Clock.Today;
        // The question's own date, read as of today: "since Monday" is the Monday before it, "since July" this year's July.
        if (TemporalTagger.Tag(context.Question.Text, today).FirstOrDefault(m => m.Period is not null)?.Period is not { } period || period.Start > today)
        {
            return null;
        }

        var since = period.Start;
        var reports = context.Snapshot.Sources.Where(s => s.Published is { } published && published >= since && published <= today).ToList();
        var from = DateWording.Date(since);
        if (reports.Count == 0)
        {
            return Answers.Answer.Short($"No report since {from}; the newest is older.");
        }

        var changes = context.Clock.Changes(context.Snapshot, [.. reports.Select(r => r.Id)]).ToList();
        var count = reports.Count == 1 ? "1 report" : $"{reports.Count} reports";
        if (changes.Count > 0)
        {
            return new Answer($"Since {from} ({count}, newest {DateWording.Date(reports[0].Published!.Value)}): {changes.Count} {(changes.Count == 1 ? "change" : "changes")}", changes);
        }

        var opening = reports.Take(MaxReports)
            .Select(r => context.Snapshot.Sentence(r.Id, 0) is { } first ? new AnswerItem($"{DateWording.Date(r.Published!.Value)}: {r.Title}", first.ToQuote()) : new AnswerItem($"{DateWording.Date(r.Published!.Value)}: {r.Title}"));
        return new Answer($"Since {from} ({count}): no date moved, cancelled or done; the reports:", [.. opening]);
    }
}
