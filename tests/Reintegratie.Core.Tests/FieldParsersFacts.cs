using Reintegratie.Core.Extract;

namespace Reintegratie.Core.Tests;

public class FieldParsersFacts
{
    [Theory]
    [InlineData("31-12-2010", 2010, 12, 31)]
    [InlineData("29-02-2012", 2012, 2, 29)]
    [InlineData("01-01-2008", 2008, 1, 1)]
    public void TryDate_ReadsDdMmJjjj(string text, int y, int m, int d)
    {
        Assert.True(FieldParsers.TryDate(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("29-02-2011")] // not a leap year
    [InlineData("31-04-2010")]
    [InlineData("2010-12-31")]
    [InlineData("1-1-2010")]
    [InlineData("00-01-2010")]
    [InlineData("31/12/2010")]
    public void TryDate_RefusesWhatIsNoDate(string text) => Assert.False(FieldParsers.TryDate(text, out _));

    [Theory]
    [InlineData("1379817,50", 137981750)]
    [InlineData("-12,00", -1200)]
    [InlineData("12", 1200)]
    [InlineData("12,5", 1250)]
    [InlineData("0,01", 1)]
    public void TryAmountCents_ReadsDecimalComma(string text, long cents)
    {
        Assert.True(FieldParsers.TryAmountCents(text, out var value));
        Assert.Equal(cents, value);
    }

    [Theory]
    [InlineData("1.234,50")] // no thousands separator
    [InlineData("12.50")]
    [InlineData("12,345")]
    [InlineData("12,")]
    [InlineData("€ 12")]
    [InlineData("-")]
    public void TryAmountCents_RefusesOtherNotations(string text) => Assert.False(FieldParsers.TryAmountCents(text, out _));

    [Theory]
    [InlineData("7,5", 7.5)]
    [InlineData("0,8", 0.8)]
    [InlineData("36", 36)]
    public void TryDecimal_ReadsHours(string text, double expected)
    {
        Assert.True(FieldParsers.TryDecimal(text, out var value));
        Assert.Equal(expected, value, 6);
    }

    [Theory]
    [InlineData("7.5")]
    [InlineData("1e3")]
    public void TryDecimal_RefusesDotsAndExponents(string text) => Assert.False(FieldParsers.TryDecimal(text, out _));

    [Theory]
    [InlineData("3762 AB", "3762")]
    [InlineData("3762AB", "3762")]
    [InlineData("3762", "3762")]
    public void TryPostcode4_KeepsOnlyTheDigits(string text, string digits)
    {
        Assert.True(FieldParsers.TryPostcode4(text, out var value));
        Assert.Equal(digits, value);
    }

    [Theory]
    [InlineData("0762 AB")]
    [InlineData("37 62")]
    [InlineData("3762 ABC")]
    public void TryPostcode4_RefusesWhatIsNoPostcode(string text) => Assert.False(FieldParsers.TryPostcode4(text, out _));

    [Theory]
    [InlineData("GM0342", true)]
    [InlineData("gm1774", true)]
    [InlineData("GM342", false)]
    [InlineData("XX0342", false)]
    public void IsGemeentecode_WantsGmAndFourDigits(string text, bool ok) => Assert.Equal(ok, FieldParsers.IsGemeentecode(text));
}
