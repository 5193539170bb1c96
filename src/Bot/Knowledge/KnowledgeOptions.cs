using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Knowledge;

public sealed class KnowledgeOptions
{
    public const string Section = "Bot:Knowledge";

    /// <summary>The story's documents: every .txt, .md and .html file below it. Relative to the content root.</summary>
    [Required(ErrorMessage = "Bot:Knowledge:SeedsPath must name the folder of the story's documents.")]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Past this age the newest report is called old: /status and /next say how old it is.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Bot:Knowledge:StaleAfter must be a length of time from 1 day to 3650 days, e.g. 14.00:00:00 for two weeks.")]
    public TimeSpan StaleAfter { get; set; } = Core.Commands.Catalog.StoryClock.DefaultStaleAfter;
}
