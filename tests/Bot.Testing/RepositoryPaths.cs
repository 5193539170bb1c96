namespace Bot.Testing;

/// <summary>The repository the tests run in (the folder with Bot.sln above the test binaries) and its seeds.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above the test binaries.");
    }
}
