using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GilGrid.Silo;

/// <summary>
/// Logs the cluster's active silos each time that set changes, and each silo declared dead, so
/// that whoever runs silos (or a script such as scripts/failover-demo.sh) sees the cluster form
/// and sees a failure detected.
/// </summary>
public sealed class MembershipLog(IClusterMembershipService membership, ILogger<MembershipLog> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var active = new HashSet<SiloAddress>();
        var dead = new HashSet<SiloAddress>();
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                foreach (var member in snapshot.Members.Values)
                {
                    if (member.Status == SiloStatus.Dead && dead.Add(member.SiloAddress))
                        log.LogInformation("Silo {Silo} is dead.", member.SiloAddress.Endpoint);
                }
                var now = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToHashSet();
                if (now.SetEquals(active))
                    continue;
                active = now;
                var endpoints = active.Select(s => s.Endpoint.ToString()).Order(StringComparer.Ordinal);
                log.LogInformation("Active silos: {Count} ({Silos}).", active.Count, string.Join(", ", endpoints));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
