using System.Text;
using Reintegratie.Core.Extract;

namespace Reintegratie.Core.Tests;

public class PseudonymiserFacts
{
    static readonly Pseudonymiser A = new(Encoding.UTF8.GetBytes("sleutel-van-gemeente-a-0123456789"));
    static readonly Pseudonymiser B = new(Encoding.UTF8.GetBytes("sleutel-van-gemeente-b-0123456789"));

    [Fact]
    public void Client_IsTheSameForTheSameKeyAndNumber() => Assert.Equal(A.Client("8800014"), A.Client(" 8800014 "));

    [Fact]
    public void Client_DiffersPerKey() => Assert.NotEqual(A.Client("8800014"), B.Client("8800014"));

    [Fact]
    public void Client_AndBsnOfTheSameDigitsDiffer() => Assert.NotEqual(A.Client("111222333"), A.Bsn("111222333"));

    [Fact]
    public void Pseudonym_HasNoDigitsAndFixedLength()
    {
        var pseudonym = A.Client("8800014");
        Assert.Equal(32, pseudonym.Length);
        Assert.All(pseudonym, c => Assert.InRange(c, 'a', 'p'));
    }

    [Fact]
    public void ShortKey_IsRefused() => Assert.Throws<ArgumentException>(() => new Pseudonymiser(new byte[8]));
}
