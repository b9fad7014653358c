namespace Reintegratie.Tests.Shared;

/// <summary>Runs only when REINTEGRATIE_TEST_SQLSERVER holds a connection string; xunit reports it as skipped otherwise.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "REINTEGRATIE_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"SQL Server integration test skipped: {Variable} holds no connection string";
    }
}
