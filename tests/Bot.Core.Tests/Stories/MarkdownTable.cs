using System.Text;

namespace Bot.Core.Tests.Stories;

/// <summary>One row of a Markdown table: its cells, trimmed and unescaped, and the line it came from (for messages).</summary>
public sealed record MarkdownRow(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// Reads the first pipe table of a Markdown file, the format of the checks and question tables: a header row, a
/// separator row, then one row per entry. A literal pipe inside a cell is written <c>\|</c>.
/// </summary>
public static class MarkdownTable
{
    public static IReadOnlyList<MarkdownRow> Read(string path, params string[] expectedHeader)
    {
        var lines = File.ReadAllLines(path);
        var header = Array.FindIndex(lines, l => l.TrimStart().StartsWith('|'));
        if (header < 0 || header + 1 >= lines.Length)
        {
            throw new InvalidDataException($"{path}: no Markdown table.");
        }

        var columns = Cells(lines[header]);
        if (!columns.SequenceEqual(expectedHeader, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{path}:{header + 1}: the header must be | {string.Join(" | ", expectedHeader)} |, not | {string.Join(" | ", columns)} |.");
        }

        var rows = new List<MarkdownRow>();
        for (var i = header + 2; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
        {
            var cells = Cells(lines[i]);
            if (cells.Count != columns.Count)
            {
                throw new InvalidDataException($"{path}:{i + 1}: {cells.Count} cells where the header has {columns.Count} (write a pipe inside a cell as \\|).");
            }

            rows.Add(new MarkdownRow(i + 1, cells));
        }

        return rows;
    }

    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var text = line.Trim();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (text[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(text[i]);
            }
        }

        return cells;
    }
}
