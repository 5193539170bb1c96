using System.Globalization;

namespace Bot.Host.Hosting;

/// <summary>What the process was asked to do.</summary>
public enum BotMode
{
    /// <summary>The hosted worker: chat transports (or the console chat when none is configured).</summary>
    Serve,
    /// <summary>Answer one message on stdout and exit.</summary>
    Ask,
    /// <summary>Print the planned reminders on stdout and exit.</summary>
    Reminders,
    /// <summary>Print <see cref="BotCommandLine.Help"/> on stdout and exit 0.</summary>
    Help,
}

/// <summary>
/// The parsed command line: `[ask "&lt;text&gt;" | reminders] [--seeds DIR] [--now ISO-8601] [--no-pictures]`. Anything else is a usage error
/// (exit code 2 with a one-line reason), so a typo never silently runs the wrong thing.
/// </summary>
public sealed record BotCommandLine(BotMode Mode, string? Text, string? SeedsPath, DateTimeOffset? Now)
{
    public const string Usage = "usage: Bot [ask \"<chat text>\" | reminders] [--seeds DIR] [--now ISO-8601] [--no-pictures] [--help]";

    public const string Help = Usage + """


          (no mode)       serve Telegram and/or Discord when their tokens are set; otherwise an interactive console chat
          ask "<text>"    answer one chat message as plain text on stdout and exit
          reminders       print the planned reminders and exit
          --seeds DIR     read the story's documents from DIR instead of seeds/
          --now T         pin the bot's clock: it starts at T (ISO-8601) and moves on with real time
          --Bot:Key=value override a setting (as does the environment variable Bot__Key=value; see README, Configuration)
          --no-pictures   answer with text alone: no chart is drawn or written
          --help, -h      print this and exit

        Exit codes: 0 done, 2 usage or configuration error in ask/reminders, 78 configuration error when serving,
        70 the service stopped because something failed.
        """;

    /// <summary>False with `--no-pictures`: answers go as text alone, no chart is drawn.</summary>
    public bool Pictures { get; init; } = true;

    public static BotCommandLine Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var mode = BotMode.Serve;
        string? text = null, seeds = null;
        DateTimeOffset? now = null;
        var pictures = true;
        var position = 0;

        if (args.Any(a => a is "--help" or "-h"))
        {
            return new(BotMode.Help, null, null, null);
        }

        if (args.Count > 0 && args[0] == "ask")
        {
            mode = BotMode.Ask;
            if (args.Count < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
            {
                error = "ask needs the chat text to answer, e.g. ask \"/status ain-al-asad\"";
                return new(mode, null, null, null);
            }

            text = args[1];
            position = 2;
        }
        else if (args.Count > 0 && args[0] == "reminders")
        {
            mode = BotMode.Reminders;
            position = 1;
        }

        for (; position < args.Count; position++)
        {
            var arg = args[position];
            switch (arg)
            {
                case "--seeds" when position + 1 < args.Count:
                    seeds = args[++position];
                    break;
                case "--now" when position + 1 < args.Count:
                    if (!DateTimeOffset.TryParse(args[++position], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    {
                        error = $"--now needs an ISO-8601 date or time, not \"{args[position]}\"";
                        return new(mode, text, seeds, null);
                    }

                    now = parsed;
                    break;
                case "--no-pictures":
                    pictures = false;
                    break;
                case "--seeds" or "--now":
                    error = $"{arg} needs a value";
                    return new(mode, text, seeds, now);
                default:
                    // Configuration overrides (--Bot:Storage:DataDirectory=...) pass through to the host.
                    if (arg.StartsWith("--Bot:", StringComparison.OrdinalIgnoreCase) || arg.StartsWith("--Bot__", StringComparison.OrdinalIgnoreCase))
                    {
                        break;
                    }

                    error = $"unknown argument \"{arg}\"";
                    return new(mode, text, seeds, now);
            }
        }

        if (seeds is not null && !Directory.Exists(seeds))
        {
            error = $"--seeds folder \"{seeds}\" does not exist";
        }

        return new(mode, text, seeds, now) { Pictures = pictures };
    }
}
