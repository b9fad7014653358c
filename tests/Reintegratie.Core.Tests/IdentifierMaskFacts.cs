using System.Text;
using Reintegratie.Core.Extract;

namespace Reintegratie.Core.Tests;

public class IdentifierMaskFacts
{
    static readonly Pseudonymiser Key = new(Encoding.UTF8.GetBytes("test-sleutel-0123456789abcdef"));

    static IdentifierMask Mask()
    {
        var mask = new IdentifierMask(Key);
        mask.AddClientnr("4100007");
        return mask;
    }

    [Fact]
    public void Mask_PseudonymisesAKnownClientnr_AndMasksAnElfproefNumber_WhereverTheyStand()
    {
        Assert.Equal($"extra;{Key.Client("4100007")};WWB;*********", Mask().Mask("extra;4100007;WWB;633586006"));
        Assert.Equal($"gesprek met {Key.Client("4100007")}\n(bsn ********)", Mask().Mask("gesprek met 4100007\n(bsn 12345672)"));
    }

    [Fact]
    public void Mask_LeavesPartsOfLongerWordsAndOtherNumbersAlone()
    {
        const string text = "B4100007;U0000001;41000070;123456789;12-08-1959;927,00";
        Assert.Equal(text, Mask().Mask(text));
    }
}
