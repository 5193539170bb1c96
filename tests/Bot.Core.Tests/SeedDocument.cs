namespace Bot.Core.Tests;

/// <summary>The repository's seed story, read the way the tests need it: its body without the front matter.</summary>
internal static class SeedDocument
{
    public const string FileName = "2025-12-31-ain-al-asad-withdrawal.txt";

    public static DateOnly Published { get; } = new(2025, 12, 31);

    public static string Body()
    {
        var text = File.ReadAllText(Path.Combine(FindSeedsFolder(), FileName));
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines[0].Trim() != "---")
        {
            return text;
        }

        var close = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        return string.Join('\n', lines[(close + 1)..]);
    }

    private static string FindSeedsFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, FileName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No seeds/{FileName} above {AppContext.BaseDirectory}.");
    }
}
