using System.Data;
using System.Data.Common;

namespace Bot.Host.Storage;

/// <summary>ADO.NET's command set-up in one line each, the same for every provider.</summary>
internal static class SqlCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Adds a parameter named without a prefix (both providers match it to <c>@name</c>). A null is bound as
    /// <see cref="DBNull"/>, typed by <paramref name="type"/> where the database cannot infer it from the statement.
    /// </summary>
    public static DbParameter Bind(this DbCommand command, string name, object? value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        if (type is { } dbType)
        {
            parameter.DbType = dbType;
        }

        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
