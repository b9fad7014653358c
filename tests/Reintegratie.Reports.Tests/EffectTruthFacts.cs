using System.Globalization;
using System.Text;
using Reintegratie.Core.Effect;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Indicators;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Reports.Exports;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// The demo municipality (profile middel, seed 342) as the generator writes it: its last delivery loaded into a real
/// warehouse, and the true effects it writes beside it (effecten-waarheid.csv).
/// </summary>
public sealed class EffectTruthFixture : IDisposable
{
    public const int Jaar = 2010, Horizon = 12;
    public string Folder { get; } = Directory.CreateTempSubdirectory("reintegratie-waarheid-").FullName;
    public History History { get; }
    public string[] Waarheid { get; }
    public IReadOnlyList<Klantbeeld> Klanten { get; }
    public IReadOnlyList<Effect> Effecten { get; }
    public WarehouseDatabase Database { get; }
    public long Levering { get; }
    public DateOnly Peildatum { get; }

    public EffectTruthFixture()
    {
        var profiel = Profile.Middel;
        History = Simulation.Run(profiel, 342);
        var reference = ReferenceWriter.Write(History, profiel, new Random(342 ^ 0x5EED), Folder);
        EffectTruth.Write(History.Truth, profiel, Folder);
        Waarheid = File.ReadAllLines(Path.Combine(Folder, EffectTruth.Bestand));
        var delivery = SnapshotWriter.Write(History, profiel, new DateOnly(profiel.LastYear, 12, 31), 1, Folder);
        var database = Database = WarehouseDatabase.From(Path.Combine(Folder, "w.db"));
        Migrator.Migrate(database);
        var levering = Levering = new DeliveryLoader(database, new Pseudonymiser(Encoding.UTF8.GetBytes("waarheid-test-sleutel-0123456789")))
            .Load(delivery, new ReferenceSource(reference)).LeveringId!.Value;
        using var c = database.Open();
        var g = GegevensQueries.Load(c, AsKnownAt.Resolve(c, profiel.Gemeentecode, levering));
        Klanten = Klantbeeld.Uit(g);
        Peildatum = g.Peildatum;
        Effecten = Effectschatting.Schat(Klanten, g.Peildatum, Jaar, Horizon);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}

public class EffectTruthFacts(EffectTruthFixture fixture) : IClassFixture<EffectTruthFixture>
{
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// The truth is computed from the simulation, the estimate from the delivery in the warehouse: for every category and
    /// instrument of 2010 at 12 months they must agree on who took part and, where all were matched, on how many found work.
    /// </summary>
    [Fact]
    public void TruthFile_HasTheParticipantsAndOutcomes_TheWarehouseHas()
    {
        Assert.Equal(string.Join(';', EffectTruth.Header), fixture.Waarheid[0]);
        var omschrijving = Catalogue.Instruments.ToDictionary(i => i.Code, i => i.Omschrijving);
        var rijen = fixture.Waarheid.Skip(1).Select(l => l.Split(';')).Where(r => r[3] == "2010" && r[4] == "12").ToList();
        Assert.NotEmpty(rijen);
        foreach (var r in rijen)
        {
            Assert.Equal("GM0342", r[0]);
            var e = Assert.Single(fixture.Effecten, e => e.Categorie == r[1] && e.Instrument == (r[2] == "" ? null : omschrijving[r[2]]) && e.Subgroep == null);
            int deelnemers = int.Parse(r[5]), met = int.Parse(r[6]), zonder = int.Parse(r[7]);
            Assert.Equal(deelnemers, e.Behandeld);
            if (e.Gematcht == e.Behandeld) Assert.Equal(met, e.WerkBehandeld);
            // Shares and effect with a decimal comma, to one decimal, from the counts.
            Assert.Equal(Math.Round(100.0 * met / deelnemers, 1, MidpointRounding.AwayFromZero), double.Parse(r[8], Nl));
            Assert.Equal(Math.Round(100.0 * zonder / deelnemers, 1, MidpointRounding.AwayFromZero), double.Parse(r[9], Nl));
            Assert.Equal(Math.Round(100.0 * (met - zonder) / deelnemers, 1, MidpointRounding.AwayFromZero), double.Parse(r[10], Nl));
            Assert.Equal("N", r[11]); // 2010 + 12 months closed on 31 December 2011
        }
        Assert.Equal(rijen.Count, fixture.Effecten.Count(e => e.Subgroep == null));
    }

    /// <summary>Only SOLL and SCHOLING change anyone's work; SOLL only raises the chance, so with it no one does worse.</summary>
    [Fact]
    public void Truth_IsZero_WhereNothingIsPlanted_AndNeverNegative_ForTheInstrumentThatHelps()
    {
        var waarheid = fixture.History.Truth;
        Assert.All(waarheid.Where(t => t.Instrument != null && t.Instrument is not (PlantedEffects.Helpt or PlantedEffects.Insluiting)),
            t => Assert.Equal(t.WerkZonder, t.WerkMet));
        Assert.All(waarheid.Where(t => t.Instrument == PlantedEffects.Helpt), t => Assert.True(t.WerkMet >= t.WerkZonder, $"{t}"));
        Assert.Contains(waarheid, t => t.Instrument == PlantedEffects.Helpt && t.WerkMet > t.WerkZonder);
    }

    /// <summary>The timeline reuses covariates between the days they can change on: on every day of a year it gives what <see cref="Kenmerken.Op"/> gives.</summary>
    [Fact]
    public void Tijdlijn_GivesWhatOpGives_OnEveryDay()
    {
        var (van, tot) = (new DateOnly(EffectTruthFixture.Jaar, 1, 1), new DateOnly(EffectTruthFixture.Jaar, 12, 31));
        var vergeleken = 0;
        foreach (var k in fixture.Klanten)
        {
            var tijdlijn = new KenmerkenTijdlijn(k, van, tot);
            for (var s = van; s <= tot; s = s.AddDays(1))
            {
                if (!k.InBijstand(s)) continue;
                var (x, waarden, cel) = tijdlijn.Op(s);
                var direct = Kenmerken.Op(k, s);
                Assert.Equal(direct, x);
                Assert.Equal(direct.Waarden(), waarden);
                Assert.Equal(direct.Cel, cel);
                vergeleken++;
            }
        }
        Assert.True(vergeleken > 50_000, $"{vergeleken} client-days compared");
    }

    /// <summary>The comparison's days filled as ranges (<see cref="Verloop"/>) give what the rules give per day, for every client and horizon.</summary>
    [Theory]
    [InlineData(6)]
    [InlineData(12)]
    [InlineData(24)]
    public void Verloop_GivesWhatTheRulesGive_OnEveryDay(int horizon)
    {
        var v = new Verloop(EffectTruthFixture.Jaar, horizon);
        var (bijstand, gestart, werk) = (0, 0, 0);
        foreach (var k in fixture.Klanten)
        {
            v.Vul(k);
            for (var i = 0; i < v.Dagen; i++)
            {
                var s = v.Dag(i);
                Assert.Equal(k.InBijstand(s), v.Bijstand[i]);
                foreach (var categorie in Effectschatting.Categorieen)
                {
                    var start = k.StartVan(categorie, s.AddMonths(-12), s);
                    Assert.Equal(start, (v.Gestart[i] & v.Bit(categorie)) != 0);
                    if (start) gestart++;
                }
                var metWerk = Begeleiding.RegulierWerkBinnen(k.Uitkeringen, k.Dienstverbanden, s, horizon);
                Assert.Equal(metWerk, v.Werk[i]);
                if (v.Bijstand[i]) bijstand++;
                if (metWerk) werk++;
            }
        }
        // Not vacuous: each of the three is true on many client-days.
        Assert.All(new[] { bijstand, gestart, werk }, n => Assert.True(n > 5_000, $"{bijstand} {gestart} {werk}"));
    }

    /// <summary>
    /// The export streams the clients from the warehouse in parts (<see cref="KlantbeeldQueries"/>): they are the clients
    /// <see cref="GegevensQueries.Load"/> gives, fact for fact, and the estimate from them is the same to the last digit.
    /// </summary>
    [Fact]
    public void Klantbeelden_Streamed_AreTheClientsOfTheWarehouse_AndGiveTheSameEstimate()
    {
        using var c = fixture.Database.Open();
        var gestroomd = KlantbeeldQueries.Klantbeelden(c, AsKnownAt.Resolve(c, "GM0342", fixture.Levering), perDeel: 97).ToList();
        Assert.Equal(fixture.Klanten.Select(k => k.Klant), gestroomd.Select(k => k.Klant));
        ZelfdeFeiten(fixture.Klanten, gestroomd);
        Assert.True(fixture.Klanten.Count > 3 * 97);
        var uitStroom = Effectschatting.Schat(KlantbeeldQueries.Klantbeelden(c, AsKnownAt.Resolve(c, "GM0342", fixture.Levering), perDeel: 97),
            fixture.Peildatum, EffectTruthFixture.Jaar, EffectTruthFixture.Horizon);
        Assert.Equal(fixture.Effecten.Select(e => EffectenExport.Row("GM0342", e)), uitStroom.Select(e => EffectenExport.Row("GM0342", e)));
        Assert.Contains(uitStroom, e => e.Gematcht > 0);
    }

    /// <summary>
    /// An estimate of a start year streams only the clients on a WWB or PW uitkering on some day of it
    /// (<see cref="KlantbeeldQueries.InBijstand"/>): exactly those of all clients, fact for fact, and the same estimate.
    /// </summary>
    [Fact]
    public void InBijstand_Streamed_AreTheClientsOnBenefitInTheYear_AndGiveTheSameEstimate()
    {
        using var c = fixture.Database.Open();
        var stand = AsKnownAt.Resolve(c, "GM0342", fixture.Levering);
        var jaar = EffectTruthFixture.Jaar;
        var gestroomd = KlantbeeldQueries.InBijstand(c, stand, jaar, perDeel: 97).ToList();
        var verwacht = fixture.Klanten.Where(k => OpBijstandIn(k, jaar)).ToList();
        var jaareinde = new DateOnly(jaar, 12, 31);
        ZelfdeFeiten(verwacht, gestroomd, jaareinde);
        // Not vacuous: several parts, and clients left out (those off benefit all year, before and after it); facts of
        // every kind left out that began after the year, and uitkeringen and dienstverbanden kept that did.
        Assert.InRange(verwacht.Count, 3 * 97, fixture.Klanten.Count - 200);
        Assert.Contains(fixture.Klanten, k => k.Uitkeringen.Any(u => Klantbeeld.IsBijstand(u) && u.Periode.End is { } e && e.Year == jaar - 1) && !OpBijstandIn(k, jaar));
        Assert.Contains(verwacht, k => k.Voorzieningen.Any(v => v.Periode.Start > jaareinde));
        Assert.Contains(verwacht, k => k.Geschiedenis.Trajecten.Any(t => t.Periode.Start > jaareinde));
        Assert.Contains(verwacht, k => k.Geschiedenis.Registraties.Any(r => r.Datum > jaareinde));
        Assert.Contains(gestroomd, k => k.Uitkeringen.Any(u => u.Periode.Start > jaareinde));
        Assert.Contains(gestroomd, k => k.Dienstverbanden.Any(d => d.Periode.Start > jaareinde));
        foreach (var horizon in Effectschatting.Horizonnen)
        {
            var alle = Effectschatting.Schat(fixture.Klanten, fixture.Peildatum, jaar, horizon);
            var bijstand = Effectschatting.Schat(KlantbeeldQueries.InBijstand(c, stand, jaar, perDeel: 97), fixture.Peildatum, jaar, horizon);
            Assert.Equal(alle.Select(e => EffectenExport.Row("GM0342", e)), bijstand.Select(e => EffectenExport.Row("GM0342", e)));
        }
    }

    /// <summary>
    /// A report streams its effect section's clients and costs from the warehouse (<see cref="Rendering.Effectbron"/>), cut
    /// to the report's end as it cuts its own data: the same estimate, costs and groups as from that data in memory.
    /// </summary>
    [Fact]
    public void Effectbron_FromTheWarehouse_EstimatesAsTheReportsDataInMemory()
    {
        using var c = fixture.Database.Open();
        var stand = AsKnownAt.Resolve(c, "GM0342", fixture.Levering);
        // A najaarsnota's end: the facts after it are cut, and the starts of 2010 are followed for 6 months by then.
        var bekendOp = new DateOnly(2011, 6, 30);
        var groeperingen = new[] { "instrument", "aanbieder", "klantgroep" }.SelectMany(n => Groepering.Lees(n)!).ToList();
        var uitGeheugen = Rendering.Effectbron.SchatPerGroep(GegevensQueries.Load(c, stand).ZoalsBekendOp(bekendOp), Uurtarief.Standaard, bekendOp,
            EffectTruthFixture.Jaar, 6, groeperingen);
        var gestroomd = new Rendering.Effectbron(fixture.Database, stand, bekendOp, Uurtarief.Standaard).SchatPerGroep(bekendOp, EffectTruthFixture.Jaar, 6, groeperingen);
        static IEnumerable<string> Regels(IReadOnlyList<IReadOnlyList<Effect>> lijsten) =>
            lijsten.SelectMany((l, i) => l.Select(e => $"{i} {e.Subgroep} {string.Join(';', EffectenExport.Row("GM0342", e))}"));
        Assert.Equal(Regels(uitGeheugen), Regels(gestroomd));
        Assert.Equal(1 + groeperingen.Count, gestroomd.Count);
        Assert.All(gestroomd, l => Assert.NotEmpty(l));
        Assert.Contains(gestroomd[0], e => e.Gematcht > 0 && e.KostenPerDeelnemer > 0);
    }

    static bool OpBijstandIn(Klantbeeld k, int jaar) =>
        k.Uitkeringen.Any(u => Klantbeeld.IsBijstand(u) && u.Periode.Start <= new DateOnly(jaar, 12, 31) && !(u.Periode.End < new DateOnly(jaar, 1, 1)));

    /// <param name="tot">When given: the trajecten, voorzieningen and registrations expected only up to this day (<see cref="KlantbeeldQueries.InBijstand(string, string)"/>).</param>
    static void ZelfdeFeiten(IReadOnlyList<Klantbeeld> verwacht, IReadOnlyList<Klantbeeld> gestroomd, DateOnly? tot = null)
    {
        var eind = tot ?? DateOnly.MaxValue;
        Assert.Equal(verwacht.Select(k => k.Klant), gestroomd.Select(k => k.Klant));
        foreach (var (a, b) in verwacht.Zip(gestroomd))
        {
            Assert.Equal(a.Uitkeringen, b.Uitkeringen);
            Assert.Equal(a.Dienstverbanden, b.Dienstverbanden);
            Assert.Equal(a.Voorzieningen.Where(v => v.Periode.Start <= eind), b.Voorzieningen);
            Assert.Equal(a.Geschiedenis.Uitkeringen, b.Geschiedenis.Uitkeringen);
            Assert.Equal(a.Geschiedenis.Trajecten.Where(t => t.Periode.Start <= eind), b.Geschiedenis.Trajecten);
            Assert.Equal(a.Geschiedenis.Voorzieningen.Where(v => v.Periode.Start <= eind), b.Geschiedenis.Voorzieningen);
            Assert.Equal(a.Geschiedenis.Dienstverbanden, b.Geschiedenis.Dienstverbanden);
            Assert.Equal(a.Geschiedenis.Registraties.Where(r => r.Datum <= eind), b.Geschiedenis.Registraties);
        }
    }
}
