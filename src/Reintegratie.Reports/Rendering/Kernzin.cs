using Reintegratie.Core.Indicators;
using Reintegratie.Core;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// The sentence that opens a chart or table (docs/rules.md §16): the period's value against the same stretch of the year
/// before. It never compares a provisional value or one that publishing hides (docs/rules.md §9, §14).
/// </summary>
public static class Kernzin
{
    public static string? Vergelijking(Indicator indicator, Periode nu, Meting waarde, Periode vorig, Meting vorigeWaarde, Publicatie publicatie)
    {
        if (publicatie.Waarde(waarde, indicator.Eenheid) is not { } a) return null;
        var tekst = Tekst(waarde, indicator, publicatie);
        if (waarde.Voorlopig)
            return $"{indicator.Naam} in {nu.Naam}: {tekst}, voorlopig: de termijn van de indicator is op de peildatum nog niet verstreken.";
        if (vorigeWaarde.Voorlopig || publicatie.Waarde(vorigeWaarde, indicator.Eenheid) is not { } b)
            return $"{indicator.Naam} in {nu.Naam}: {tekst}.";
        var richting = a > b ? "gestegen" : a < b ? "gedaald" : "gelijk gebleven";
        return a == b
            ? $"{indicator.Naam} is gelijk gebleven: {tekst} in {nu.Naam}, net als in {vorig.Naam}."
            : $"{indicator.Naam} is {richting} van {Tekst(vorigeWaarde, indicator, publicatie)} in {vorig.Naam} naar {tekst} in {nu.Naam}.";
    }

    /// <summary>The footnote under a table or chart that shows a provisional value marked "*" (open points in a chart).</summary>
    public static string VoorlopigNoot(bool grafiek) =>
        $"* voorlopig{(grafiek ? " (open punten in de grafiek)" : "")}: de termijn van de indicator is op de peildatum nog niet verstreken.";

    /// <summary>"1 van de 3 doelstellingen is gehaald", "2 van de 3 doelstellingen zijn gehaald".</summary>
    public static string Gehaald(int gehaald, int beoordeeld) =>
        $"{gehaald} van de {beoordeeld} {(beoordeeld == 1 ? "doelstelling" : "doelstellingen")} {(gehaald == 1 ? "is" : "zijn")} gehaald.";

    static string Tekst(Meting m, Indicator indicator, Publicatie publicatie) => publicatie.Cel(m with { Voorlopig = false }, indicator.Eenheid).Tekst;
}
