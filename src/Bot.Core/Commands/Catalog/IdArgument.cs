using Bot.Core.Answers;
using Bot.Core.Text;

namespace Bot.Core.Commands.Catalog;

/// <summary>The id the commands that act on one listed thing take (/removesource, /restoresource, /removefeed), read and refused the same way.</summary>
internal static class IdArgument
{
    public static CommandArgument Required(string description) => new("id", description, Required: true) { MaxLength = 64 };

    /// <summary>The id as typed, also when copied with the brackets the lists show it in ("[a1b2c3]").</summary>
    public static string Read(CommandRequest request) => request.Argument.Trim().Trim('[', ']');

    /// <summary>"No source has the id “…”. Send /sources for the ids.": the typed id echoed short, then where the ids are.</summary>
    public static Answer Unknown(string thing, string id, string whereToLook) =>
        Answer.Short($"No {thing} has the id \u201c{TextShortener.Shorten(id, 32)}\u201d. {whereToLook}", AnswerKind.Problem);
}
