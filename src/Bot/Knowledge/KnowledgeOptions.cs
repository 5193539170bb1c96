using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Knowledge;

public sealed class KnowledgeOptions
{
    public const string Section = "Bot:Knowledge";

    /// <summary>The story's documents: every .txt, .md and .html file below it. Relative to the content root.</summary>
    [Required(ErrorMessage = "Bot:Knowledge:SeedsPath must name the folder of the story's documents.")]
    public string SeedsPath { get; set; } = "seeds";
}
