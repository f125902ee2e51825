using System.Net;
using System.Text.Json;
using Xunit;

namespace GilGrid.Tests.Cluster;

/// <summary>`--dashboard [PORT]`: a real silo process serves Orleans' dashboard on loopback, its
/// page and its JSON API, which reports this silo as active.</summary>
public sealed class SiloDashboardTests
{
    [Fact]
    public async Task The_silo_serves_the_dashboard_page_and_its_api()
    {
        var ports = SiloProcess.FreePorts(3);
        using var silo = SiloProcess.Start([
            "--silo-port", ports[0].ToString(), "--gateway-port", ports[1].ToString(), "--dashboard", ports[2].ToString()]);
        await silo.WaitForOutputAsync($"Dashboard on http://127.0.0.1:{ports[2]}/", TimeSpan.FromSeconds(45));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[2]}/"), Timeout = TimeSpan.FromSeconds(20) };

        using var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // The cluster's hosts as the dashboard reports them: this one silo, active. The dashboard
        // gathers its counters every second, so the first answers may have no host yet.
        var hosts = await HostsAsync(http);
        var host = Assert.Single(hosts);
        Assert.StartsWith($"127.0.0.1:{ports[0]}@", host.GetProperty("siloAddress").GetString());
        Assert.Equal("Active", host.GetProperty("status").GetString());
    }

    private static async Task<List<JsonElement>> HostsAsync(HttpClient http)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var counters = await http.GetAsync("/DashboardCounters");
            Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
            using var json = JsonDocument.Parse(await counters.Content.ReadAsStringAsync());
            var hosts = json.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.Clone()).ToList();
            if (hosts.Count > 0 || attempt == 100)
                return hosts;
            await Task.Delay(200);
        }
    }
}
