using System.Net;
using System.Text.RegularExpressions;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Jobs.Tests;

/// <summary>
/// The hourly rate belongs to one render: two municipalities of one warehouse rendered at the same time, each at its own
/// rate, each show the internal costs of their own rate (as `serve` renders reports concurrently).
/// </summary>
public sealed class UurtariefPerRenderFacts(SharedServiceWarehouse warehouse) : IClassFixture<SharedServiceWarehouse>
{
    const string Rapport = "raadsrapportage";
    static readonly Uurtarief Nul = new(0m);
    static readonly string Niets = DutchFormat.Euro(0m);

    [Fact]
    public async Task TwoMunicipalities_RenderedConcurrently_EachCarryTheirOwnRate()
    {
        var gemeenten = new[] { LoadedWarehouse.Gemeente, SharedServiceWarehouse.Baarn };
        // One at a time first: what each costs at the default rate (the hours of the small delivery are not nothing).
        var alleen = gemeenten.ToDictionary(g => g, g => InterneKosten(Render(g, Uurtarief.Standaard, "alleen")));
        Assert.All(alleen.Values, kosten => Assert.NotEqual(Niets, kosten));
        Assert.NotEqual(alleen[gemeenten[0]], alleen[gemeenten[1]]);

        // Then both at once, one priced at the default rate and the other at nothing, and the other way round.
        for (var ronde = 0; ronde < 4; ronde++)
        {
            var duur = gemeenten[ronde % 2];
            var gratis = gemeenten[(ronde + 1) % 2];
            var kosten = await Task.WhenAll(
                Task.Run(() => InterneKosten(Render(duur, Uurtarief.Standaard, $"ronde{ronde}"))),
                Task.Run(() => InterneKosten(Render(gratis, Nul, $"ronde{ronde}"))));
            Assert.Equal(alleen[duur], kosten[0]);
            Assert.Equal(Niets, kosten[1]);
        }
    }

    string Render(string gemeente, Uurtarief tarief, string map) =>
        File.ReadAllText(new ReportRequest(Rapport, gemeente, "2011", null, Path.Combine(warehouse.Folder, "tarief", map), Tarief: tarief).Render(warehouse.Database).Html);

    /// <summary>The key figures' row for interne_kosten: its value for the report's year (the column after the year before).</summary>
    static string InterneKosten(string html)
    {
        var row = Regex.Match(html, @"<th scope=""row"">Interne kosten van begeleiding</th><td[^>]*>[^<]*</td><td[^>]*>([^<]*)</td>");
        Assert.True(row.Success, "Het rapport heeft geen rij 'Interne kosten van begeleiding' in de kerncijfers.");
        return WebUtility.HtmlDecode(row.Groups[1].Value);
    }
}
