namespace Reintegratie.Generator;

/// <summary>
/// Writes one delivery: the case system as it stood on the peildatum. What starts later is left out; what ends
/// later is still running (no end date, no result); a decision after the peildatum is still pending.
/// </summary>
public static class SnapshotWriter
{
    public static string Write(History h, Profile p, DateOnly peil, int volgnummer, string outDir, Func<Payment, Payment>? correct = null)
    {
        var folder = Path.Combine(outDir, DeliveryWriter.FolderName(p.Gemeentecode, peil, volgnummer));
        Directory.CreateDirectory(folder);
        var files = new List<(string, long)>();
        DateOnly? Until(DateOnly? end) => end <= peil ? end : null;
        string? IfEnded(DateOnly? end, string? value) => end <= peil ? value : null;

        void File(string name, string[] header, Action<CsvFileWriter> rows)
        {
            using var w = new CsvFileWriter(Path.Combine(folder, name), header);
            rows(w);
            files.Add((name, w.Rows));
        }

        var known = h.Clients.Where(c => c.Known <= peil).Select(c => c.Clientnr).ToHashSet();
        File("aanbieder.csv", ["aanbieder", "naam", "soort", "keurmerk", "contract_start", "contract_einde"], w =>
        {
            foreach (var a in h.Providers) w.Row(a.Code, a.Naam, a.Soort, a.Keurmerk, a.ContractStart, Until(a.ContractEinde));
        });
        File("medewerker.csv", ["medewerker", "team", "fte"], w =>
        {
            foreach (var m in h.Staff) w.Row(m.Code, m.Team, m.Fte.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','));
        });
        File("klant.csv", ["clientnr", "bsn", "geboortedatum", "geslacht", "postcode", "gemeentecode", "opleiding", "leefvorm", "arbeidsplicht", "medewerker"], w =>
        {
            foreach (var c in h.Clients.Where(c => c.Known <= peil))
                w.Row(c.Clientnr, c.Bsn, c.Geboortedatum, c.Geslacht, c.Postcode, null, c.Opleiding, c.Leefvorm, c.Arbeidsplicht, c.Medewerker);
        });
        File("aanvraag.csv", ["aanvraagnr", "clientnr", "regeling", "aanvraagdatum", "besluitdatum", "besluit", "reden"], w =>
        {
            foreach (var a in h.Applications.Where(a => a.Aanvraagdatum <= peil && known.Contains(a.Clientnr)))
                w.Row(a.Aanvraagnr, a.Clientnr, a.Regeling, a.Aanvraagdatum, Until(a.Besluitdatum), IfEnded(a.Besluitdatum, a.Besluit), IfEnded(a.Besluitdatum, a.Reden));
        });
        File("uitkering.csv", ["uitkeringnr", "clientnr", "regeling", "ingangsdatum", "einddatum", "reden_einde", "bedrag_maand"], w =>
        {
            foreach (var b in h.Benefits.Where(b => b.Ingangsdatum <= peil))
                w.Row(b.Uitkeringnr, b.Clientnr, b.Regeling, b.Ingangsdatum, Until(b.Einddatum), IfEnded(b.Einddatum, b.RedenEinde), b.BedragMaand);
        });
        File("traject.csv", ["trajectnr", "clientnr", "doel", "klantprofiel", "startdatum", "einddatum", "resultaat", "medewerker"], w =>
        {
            foreach (var t in h.Trajects.Where(t => t.Startdatum <= peil))
                w.Row(t.Trajectnr, t.Clientnr, t.Doel, t.Klantprofiel, t.Startdatum, Until(t.Einddatum), IfEnded(t.Einddatum, t.Resultaat), t.Medewerker);
        });
        File("voorziening.csv", ["voorzieningnr", "clientnr", "trajectnr", "instrument", "aanbieder", "startdatum", "geplande_einddatum", "einddatum", "resultaat", "kosten", "financiering"], w =>
        {
            foreach (var v in h.Voorzieningen.Where(v => v.Startdatum <= peil))
                w.Row(v.Voorzieningnr, v.Clientnr, v.Trajectnr, v.Instrument, v.Aanbieder, v.Startdatum, v.GeplandeEinddatum, Until(v.Einddatum),
                    IfEnded(v.Einddatum, v.Resultaat), v.Kosten, v.Financiering);
        });
        File("ladder.csv", ["clientnr", "datum", "trede", "bron"], w =>
        {
            foreach (var l in h.Ladder.Where(l => l.Datum <= peil)) w.Row(l.Clientnr, l.Datum, l.Trede, l.Bron);
        });
        File("dienstverband.csv", ["clientnr", "startdatum", "einddatum", "uren_per_week", "soort"], w =>
        {
            foreach (var e in h.Employment.Where(e => e.Startdatum <= peil && known.Contains(e.Clientnr)))
                w.Row(e.Clientnr, e.Startdatum, Until(e.Einddatum), e.UrenPerWeek.ToString("0"), e.Soort);
        });
        File("betaling.csv", ["boekingsnr", "boekdatum", "budget", "soort", "bedrag", "clientnr", "voorzieningnr", "omschrijving"], w =>
        {
            foreach (var b in h.Payments.Where(b => b.Boekdatum <= peil).OrderBy(b => b.Boekingsnr, StringComparer.Ordinal))
            {
                var x = correct?.Invoke(b) ?? b;
                w.Row(x.Boekingsnr, x.Boekdatum, x.Budget, x.Soort, x.Bedrag, x.Clientnr, x.Voorzieningnr, x.Omschrijving);
            }
        });
        File("uren.csv", ["medewerker", "datum", "clientnr", "activiteit", "uren"], w =>
        {
            foreach (var u in h.Hours.Where(u => u.Datum <= peil)) w.Row(u.Medewerker, u.Datum, u.Clientnr, u.Activiteit, u.Uren.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','));
        });
        File("maatregel.csv", ["maatregelnr", "clientnr", "besluitdatum", "categorie", "percentage", "duur_maanden", "recidive"], w =>
        {
            foreach (var m in h.Sanctions.Where(m => m.Besluitdatum <= peil)) w.Row(m.Maatregelnr, m.Clientnr, m.Besluitdatum, m.Categorie, m.Percentage, m.DuurMaanden, m.Recidive);
        });
        DeliveryWriter.WriteManifest(folder, p.Gemeentecode, p.Uitvoerder, peil, volgnummer, files);
        return folder;
    }
}
