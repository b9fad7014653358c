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

    /// <summary>
    /// Computed outside .NET (Python: hmac.new(key, b"K8800014", sha256), first 16 bytes as a–p): a change to how the
    /// pseudonym is made would break every client's continuity between deliveries, so it must fail here.
    /// </summary>
    [Fact]
    public void Pseudonym_IsTheHmacOfDomainAndNumber_AsComputedElsewhere() => Assert.Equal("khhkhkpeibiolnfpajjcpcbdlodjbhol", A.Client("8800014"));

    [Fact]
    public void ManyThreadsAtOnce_GetTheSamePseudonymsAsOne()
    {
        var numbers = Enumerable.Range(8_800_000, 5_000).Select(n => n.ToString()).ToList();
        var sequential = numbers.Select(n => A.Client(n)).ToList();
        var parallel = numbers.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(n => A.Client(n)).ToList();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void ShortKey_IsRefused() => Assert.Throws<ArgumentException>(() => new Pseudonymiser(new byte[8]));
}
