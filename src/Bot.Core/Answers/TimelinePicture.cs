using Bot.Core.Analysis.Time;

namespace Bot.Core.Answers;

/// <summary>
/// What a chart of the story shows, and nothing of how it is drawn: the dated marks and the phase plans on a time
/// axis, today's date, a title, a footer and the alt text that says in words what the chart shows. A transport
/// asks an <see cref="IPictureRenderer"/> for the image and sends it its own way; the answer's text stays complete
/// without it.
/// </summary>
public sealed record TimelinePicture(string Name, string Title, DateOnly Today, IReadOnlyList<TimelineMark> Marks, IReadOnlyList<PhaseLane> PhaseLanes)
{
    /// <summary>"From 3 sources": what the chart was drawn from.</summary>
    public required string Footer { get; init; }

    /// <summary>The chart in words, for readers who cannot see it (Discord's attachment description, Telegram's caption).</summary>
    public required string AltText { get; init; }

    /// <summary>The longest alt text any platform takes whole (Discord's attachment description, Telegram's caption).</summary>
    public const int MaxAltTextLength = 1024;

    public bool IsEmpty => Marks.Count == 0 && PhaseLanes.Count == 0;
}

/// <summary>How a mark is drawn: a day as a point, a longer period as a short bar, a deadline as a flag at its end.</summary>
public enum MarkKind
{
    Moment,
    Span,
    Deadline,
}

/// <summary>Where a mark stands against today. The chart tells them apart by colour and by shape.</summary>
public enum MarkStatus
{
    Passed,
    UnderWay,
    Ahead,
}

/// <summary>What a newer report did to a dated thing besides moving it; the chart says it in words and marks it.</summary>
public enum MarkOutcome
{
    Done,
    Cancelled,
    Missed,

    /// <summary>Moved with no new date.</summary>
    Postponed,
}

/// <summary>One dated statement: its period at the granularity the source gave, its role, where it stands, a short label.</summary>
public sealed record TimelineMark(DatePeriod Period, TemporalRole Role, MarkStatus Status, string Label)
{
    /// <summary>The dates newer reports moved it from, oldest first: drawn faint, with arrows to where it stands now.</summary>
    public IReadOnlyList<DatePeriod> MovedFrom { get; init; } = [];

    /// <summary>Done, cancelled or missed, as the newest report read by today says; null when none says so.</summary>
    public MarkOutcome? Outcome { get; init; }

    public MarkKind Kind => Role != TemporalRole.At ? MarkKind.Deadline
        : Period.Granularity == DateGranularity.Day ? MarkKind.Moment
        : MarkKind.Span;
}

public enum PhaseStatus
{
    Done,
    UnderWay,
    Planned,
    Delayed,
    Cancelled,
}

/// <summary>One plan's phases, drawn as one row of bars.</summary>
public sealed record PhaseLane(string Subject, IReadOnlyList<PhaseBar> Phases);

/// <summary>
/// One phase from <see cref="Start"/> to <see cref="End"/> (inclusive). <see cref="Start"/> is null when the sources
/// do not say when the phase began; the bar then fades in from <see cref="FirstReported"/>, or from the chart's left
/// edge when no report before its end is dated.
/// </summary>
public sealed record PhaseBar(int Number, string Label, DateOnly? Start, DateOnly End, PhaseStatus Status)
{
    /// <summary>The ends newer reports moved it from, oldest first: drawn faint, with arrows to where it ends now.</summary>
    public IReadOnlyList<DateOnly> MovedFrom { get; init; } = [];

    /// <summary>The day the first report of the phase was published: it was known of by then, whenever it began.</summary>
    public DateOnly? FirstReported { get; init; }
}

/// <summary>How the chart and its alt text say a status in words: one wording for both.</summary>
public static class PictureWords
{
    public static string Words(this PhaseStatus status) => status switch
    {
        PhaseStatus.Done => "done",
        PhaseStatus.UnderWay => "under way",
        PhaseStatus.Delayed => "delayed",
        PhaseStatus.Cancelled => "cancelled",
        _ => "planned",
    };

    public static string Words(this MarkOutcome outcome) => outcome switch
    {
        MarkOutcome.Done => "done",
        MarkOutcome.Cancelled => "cancelled",
        MarkOutcome.Missed => "missed",
        _ => "postponed",
    };
}

/// <summary>Draws a <see cref="TimelinePicture"/>. Never throws: null means the text answer goes alone.</summary>
public interface IPictureRenderer
{
    RenderedPicture? TryRender(TimelinePicture picture);
}

public static class PictureRendering
{
    /// <summary>
    /// The answer's chart, drawn; null when it has none, it could not be drawn, or pictures are off, in which case the
    /// chart is not even composed.
    /// </summary>
    public static RenderedPicture? TryRender(this IPictureRenderer renderer, Answer answer) =>
        renderer is not NoPictures && answer.Picture is { } picture ? renderer.TryRender(picture) : null;
}

/// <summary>A drawn picture: PNG bytes, the file name to upload it under, and its alt text.</summary>
public sealed record RenderedPicture(byte[] Png, string FileName, string AltText, int Width, int Height);

/// <summary>The renderer when pictures are off or no drawing project is wired in: every answer goes as text alone.</summary>
public sealed class NoPictures : IPictureRenderer
{
    public static readonly NoPictures Instance = new();

    public RenderedPicture? TryRender(TimelinePicture picture) => null;
}
