using System.Globalization;

namespace Bot.Host.Console;

/// <summary>
/// The console chat's log: a file in the data folder, because on a terminal stderr and stdout share the screen and a
/// log line would land between the prompt and the answer. Appends; one line per entry, exceptions below it.
/// </summary>
public sealed class ConsoleLogFile(string path) : ILoggerProvider
{
    private readonly Lock _gate = new();
    private StreamWriter? _writer;

    public string Path => path;

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            if (_writer is null)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
            }

            _writer.WriteLine(line);
        }
    }

    private sealed class FileLogger(ConsoleLogFile file, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}");
            file.Write(exception is null ? line : line + Environment.NewLine + exception);
        }
    }
}
