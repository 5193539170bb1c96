namespace Bot.Host.Hosting;

/// <summary>
/// Finds the folder that holds appsettings.json and seeds/: the current directory when run from the repository
/// (as `dotnet run --project src/Bot` is), else the nearest such folder above the binary.
/// </summary>
public static class ContentRootLocator
{
    public const string SettingsFile = "appsettings.json";

    public static string Find()
    {
        var current = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(current, SettingsFile)))
        {
            return current;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SettingsFile)) && Directory.Exists(Path.Combine(folder.FullName, "seeds")))
            {
                return folder.FullName;
            }
        }

        return current;
    }
}
