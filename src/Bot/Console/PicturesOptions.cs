namespace Bot.Host.Console;

/// <summary>Where the console and `ask` write the charts they draw (`Bot:Pictures`).</summary>
public sealed class PicturesOptions
{
    public const string Section = "Bot:Pictures";

    /// <summary>The folder for chart PNGs; the system's temporary folder (bot-pictures) when unset.</summary>
    public string? OutputDirectory { get; set; }
}
