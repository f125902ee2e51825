using Microsoft.Extensions.Logging;
using Npgsql;

namespace GilGrid.Clustering;

/// <summary>
/// Creates the tables and stored statements that Orleans' ADO.NET clustering reads and writes, in
/// a PostgreSQL database that has none yet (PostgresMembership.sql, embedded in this assembly).
/// </summary>
/// <remarks>
/// Why the silo creates the schema itself: the Microsoft.Orleans.Clustering.AdoNet 10.4.2 package
/// ships no SQL scripts (older versions did), and a cluster should start on an empty database
/// without a manual `psql -f` step, on every machine alike. Only silos run this; a client needs a
/// silo to be up anyway. Two silos starting together on an empty database take a transaction-level
/// advisory lock, so one of them creates the schema and the other then finds it. An existing
/// schema (ours, or one made from Orleans' own scripts) is left as it is.
/// </remarks>
public static class PostgresSchema
{
    private const string ScriptResource = "GilGrid.Clustering.PostgresMembership.sql";

    /// <summary>Any fixed number: the advisory lock's key, shared by every GilGrid silo.</summary>
    private const long SchemaLockKey = 0x6A1_6A1D;

    /// <summary>Creates the schema unless the database has it; true when it was created.</summary>
    public static async Task<bool> EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockSchema = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLockKey})", connection, transaction))
            await lockSchema.ExecuteNonQueryAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('orleansquery') IS NOT NULL", connection, transaction))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
                return false;
        }
        await using (var create = new NpgsqlCommand(Script(), connection, transaction))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string Script()
    {
        using var stream = typeof(PostgresSchema).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"the assembly has no resource {ScriptResource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>Runs <see cref="PostgresSchema.EnsureCreatedAsync"/> first thing in a silo's start,
/// before Orleans' membership reads the stored statements.</summary>
internal sealed class PostgresSchemaInstaller(ClusterMembership membership, ILogger<PostgresSchemaInstaller> log)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresSchemaInstaller), ServiceLifecycleStage.First, async cancellationToken =>
        {
            if (await PostgresSchema.EnsureCreatedAsync(MembershipBuilderExtensions.PostgresConnectionString(membership), cancellationToken))
                log.LogInformation("Created the Orleans membership tables in {Location}.", membership.Location);
        });
}
