namespace Bot.Core.Tests.Stories;

/// <summary>
/// One string an answer is checked for, with its alternatives: <c>moved from || delayed</c> is met by either.
/// Case-insensitive, so the tables can be written the way a reader writes, not the way the renderer capitalises.
/// </summary>
public sealed record Expectation(IReadOnlyList<string> Alternatives)
{
    private const string AllSeparator = " && ";
    private const string AnySeparator = " || ";

    /// <summary>A cell of several expectations that must each hold: <c>June 2027 && moved from</c>. An empty cell is none.</summary>
    public static IReadOnlyList<Expectation> ParseAll(string cell) =>
        [.. cell.Split(AllSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];

    public static Expectation Parse(string text) =>
        new([.. text.Split(AnySeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);

    public bool IsMetBy(string text) => Alternatives.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase));

    /// <summary>Where the earliest alternative occurs in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(string text) =>
        Alternatives.Select(a => text.IndexOf(a, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();

    public override string ToString() => string.Join(AnySeparator, Alternatives);
}
