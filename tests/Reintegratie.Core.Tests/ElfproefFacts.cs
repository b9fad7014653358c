using Reintegratie.Core.Extract;

namespace Reintegratie.Core.Tests;

public class ElfproefFacts
{
    [Theory]
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 · 11
    [InlineData("111222333")]
    // 9·2 + 8·0 + 7·0 + 6·0 + 5·0 + 4·0 + 3·0 + 2·0 − 1·7 = 11
    [InlineData("200000007")]
    // 8 digits are read with a leading zero: "020000005" gives 8·2 − 1·5 = 11
    [InlineData("20000005")]
    public void IsValid_AcceptsNumbersDivisibleByEleven(string bsn) => Assert.True(Elfproef.IsValid(bsn));

    [Theory]
    [InlineData("123456789")] // 147, remainder 4
    [InlineData("111222334")] // 65
    [InlineData("000000000")] // sum 0 is not a BSN
    [InlineData("11122233")]  // "011122233": 8+7+6+10+8+6+6−3 = 48
    [InlineData("11122233A")]
    [InlineData("1112223333")]
    public void IsValid_RefusesTheRest(string bsn) => Assert.False(Elfproef.IsValid(bsn));
}
