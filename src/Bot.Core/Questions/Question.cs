namespace Bot.Core.Questions;

/// <summary>What a question asks for; each kind has its own answerer. <see cref="Search"/> keeps the search answer.</summary>
public enum QuestionKind
{
    Search,
    When,
    Quantity,
    Reason,
    Person,
    Place,
    Status,
    Next,
    Phases,
    Changes,
    Conditional,
}

/// <summary>Whether the question asks about what has happened or what is to come, as its verb says.</summary>
public enum QuestionTense
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// A free question as the bot understood it: its kind, the words that name what it is about (<see cref="Focus"/>:
/// "US soldiers" in "how many US soldiers are in Iraq?"), and its tense.
/// </summary>
public sealed record Question(string Text, QuestionKind Kind, string Focus, QuestionTense Tense)
{
    /// <summary>Asks for several things, not one ("which countries ...", "what are the phases ..."): the answer gathers them.</summary>
    public bool AsksForSeveral { get; init; }

    /// <summary>
    /// The kind of thing asked for, when the question names one: countries ("which countries ...", "what nation ..."),
    /// towns ("which cities ...", "what ports ..."), organisations ("which companies / unions / charities ..."). A thing
    /// of another kind named beside them is not the answer.
    /// </summary>
    public Analysis.TopicKind? AsksForKind { get; init; }

    /// <summary>"How long ...?": a span ("six weeks") answers it; the date it runs until only when the text gives no span.</summary>
    public bool AsksForDuration { get; init; }
}
