namespace Bot.Host.Storage;

/// <summary>One numbered step of a provider's schema. Applied once, in order, inside the migration transaction.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>A step whose SQL is a file embedded in the build (a vendor's schema, kept as the vendor ships it).</summary>
    internal static Migration Embedded(int version, string name, string resource)
    {
        using var stream = typeof(Migration).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return new(version, name, reader.ReadToEnd());
    }
}
