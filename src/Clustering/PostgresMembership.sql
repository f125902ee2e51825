-- GilGrid's PostgreSQL schema for Orleans' ADO.NET clustering provider
-- (Microsoft.Orleans.Clustering.AdoNet 10.4.2 with Npgsql). PostgresSchema.cs runs it, once, in a
-- database that has no OrleansQuery table yet.
--
-- The provider's contract: at start it reads every statement it uses from OrleansQuery
-- (QueryKey -> QueryText) and fails unless all of its keys are there; it binds them with
-- @-parameters named after the membership fields (DeploymentId is the cluster id); it reads result
-- columns by name; it expects a single true/false column from the conditional writes; and every
-- read of the member list returns the cluster's version row, joined with zero or more members.
-- A write that changes the list passes the version it read: the write succeeds, and bumps the
-- version, only when that version is still current; that is how silos agree on one list.
--
-- Unquoted names fold to lower case in PostgreSQL; Npgsql matches the provider's column names
-- without regard to case.

CREATE TABLE OrleansQuery
(
    QueryKey varchar(64) PRIMARY KEY,
    QueryText text NOT NULL
);

-- One row per cluster: the version every conditional write checks and bumps.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150) PRIMARY KEY,
    Timestamp timestamptz NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0
);

-- One row per silo incarnation (a restarted silo has a new Generation).
CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable ON DELETE CASCADE,
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer,
    -- "silo,time|silo,time...": who suspects this silo of being dead, and since when.
    SuspectTimes text,
    StartTime timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- The statements. Dollar quoting keeps their text as written. Each conditional write is one
-- statement: its first step takes the version row (the row lock orders concurrent writers, and a
-- writer that waited sees the version its predecessor wrote, so at most one of them succeeds),
-- and the change itself happens only when that step matched.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('InsertMembershipVersionKey', $sql$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1)
    SELECT count(*) > 0 FROM created
$sql$),

('InsertMembershipKey', $sql$
    WITH versioned AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        RETURNING DeploymentId),
    created AS (
        INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName,
            Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
            @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM versioned
        ON CONFLICT DO NOTHING
        RETURNING 1)
    SELECT count(*) > 0 FROM created
$sql$),

('UpdateMembershipKey', $sql$
    WITH versioned AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        RETURNING DeploymentId),
    changed AS (
        UPDATE OrleansMembershipTable AS member
        SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
        FROM versioned
        WHERE member.DeploymentId = versioned.DeploymentId
            AND member.Address = @Address AND member.Port = @Port AND member.Generation = @Generation
        RETURNING 1)
    SELECT count(*) > 0 FROM changed
$sql$),

-- The heartbeat: not versioned, it changes nobody's view of who is in the cluster.
('UpdateIAmAlivetimeKey', $sql$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId
        AND Address = @Address AND Port = @Port AND Generation = @Generation
$sql$),

('MembershipReadAllKey', $sql$
    SELECT version.DeploymentId, member.Address, member.Port, member.Generation, member.SiloName,
        member.HostName, member.Status, member.ProxyPort, member.SuspectTimes, member.StartTime,
        member.IAmAliveTime, version.Version
    FROM OrleansMembershipVersionTable AS version
        LEFT JOIN OrleansMembershipTable AS member ON member.DeploymentId = version.DeploymentId
    WHERE version.DeploymentId = @DeploymentId
$sql$),

('MembershipReadRowKey', $sql$
    SELECT version.DeploymentId, member.Address, member.Port, member.Generation, member.SiloName,
        member.HostName, member.Status, member.ProxyPort, member.SuspectTimes, member.StartTime,
        member.IAmAliveTime, version.Version
    FROM OrleansMembershipVersionTable AS version
        LEFT JOIN OrleansMembershipTable AS member ON member.DeploymentId = version.DeploymentId
            AND member.Address = @Address AND member.Port = @Port AND member.Generation = @Generation
    WHERE version.DeploymentId = @DeploymentId
$sql$),

-- What clients connect to: the gateways of the silos with the status asked for (Active).
('GatewaysQueryKey', $sql$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
$sql$),

-- Forgets a whole cluster (its members go with the version row).
('DeleteMembershipTableEntriesKey', $sql$
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId
$sql$),

-- Forgets the incarnations that stopped heartbeating before a cutoff and are not active.
('CleanupDefunctSiloEntriesKey', $sql$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3
$sql$),

-- Forgets one incarnation, once it is dead (status 6).
('CleanupDefunctSiloEntryKey', $sql$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
        AND Address = @Address AND Port = @Port AND Generation = @Generation AND Status = 6
$sql$);
