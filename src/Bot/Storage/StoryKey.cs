namespace Bot.Host.Storage;

/// <summary>
/// Which story the stored sources and feeds belong to: the seeds folder, relative to the content root when it is
/// inside it ("seeds", the default), else its full path. One data folder can so serve several stories (`--seeds`)
/// without one's additions showing in another. Moving a story's folder elsewhere gives it a new key.
/// </summary>
public sealed record StoryKey(string Value)
{
    public static readonly StoryKey Default = new("seeds");

    public static StoryKey For(string seedsPath, string contentRoot)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsPath, contentRoot));
        var relative = Path.GetRelativePath(contentRoot, full);
        return new(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace(Path.DirectorySeparatorChar, '/'));
    }
}
