namespace Bot.Core.Analysis;

/// <summary>What kind of thing a topic names; a hint for display, guessed from the words around it.</summary>
public enum TopicKind
{
    Name,
    Place,
    Organisation,
    Person,
    Agreement,

    /// <summary>A place that is a country: a name of the world's countries, or one the text lists as a country ("nations like X and Y").</summary>
    Country,

    /// <summary>A place that is a city, town or port: a name of the world's well-known cities, or one the text introduces as such ("the town of X", "X-based").</summary>
    City,
}

/// <summary>
/// A name as it appears in one sentence. <see cref="SentenceInitial"/> marks names that start their sentence,
/// where capitals prove nothing: the knowledge keeps such single words only if they are capitalised elsewhere too.
/// </summary>
public sealed record TopicMention(string Name, int SentenceIndex, bool SentenceInitial, TopicKind Kind)
{
    /// <summary>A second way the text writes this name ("2008 Strategic Framework Agreement"), if any.</summary>
    public string? Variant { get; init; }

    /// <summary>The same text also writes this word in lower case: likely an ordinary word, not a name.</summary>
    public bool AlsoCommonWord { get; init; }
}
