using System.Text.RegularExpressions;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Analysis;

/// <summary>Where a phase stands, as the reports say it.</summary>
public enum PhaseStatus
{
    Planned,
    UnderWay,
    Done,
    Delayed,
    Cancelled,

    /// <summary>Moved to an earlier date ("will now start on Jan. 3 rather than Jan. 10"): ahead of the plan, not delayed.</summary>
    BroughtForward,
}

/// <summary>A sentence that announces a plan of phases ("the ban comes in three phases"): its subject and how many.</summary>
public sealed record PlanAnnouncement(int SentenceIndex, string Subject, int? Count)
{
    /// <summary>When the plan takes effect, if its report says: the start of its first phase.</summary>
    public TemporalMention? Start { get; init; }
}

/// <summary>
/// What one sentence says of one phase: its number (<see cref="PhaseOrdinal.Final"/> for "the final phase"), what it
/// does, and whatever it gives of its start, end, length and status. Reports say these piecemeal; the knowledge merges them.
/// </summary>
public sealed record PhaseMention(int SentenceIndex, int Number, string Description)
{
    public TemporalMention? Start { get; init; }

    public TemporalMention? End { get; init; }

    public int? DurationDays { get; init; }

    public PhaseStatus? Status { get; init; }

    /// <summary>True when the sentence lays the phase out (a list, or a sentence of its own), not only reports its status.</summary>
    public bool Describes { get; init; }

    /// <summary>True when the text names the phase by its ordinal ("phase two"), not only by its place in a list.</summary>
    public bool Named { get; init; }

    /// <summary>
    /// What the part covers, when the plan names its parts so ("Zone 7", "Years 1 and 2"), as a key ("zone 7"). A later
    /// sentence that names a part so gives <see cref="Number"/> 0: the knowledge finds its number from the plan's list.
    /// </summary>
    public string? Part { get; init; }
}

/// <summary>
/// Reads phases out of a sentence in the ways news writes them: a count with a list ("two phases: A by X, followed by B
/// through Y"; "three phases: A by X, B by Y, and C by Z"), one sentence per phase ("Phase one … by June 2026."),
/// ordinal mentions ("the second stage", "the final phase"), durations ("the first phase lasts 42 days") and status
/// updates ("phase one is complete", "the second phase has begun", "phase two was delayed to …").
/// </summary>
public static partial class PhaseExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <param name="update">What the sentence changes, if anything: its old date is no phase date, its new one is the phase's end.</param>
    /// <param name="referent">The one phase the sentence before named, for a sentence that goes on about it ("It ended on Saturday").</param>
    public static (PlanAnnouncement? Plan, IReadOnlyList<PhaseMention> Phases) Read(TextSentence sentence, IReadOnlyList<TemporalMention> mentions, StoryUpdate? update = null, int? referent = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = sentence.Text;
        var announce = PhaseCount().Match(text);
        if (!announce.Success && text.Contains(':', StringComparison.Ordinal))
        {
            announce = UncountedPlan().Match(text);
        }

        PlanAnnouncement? plan = null;
        var phases = new List<PhaseMention>();
        if (announce.Success)
        {
            var subject = Tidy(Subject().Match(text[..announce.Index]) is { Success: true } s ? s.Groups["subject"].Value : "");
            var count = PhaseOrdinals.Count(announce.Groups["count"].Value);
            plan = new PlanAnnouncement(sentence.Index, subject.Length > 0 ? subject : "The plan", count);
            var listStart = ListStart(text, announce.Index + announce.Length);
            if (listStart >= 0)
            {
                var parts = SplitList(text, listStart, count);
                if (parts.Count >= 2)
                {
                    for (var i = 0; i < parts.Count; i++)
                    {
                        var part = PartName().Match(text, parts[i].Start, parts[i].End - parts[i].Start);
                        phases.Add(Describe(text, mentions, parts[i].Start, parts[i].End, i + 1, lists: true, update) with
                        {
                            SentenceIndex = sentence.Index,
                            Part = part.Success && part.Index - parts[i].Start <= 8 ? PartKey(part.Value) : null,
                        });
                    }

                    return (plan, phases);
                }
            }
        }

        var ordinals = PhaseOrdinals.Find(text);
        if (ordinals.Count == 0 && plan is null && HasCapitalBeforeNumber(text))
        {
            ReadNamedParts(sentence, mentions, update, phases);
            if (phases.Count > 0)
            {
                return (plan, phases);
            }
        }

        if (ordinals.Count == 0 && referent is { } previous && Continues().IsMatch(text))
        {
            // "The first phase is complete. It ended at midnight on Saturday": the pronoun is the phase just named.
            var phase = Describe(text, mentions, 0, text.Length, previous, lists: false, update) with { SentenceIndex = sentence.Index, Named = true };
            if (phase.Status is not null || phase.DurationDays is not null)
            {
                phases.Add(phase with { Describes = false });
            }

            return (plan, phases);
        }

        for (var i = 0; i < ordinals.Count; i++)
        {
            var start = ClauseStart(text, ordinals[i].Start, i == 0 ? 0 : ordinals[i - 1].Start + ordinals[i - 1].Length);
            var end = i + 1 < ordinals.Count ? ClauseStart(text, ordinals[i + 1].Start, ordinals[i].Start + ordinals[i].Length) : text.Length;
            if (announce.Success && ordinals[i].Start < announce.Index + announce.Length)
            {
                continue;
            }

            // "Talks on the second phase", "a conference on the third phase": dates there are the talks', not the phase's.
            if (PhaseOrdinals.IsAbout(text, ordinals[i]))
            {
                continue;
            }

            // "Phase one removes …", "The first stage runs …": a sentence or clause about the phase itself describes it.
            var leads = ordinals[i].Start - start <= 4;
            var phase = Describe(text, mentions, start, end, ordinals[i].Number, lists: false, update) with { SentenceIndex = sentence.Index };
            phases.Add(phase with { Describes = phase.Describes && leads, Named = true });
        }

        return (plan, phases);
    }

    /// <summary>
    /// "The evacuation order for Zone 7 was lifted", "Zones 4 and 5 re-entry moved to Aug. 17": a sentence that names a
    /// part by what it covers and says where it stands or when it is. Whether a plan has such a part is the knowledge's to say.
    /// </summary>
    private static void ReadNamedParts(TextSentence sentence, IReadOnlyList<TemporalMention> mentions, StoryUpdate? update, List<PhaseMention> phases)
    {
        var text = sentence.Text;
        var names = PartName().Matches(text);
        for (var i = 0; i < names.Count; i++)
        {
            var start = ClauseStart(text, names[i].Index, i == 0 ? 0 : names[i - 1].Index + names[i - 1].Length);
            var end = i + 1 < names.Count ? ClauseStart(text, names[i + 1].Index, names[i].Index + names[i].Length) : text.Length;
            var phase = Describe(text, mentions, start, end, 0, lists: false, update);
            if (phase.Status is not null || phase.End is not null || phase.Start is not null)
            {
                phases.Add(phase with { SentenceIndex = sentence.Index, Describes = false, Part = PartKey(names[i].Value) });
            }
        }
    }

    /// <summary>Whether a capitalised word stands right before a number ("Zone 7"), the one shape a part's name has: most sentences have none.</summary>
    private static bool HasCapitalBeforeNumber(string text)
    {
        for (var at = text.AsSpan().IndexOfAnyInRange('0', '9'); at >= 0 && at < text.Length; at++)
        {
            if (at >= 3 && char.IsAsciiDigit(text[at]) && text[at - 1] == ' ' && char.IsAsciiLetterLower(text[at - 2]))
            {
                var word = text.LastIndexOf(' ', at - 2) + 1;
                if (char.IsUpper(text[word]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"Zones 4 and 5" → "zone 4 and 5": the plural of the head is the same part as its singular.</summary>
    private static string PartKey(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var head = name[..space];
        head = head.EndsWith('s') ? head[..^1] : head;
        return string.Concat(head.ToLowerInvariant(), Regex.Replace(name[space..], @"\s+", " ").ToLowerInvariant());
    }

    private static int ClauseStart(string text, int position, int floor)
    {
        var start = floor;
        foreach (var boundary in (string[])[", ", "; ", ": ", " — ", " – "])
        {
            var at = text.LastIndexOf(boundary, Math.Max(0, position - 1), StringComparison.Ordinal);
            if (at >= floor && at + boundary.Length <= position)
            {
                start = Math.Max(start, at + boundary.Length);
            }
        }

        return start;
    }

    private static PhaseMention Describe(string text, IReadOnlyList<TemporalMention> mentions, int start, int end, int number, bool lists, StoryUpdate? update)
    {
        var segment = text[start..end];
        // "said supply was now stable and that the third phase would begin on Jan. 10": "now" dates the saying, not the phase.
        var inside = mentions.Where(m => m.Period is not null && m.Start >= start && m.Start < end && !m.IsReportingDate && !ReferenceEquals(m, update?.From)
            && !m.Text.Equals("now", StringComparison.OrdinalIgnoreCase)).ToList();
        TemporalMention? from = null;
        TemporalMention? to = null;
        foreach (var mention in inside)
        {
            var before = text[Math.Max(start, mention.Start - 30)..mention.Start];
            if (StartCue().IsMatch(before))
            {
                from ??= mention;
            }
            else
            {
                to = to is null || mention.Role != TemporalRole.At || to.Role == TemporalRole.At ? mention : to;
            }
        }

        var status = update?.Action switch
        {
            UpdateAction.Moved => MoveDirection(update, segment),
            UpdateAction.Cancelled => PhaseStatus.Cancelled,
            UpdateAction.Completed => PhaseStatus.Done,
            _ => StatusOf(segment),
        };
        // "It will now start on Nov. 15 instead of Nov. 1" moves the start; any other moved date ("will now open on June
        // 12", what the stage brings) is the phase's end.
        if (update is { Action: UpdateAction.Moved, To: { } moved } && inside.Contains(moved))
        {
            var starts = ReferenceEquals(from, moved) && MovedStartCue().IsMatch(text[Math.Max(start, moved.Start - 30)..moved.Start]);
            (from, to) = starts ? (moved, to) : (ReferenceEquals(from, moved) ? null : from, moved);
        }

        if (status == PhaseStatus.UnderWay && from is null && to is { Role: TemporalRole.At } began)
        {
            (from, to) = (began, null);
        }

        return new PhaseMention(0, number, Tidy(segment))
        {
            Start = from,
            End = to,
            DurationDays = DurationOf(segment),
            Status = status,
            Describes = lists || status is null,
        };
    }

    /// <summary>A move is a delay only when it goes later: an earlier new date, or words that say so, bring the phase forward.</summary>
    private static PhaseStatus MoveDirection(StoryUpdate update, string segment) =>
        update is { From.Period: { } old, To.Period: { } @new } && @new.Start != old.Start
            ? (@new.Start < old.Start ? PhaseStatus.BroughtForward : PhaseStatus.Delayed)
            : ForwardCue().IsMatch(segment) ? PhaseStatus.BroughtForward : PhaseStatus.Delayed;

    private static PhaseStatus? StatusOf(string segment)
    {
        var future = Future().Match(segment);
        bool Said(LeadingWords cue)
        {
            var match = cue.Match(segment);
            return match.Success && !(future.Success && future.Index < match.Index);
        }

        if (Said(CancelledCue()))
        {
            return PhaseStatus.Cancelled;
        }

        if (Said(ForwardCue()))
        {
            return PhaseStatus.BroughtForward;
        }

        if (Said(DelayedCue()))
        {
            return PhaseStatus.Delayed;
        }

        if (Said(DoneCue()))
        {
            return PhaseStatus.Done;
        }

        return Said(UnderWayCue()) ? PhaseStatus.UnderWay : null;
    }

    private static int? DurationOf(string segment)
    {
        var match = Duration().Match(segment);
        if (!match.Success || PhaseOrdinals.Count(match.Groups["n"].Value) is not { } n)
        {
            return null;
        }

        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => n,
            "week" => n * 7,
            "month" => n * 30,
            _ => n * 365,
        };
    }

    /// <summary>Where the list of phases starts: after a colon or dash that follows the count, else nowhere.</summary>
    private static int ListStart(string text, int from)
    {
        var rest = text[from..];
        var colon = rest.IndexOfAny([':', '—', '–']);
        return colon >= 0 && colon < 40 ? from + colon + 1 : -1;
    }

    /// <summary>Splits on "followed by", "then", semicolons and numbering; failing that on commas and "and" when they give the announced count.</summary>
    private static List<(int Start, int End)> SplitList(string text, int from, int? count)
    {
        var strong = Split(text, from, PartSeparator());
        if (strong.Count >= 2 && (count is null || strong.Count == count))
        {
            return strong;
        }

        var weak = Split(text, from, ListSeparator());
        if (count is { } n && weak.Count == n)
        {
            return weak;
        }

        // "pupils return in stages: Years 1 and 2 on Monday, the rest a week later": with no count to check, only commas
        // split, since an "and" is as likely to join what one part covers.
        var commas = Split(text, from, CommaSeparator());
        if (count is null && strong.Count < 2 && commas.Count >= 2)
        {
            return commas;
        }

        return strong.Count >= 2 ? strong : [];
    }

    private static List<(int Start, int End)> Split(string text, int from, Regex separator)
    {
        var parts = new List<(int, int)>();
        var cursor = from;
        foreach (Match match in separator.Matches(text, from))
        {
            if (match.Index > cursor)
            {
                parts.Add((cursor, match.Index));
            }

            cursor = match.Index + match.Length;
        }

        parts.Add((cursor, text.Length));
        return [.. parts.Where(p => Tidy(text[p.Item1..p.Item2]).Length > 0)];
    }

    private static readonly string[] ListJoiners = ["and then ", "and finally ", "and ", "then ", "finally "];

    // Trimmed on a span, so that a part costs one string, not one per step.
    private static string Tidy(string text)
    {
        var tidy = text.AsSpan().Trim().TrimEnd(".;, ").Trim().TrimStart(",; ");
        foreach (var joiner in ListJoiners)
        {
            if (tidy.StartsWith(joiner, StringComparison.OrdinalIgnoreCase))
            {
                tidy = tidy[joiner.Length..];
                break;
            }
        }

        if (tidy.IsEmpty)
        {
            return "";
        }

        var first = char.ToUpperInvariant(tidy[0]);
        return string.Concat(new ReadOnlySpan<char>(in first), tidy[1..]);
    }

    private static Regex Continues() => ContinuesField.Value;
    private static readonly Lazy<Regex> ContinuesField = new(() => new Regex(@"^(?:It|This\s+phase|This\s+stage|The\s+phase|The\s+stage)\s", RegexOptions.CultureInvariant));

    private static LeadingWords PhaseCount() => PhaseCountField.Value;
    private static readonly Lazy<LeadingWords> PhaseCountField = new(() => new LeadingWords(@"\b(?<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+)?" + PhaseOrdinals.CountedNouns + @"\b", Options));

    /// <summary>"pupils return in stages: …", "paid in tranches — …": a plan with no count, its list after the colon or dash.</summary>
    private static LeadingWords UncountedPlan() => UncountedPlanField.Value;
    private static readonly Lazy<LeadingWords> UncountedPlanField = new(() => new LeadingWords(@"\bin\s+(?:\w+\s+)?" + PhaseOrdinals.CountedNouns + @"(?=\s*[:—–])", Options));

    /// <summary>
    /// A name with its number or numbers, as a plan's part is named by what it covers: "Zone 7", "Zones 4 and 5", "Years 1
    /// to 3", "Gate 4A"; never a date ("August 14") or a weekday.
    /// </summary>
    private static Regex PartName() => PartNameField.Value;
    private static readonly Lazy<Regex> PartNameField = new(() => new Regex(@"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)\p{Lu}[a-z]+\s+\d{1,3}[A-Z]?(?:(?:,\s*|\s+and\s+|\s+to\s+|\s*[–-]\s*)\d{1,3}[A-Z]?)*\b(?!\s*(?:a\.m|p\.m|%|percent))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private static Regex CommaSeparator() => CommaSeparatorField.Value;
    private static readonly Lazy<Regex> CommaSeparatorField = new(() => new Regex(@",\s*(?:and\s+)?", Options));

    /// <summary>Between phases: "followed by", "then", "after which", a semicolon; "(2)"-style numbering.</summary>
    private static Regex PartSeparator() => PartSeparatorField.Value;
    private static readonly Lazy<Regex> PartSeparatorField = new(() => new Regex(@",?\s*(?:\band\s+then\b|\bfollowed\s+by\b|\bafter\s+which\b|\bthen\b|;|\(\d\)|\band\s+finally\b)\s*", Options));

    private static Regex ListSeparator() => ListSeparatorField.Value;
    private static readonly Lazy<Regex> ListSeparatorField = new(() => new Regex(@",\s*(?:and\s+)?|\s+and\s+", Options));

    /// <summary>"The 2024 agreement outlines" → "The 2024 agreement".</summary>
    private static Regex Subject() => SubjectField.Value;
    private static readonly Lazy<Regex> SubjectField = new(() => new Regex(@"(?<subject>.*?)\s+(?:outlines|outlined|sets\s+out|set\s+out|lays\s+out|laid\s+out|describes|described|includes|included|has|had|have|will\s+have|envisages|foresees|comprises|consists\s+of|calls\s+for|called\s+for|provides\s+for|comes|come|came|will\s+come|is|are|was|were|will\s+be|would\s+be|takes\s+effect|runs|unfolds|proceeds)\b.*$", Options));

    private static LeadingWords StartCue() => StartCueField.Value;
    private static readonly Lazy<LeadingWords> StartCueField = new(() => new LeadingWords(@"\b(?:from|starting|beginning|begins?|began|begun|starts?|started|opens?|opened|launch(?:es|ed)?|kicks?\s+off|kicked\s+off|commenc\w*|as\s+of|since|gets?\s+under\s+way)\s+(?:on\s+|in\s+|at\s+)?$", Options));

    private static Regex MovedStartCue() => MovedStartCueField.Value;
    private static readonly Lazy<Regex> MovedStartCueField = new(() => new Regex(@"\b(?:start|starts|begin|begins|commence|commences|get\s+under\s+way)\s+(?:on\s+|in\s+)?$", Options));

    private static LeadingWords Future() => FutureField.Value;
    private static readonly Lazy<LeadingWords> FutureField = new(() => new LeadingWords(@"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|expected|due|should|must|plans?\s+to|set\s+to|scheduled)\b", Options));

    private static LeadingWords DoneCue() => DoneCueField.Value;
    private static readonly Lazy<LeadingWords> DoneCueField = new(() => new LeadingWords(@"\b(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?(?:complete|completed|over|finished|done|concluded)|(?:has|have|had)\s+(?:ended|finished|concluded)|(?:was|were|has\s+been|have\s+been)\s+lifted|ended|finished|concluded|came\s+to\s+an\s+end|completed|completing|finishing)\b", Options));

    private static LeadingWords UnderWayCue() => UnderWayCueField.Value;
    private static readonly Lazy<LeadingWords> UnderWayCueField = new(() => new LeadingWords(@"\b(?:began|begun|started|commenced|launched|kicked\s+off|(?:is|are|was|got)\s+(?:now\s+)?(?:under\s*way|in\s+progress|in\s+effect|in\s+force)|took\s+effect|has\s+taken\s+effect)\b", Options));

    private static LeadingWords ForwardCue() => ForwardCueField.Value;
    private static readonly Lazy<LeadingWords> ForwardCueField = new(() => new LeadingWords(@"\b(?:brought\s+forward|moved\s+(?:up|forward)|pulled\s+forward|advanced\s+to|ahead\s+of\s+schedule|earlier\s+than\s+(?:planned|scheduled|expected))\b", Options));

    private static LeadingWords DelayedCue() => DelayedCueField.Value;
    private static readonly Lazy<LeadingWords> DelayedCueField = new(() => new LeadingWords(@"\b(?:delayed|postponed|pushed\s+back|put\s+off|deferred|moved\s+(?:back\s+)?to|slipped|rescheduled)\b", Options));

    private static LeadingWords CancelledCue() => CancelledCueField.Value;
    private static readonly Lazy<LeadingWords> CancelledCueField = new(() => new LeadingWords(@"\b(?:cancell?ed|scrapped|abandoned|shelved|called\s+off|dropped)\b", Options));

    private static LeadingWords Duration() => DurationField.Value;
    private static readonly Lazy<LeadingWords> DurationField = new(() => new LeadingWords(@"\b(?:last(?:s|ing)?|will\s+last|run(?:s|ning)?\s+for|takes?|over|for|of)\s+(?:about\s+|roughly\s+|some\s+|around\s+)?(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|month|year)s?\b|\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)-(?<unit>day|week|month|year)\b", Options));
}
