using Microsoft.Data.Sqlite;

namespace Bot.Testing;

/// <summary>
/// A fresh folder under the system's temporary folder for one test (its bot.db, its seeds), deleted with everything
/// in it when disposed, after SQLite's pooled connections have let go of the files.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose = "bot-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), purpose, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a process the test started; the system's temporary folder is cleaned in time.
        }
    }
}
