using Reintegratie.Core.Extract;

namespace Reintegratie.Core.Tests;

public class ManifestFacts
{
    const string Valid = """
        { "formaat": "gws-extract/1", "uitvoerder": "SDBBS", "gemeentecode": "GM0342", "peildatum": "2010-12-31", "volgnummer": 1,
          "tekenset": "utf-8", "bestanden": [ { "naam": "klant.csv", "regels": 12, "sha256": "AB12" } ] }
        """;

    [Fact]
    public void Parse_ReadsEveryField()
    {
        var m = Manifest.Parse(Valid);
        Assert.Equal("GM0342", m.Gemeentecode);
        Assert.Equal(new DateOnly(2010, 12, 31), m.Peildatum);
        Assert.Equal(1, m.Volgnummer);
        Assert.Equal("utf-8", m.Tekenset);
        Assert.Equal(new ManifestFile("klant.csv", 12, "ab12"), Assert.Single(m.Bestanden));
    }

    [Fact]
    public void Parse_DefaultsTheCharsetToUtf8() =>
        Assert.Equal("utf-8", Manifest.Parse(Valid.Replace("\"tekenset\": \"utf-8\",", "")).Tekenset);

    [Theory]
    [InlineData("{ \"formaat\": ", "levering.json: onleesbaar")]
    [InlineData("[1,2]", "levering.json: onleesbaar (geen JSON-object)")]
    public void Parse_RejectsUnreadableJson(string json, string message) =>
        Assert.StartsWith(message, Assert.Throws<DeliveryRejectedException>(() => Manifest.Parse(json)).Message);

    [Theory]
    [InlineData("\"gws-extract/1\"", "\"gws-extract/2\"", "levering.json: onbekend formaat 'gws-extract/2' (verwacht gws-extract/1)")]
    [InlineData("\"GM0342\"", "\"0342\"", "levering.json: gemeentecode '0342' is geen GM gevolgd door vier cijfers")]
    [InlineData("\"2010-12-31\"", "\"31-12-2010\"", "levering.json: peildatum '31-12-2010' is geen ISO-datum (jjjj-mm-dd)")]
    [InlineData("\"volgnummer\": 1", "\"volgnummer\": 0", "levering.json: volgnummer ontbreekt of is geen geheel getal vanaf 1")]
    [InlineData("\"utf-8\"", "\"latin-9\"", "levering.json: tekenset 'latin-9' wordt niet ondersteund (utf-8 of windows-1252)")]
    [InlineData("\"klant.csv\"", "\"../klant.csv\"", "levering.json: bestandsnaam '../klant.csv' is geen gewone bestandsnaam (geen map, geen '..', geen absoluut pad)")]
    [InlineData("\"klant.csv\"", "\"/etc/klant.csv\"", "levering.json: bestandsnaam '/etc/klant.csv' is geen gewone bestandsnaam (geen map, geen '..', geen absoluut pad)")]
    [InlineData("\"klant.csv\"", "\"sub\\\\klant.csv\"", "levering.json: bestandsnaam 'sub\\klant.csv' is geen gewone bestandsnaam (geen map, geen '..', geen absoluut pad)")]
    [InlineData("\"regels\": 12", "\"regels\": -1", "levering.json: klant.csv: 'regels' ontbreekt of is geen aantal")]
    public void Parse_RejectsEachBrokenRule(string find, string replace, string message)
    {
        var e = Assert.Throws<DeliveryRejectedException>(() => Manifest.Parse(Valid.Replace(find, replace)));
        Assert.Equal(message, e.Message);
        Assert.Equal("levering.json", e.File);
    }

    [Fact]
    public void Parse_RejectsAFileListedTwice()
    {
        var twice = Valid.Replace("\"bestanden\": [", "\"bestanden\": [ { \"naam\": \"klant.csv\", \"regels\": 1, \"sha256\": \"cd\" },");
        Assert.Equal("levering.json: klant.csv staat twee keer in 'bestanden'", Assert.Throws<DeliveryRejectedException>(() => Manifest.Parse(twice)).Message);
    }
}
