using System.Text;
using Reintegratie.Core.Extract;

namespace Reintegratie.Core.Tests;

public class RowValidatorFacts
{
    static readonly Pseudonymiser Key = new(Encoding.UTF8.GetBytes("test-sleutel-0123456789abcdef"));
    const string UitkeringHeader = "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde;bedrag_maand";

    static (RowValidator Validator, RowProblem? Problem) Validate(FileSpec spec, string header, string line)
    {
        var validator = new RowValidator(spec, header.Split(';'), Key, "GM0342",
            new Dictionary<string, IReadOnlySet<string>> { ["instrumenten.csv"] = new HashSet<string> { "SOLL" }, ["ladder.csv"] = new HashSet<string> { "1", "ZORG" } });
        var fields = line.Split(';');
        var problem = validator.Validate(i => fields[i], fields.Length, 2);
        return (validator, problem);
    }

    static object? Value(RowValidator v, FileSpec spec, string column) => v.Values[spec.Columns.ToList().FindIndex(c => c.Name == column)];

    [Fact]
    public void Validate_TypesAGoodRowAndPseudonymisesTheClient()
    {
        var (v, problem) = Validate(ExtractFormat.Uitkering, UitkeringHeader, "U1;8800014;wwb;01-01-2010;31-12-2010;WERK;900,50");
        Assert.Null(problem);
        Assert.Equal(Key.Client("8800014"), Value(v, ExtractFormat.Uitkering, "clientnr"));
        Assert.Equal("WWB", Value(v, ExtractFormat.Uitkering, "regeling")); // codes are case-insensitive
        Assert.Equal(new DateOnly(2010, 12, 31), Value(v, ExtractFormat.Uitkering, "einddatum"));
        Assert.Equal(90050L, Value(v, ExtractFormat.Uitkering, "bedrag_maand"));
    }

    [Fact]
    public void Validate_AcceptsColumnsInAnyOrderAndAnyCase()
    {
        var (v, problem) = Validate(ExtractFormat.Uitkering, "REGELING;Clientnr;uitkeringnr;ingangsdatum", "IOAW;8800014;U1;29-02-2012");
        Assert.Null(problem);
        Assert.Equal("IOAW", Value(v, ExtractFormat.Uitkering, "regeling"));
        Assert.Null(Value(v, ExtractFormat.Uitkering, "einddatum"));
    }

    [Theory]
    [InlineData("U1;8800014;WWB;01-01-2010;;", null, "verkeerd aantal velden: 6 in plaats van 7")]
    [InlineData("U1;8800014;XYZ;01-01-2010;;;", "regeling", "ongeldige code")]
    [InlineData("U1;8800014;WWB;29-02-2011;;;", "ingangsdatum", "ongeldige datum (verwacht dd-mm-jjjj)")]
    [InlineData("U1;8800014;WWB;01-01-2010;;;9.00", "bedrag_maand", "ongeldig bedrag (verwacht bijvoorbeeld 1234,50)")]
    [InlineData("U1;8800014;WWB;01-01-2010;31-12-2009;WERK;", "einddatum", "einddatum ligt voor ingangsdatum")]
    [InlineData("U1;8800014;WWB;01-01-2010;31-12-2010;;", "reden_einde", "reden_einde is verplicht als einddatum gevuld is")]
    [InlineData(";8800014;WWB;01-01-2010;;;", "uitkeringnr", "verplicht veld is leeg")]
    public void Validate_NamesTheColumnAndTheRule(string line, string? column, string reason)
    {
        var (_, problem) = Validate(ExtractFormat.Uitkering, UitkeringHeader, line);
        Assert.NotNull(problem);
        Assert.Equal(column, problem.Column);
        Assert.Equal(reason, problem.Reason);
    }

    [Fact]
    public void Validate_AcceptsABenefitEndingOnItsFirstDay() =>
        Assert.Null(Validate(ExtractFormat.Uitkering, UitkeringHeader, "U1;8800014;WWB;01-01-2010;01-01-2010;WERK;").Problem);

    [Fact]
    public void Validate_RefusesTextOver200Characters()
    {
        var (_, problem) = Validate(ExtractFormat.Aanvraag, "aanvraagnr;clientnr;regeling;aanvraagdatum;reden", $"A1;1;WWB;01-01-2010;{new string('x', 201)}");
        Assert.Equal("tekst langer dan 200 tekens", problem!.Reason);
        Assert.Null(Validate(ExtractFormat.Aanvraag, "aanvraagnr;clientnr;regeling;aanvraagdatum;reden", $"A1;1;WWB;01-01-2010;{new string('x', 200)}").Problem);
    }

    [Theory]
    [InlineData("0", "waarde buiten bereik (1 tot en met 4)")]
    [InlineData("5", "waarde buiten bereik (1 tot en met 4)")]
    [InlineData("twee", "ongeldig geheel getal")]
    public void Validate_KeepsSanctionCategoriesInRange(string categorie, string reason)
    {
        var (_, problem) = Validate(ExtractFormat.Maatregel, "maatregelnr;clientnr;besluitdatum;categorie;percentage;duur_maanden", $"M1;1;01-01-2010;{categorie};20;1");
        Assert.Equal(reason, problem!.Reason);
    }

    [Fact]
    public void Validate_ChecksReferenceCodesAgainstReferentie()
    {
        var header = "voorzieningnr;clientnr;instrument;startdatum";
        Assert.Null(Validate(ExtractFormat.Voorziening, header, "V1;1;soll;01-01-2010").Problem);
        Assert.Equal("ongeldige code: niet gedefinieerd in referentie/instrumenten.csv", Validate(ExtractFormat.Voorziening, header, "V1;1;DUIKEN;01-01-2010").Problem!.Reason);
    }

    [Fact]
    public void Validate_DefaultsFinancieringAndGemeentecode()
    {
        var (v, problem) = Validate(ExtractFormat.Voorziening, "voorzieningnr;clientnr;instrument;startdatum", "V1;1;SOLL;01-01-2010");
        Assert.Null(problem);
        Assert.Equal("W_DEEL", Value(v, ExtractFormat.Voorziening, "financiering"));
        var (k, _) = Validate(ExtractFormat.Klant, "clientnr;geboortedatum", "1;01-01-1980");
        Assert.Equal("GM0342", Value(k, ExtractFormat.Klant, "gemeentecode"));
    }

    [Fact]
    public void Validate_DropsABsnThatFailsTheElfproefWithAWarningAndKeepsTheRow()
    {
        var (v, problem) = Validate(ExtractFormat.Klant, "clientnr;bsn;geboortedatum", "1;123456789;01-01-1980");
        Assert.Null(problem);
        Assert.Null(Value(v, ExtractFormat.Klant, "bsn"));
        var warning = Assert.Single(v.Warnings);
        Assert.Equal("BSN voldoet niet aan de elfproef en is weggelaten", warning.Reason);
        Assert.Equal("*********", warning.Value);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void Validate_PseudonymisesAValidBsn()
    {
        var (v, _) = Validate(ExtractFormat.Klant, "clientnr;bsn;geboortedatum", "1;111222333;01-01-1980");
        Assert.Equal(Key.Bsn("111222333"), Value(v, ExtractFormat.Klant, "bsn"));
    }

    [Fact]
    public void Constructor_RejectsAMissingRequiredColumn()
    {
        var e = Assert.Throws<DeliveryRejectedException>(() => new RowValidator(ExtractFormat.Uitkering, ["uitkeringnr", "clientnr", "regeling"], Key, "GM0342"));
        Assert.Equal("uitkering.csv: verplichte kolom 'ingangsdatum' ontbreekt", e.Message);
    }

    [Fact]
    public void Constructor_RejectsADuplicatedColumnWhateverItsCase()
    {
        var e = Assert.Throws<DeliveryRejectedException>(() => new RowValidator(ExtractFormat.Uitkering, UitkeringHeader.Split(';').Append("Regeling").ToList(), Key, "GM0342"));
        Assert.Equal("uitkering.csv: kolom 'regeling' komt meer dan eens voor", e.Message);
    }

    [Fact]
    public void Constructor_WarnsAboutAnUnknownColumn()
    {
        var v = new RowValidator(ExtractFormat.Uitkering, UitkeringHeader.Split(';').Append("opmerking").ToList(), Key, "GM0342");
        Assert.Equal("onbekende kolom 'opmerking' genegeerd", Assert.Single(v.Warnings).Reason);
    }

    [Fact]
    public void SafeRawLine_PseudonymisesTheClientAndMasksTheBsn()
    {
        var v = new RowValidator(ExtractFormat.Klant, ["clientnr", "bsn", "geboortedatum"], Key, "GM0342");
        var fields = new[] { "8800014", "111222333", "99-99-1980" };
        Assert.Equal($"{Key.Client("8800014")};*********;99-99-1980", v.SafeRawLine(i => fields[i], fields.Length));
    }
}
