using System.Data.Common;
using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Exports;

/// <summary>
/// `export effecten`: the effect of every instrument and category started in a year, on regular work within the
/// horizon (docs/effect.md). Empty where a value is undefined (no match, no interval, no effect shown for a cost per
/// extra client), never 0 in its place.
/// </summary>
public static class EffectenExport
{
    public static readonly string[] Header =
    [
        "gemeente", "categorie", "instrument", "startjaar", "horizon_maanden", "behandeld", "gematcht", "buiten_bereik", "werk_behandeld_pct",
        "werk_controle_pct", "effect_pp", "ondergrens_pp", "bovengrens_pp", "naief_verschil_pp", "max_gestandaardiseerd_verschil",
        "kosten_per_deelnemer", "kosten_per_extra_werk", "voorlopig",
    ];

    public static IEnumerable<IReadOnlyList<string>> Rows(DbConnection c, Stand stand, int jaar, int horizon, Uurtarief uurtarief)
    {
        if (!Effectschatting.Horizonnen.Contains(horizon))
            throw new ArgumentException($"Horizon {horizon} maanden bestaat niet: kies 6, 12 of 24.");
        var peildatum = stand.Peildatum;
        Periode.Jaar(jaar).BekendOp(peildatum); // a start year after the peildatum is refused with the usual message
        // Not GegevensQueries.Load: at a large city everything the indicators read does not fit the export's memory (issue 21).
        // The costs need only the year's voorzieningen; the clients are streamed, only those on benefit in the year.
        var kosten = GegevensQueries.VoorzieningKostenCent(c, stand, jaar, null, uurtarief);
        var effecten = Effectschatting.Schat(KlantbeeldQueries.InBijstand(c, stand, jaar), peildatum, jaar, horizon, kosten);
        return effecten.Select(e => Row(stand.Gemeente, e)).ToList();
    }

    public static IReadOnlyList<string> Row(string gemeente, Effect e) =>
    [
        gemeente, e.Categorie, e.Instrument ?? "", e.Startjaar.ToString(), e.Horizon.ToString(), e.Behandeld.ToString(), e.Gematcht.ToString(),
        e.BuitenBereik.ToString(), N(e.WerkBehandeldPct, 1), N(e.WerkControlePct, 1), N(e.EffectPp, 1), N(e.OndergrensPp, 1), N(e.BovengrensPp, 1),
        N(e.NaiefVerschilPp, 1), N(e.MaxVerschilNa, 3), e.KostenPerDeelnemer is { } k ? DutchCsv.Number(k, 2) : "",
        e.KostenPerExtraWerk is { } x ? DutchCsv.Number(x, 2) : "", e.Voorlopig ? "J" : "N",
    ];

    static string N(double? v, int decimals) => v is { } d ? DutchCsv.Number(Math.Round(d, decimals, MidpointRounding.AwayFromZero), decimals) : "";
}
