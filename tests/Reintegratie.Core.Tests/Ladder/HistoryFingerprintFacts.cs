using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class HistoryFingerprintFacts
{
    [Fact]
    public void TheSameHistory_InAnotherOrder_HasTheSameFingerprint()
    {
        var a = New().Uitkering("2010-01-01", "2010-06-30").Uitkering("2011-01-01").Registratie("2010-02-01", 2).Registratie("2011-02-01", 3);
        var b = New().Uitkering("2011-01-01").Uitkering("2010-01-01", "2010-06-30").Registratie("2011-02-01", 3).Registratie("2010-02-01", 2);
        Assert.Equal(HistoryFingerprint.Of(a), HistoryFingerprint.Of(b));
    }

    [Fact]
    public void AnyChangeTheRulesRead_ChangesTheFingerprint()
    {
        var basis = HistoryFingerprint.Of(New().Uitkering("2010-01-01"));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01", "2011-12-31"))); // the benefit ended
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-02")));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01", regeling: "IOAW")));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New("1970-05-16").Uitkering("2010-01-01")));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01").Registratie("2010-02-01", 2)));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01").Voorziening("ZORG", "2010-02-01")));
        Assert.NotEqual(HistoryFingerprint.Of(New().Voorziening("ZORG", "2010-02-01")), HistoryFingerprint.Of(New().Voorziening("ZORG", "2010-02-01", instrument: "ANDER")));
        // A record moving from one list to another is a change, even with the same dates.
        Assert.NotEqual(HistoryFingerprint.Of(New().Dienstverband("REGULIER", "2010-01-01")), HistoryFingerprint.Of(New().Traject("REGULIER", "2010-01-01")));
    }
}
