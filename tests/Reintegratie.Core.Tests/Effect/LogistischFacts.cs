using Reintegratie.Core.Effect;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// The propensity model on a case solvable by hand: one 0/1 covariate and no ridge, so the fit is saturated and its
/// log-odds are those of each group. x = 0: 1 participant of 4, log-odds ln(1/3); x = 1: 3 of 4, ln 3.
/// </summary>
public class LogistischFacts
{
    static readonly double Ln3 = Math.Log(3);

    /// <summary>Eight rows, each its own array, as the comparison gives them: the same client on several dates.</summary>
    static List<(double[] X, bool Y, double W)> Kopieen() =>
    [
        ([0], true, 1), ([0], false, 1), ([0], false, 1), ([0], false, 1),
        ([1], true, 1), ([1], true, 1), ([1], false, 1), ([1], true, 1),
    ];

    [Fact]
    public void Fit_GivesEachGroupsLogOdds_WithoutRidge()
    {
        var model = Logistisch.Fit(Kopieen(), ridge: 0);
        Assert.Equal(-Ln3, model.Logit([0]), 6);
        Assert.Equal(Ln3, model.Logit([1]), 6);
    }

    /// <summary>Equal rows are fitted once with their weights summed: k copies and one row of weight k are the same data.</summary>
    [Fact]
    public void Fit_OnCopies_EqualsFit_OnOneRowWithTheirWeight()
    {
        List<(double[] X, bool Y, double W)> gewogen = [([0], true, 1), ([0], false, 3), ([1], true, 3), ([1], false, 1)];
        foreach (var ridge in new[] { 0.0, 1.0 })
        {
            var kopieen = Logistisch.Fit(Kopieen(), ridge);
            var eenmaal = Logistisch.Fit(gewogen, ridge);
            Assert.Equal(kopieen.Logit([0]), eenmaal.Logit([0]), 12);
            Assert.Equal(kopieen.Logit([1]), eenmaal.Logit([1]), 12);
        }
        // The ridge pulls the coefficient towards 0: the groups' log-odds move closer together than ±ln 3.
        var metRidge = Logistisch.Fit(gewogen);
        Assert.InRange(metRidge.Logit([1]) - metRidge.Logit([0]), 0.1, 2 * Ln3 - 0.1);
    }

    /// <summary>
    /// The Hessian is summed a block of rows at a time and a vector of elements at a time (8 or 4 doubles, whose first lanes
    /// may fall left of the diagonal and last past the columns); every element still gets its rows' terms in row order, so
    /// the coefficients are those of a fit row by row and element by element to the last bit (the matching and every figure
    /// after it depend on them). Rows not a multiple of the block, as many columns as the matching has (38, not a multiple
    /// of 8) and fewer than a vector, columns of every sign and a column that is zero throughout.
    /// </summary>
    [Theory]
    [InlineData(1, 7)]
    [InlineData(8, 7)]
    [InlineData(61, 7)]
    [InlineData(61, 38)]
    [InlineData(9, 3)]
    public void Newton_ByBlocksAndVectors_IsNewton_RowByRowAndElementByElement_ToTheLastBit(int rijen, int p)
    {
        var breedte = Logistisch.Breedte(p);
        var random = new Random(21);
        var z = new double[rijen * breedte];
        var y = new double[rijen];
        var w = new double[rijen];
        for (var i = 0; i < rijen; i++)
        {
            z[i * breedte] = 1;
            for (var j = 1; j < p - 1; j++) z[i * breedte + j] = random.NextDouble() * 4 - 2;
            y[i] = random.Next(2);
            w[i] = 1 + random.Next(5);
        }
        var elementVoorElement = Logistisch.Newton(z, y, w, rijen, p, 1.0, 25, blok: 1, vector: 1);
        Assert.Contains(elementVoorElement, b => b != 0);
        foreach (var (blok, vector) in new[] { (1, 8), (8, 1), (8, 4), (8, 8) })
            Assert.Equal(elementVoorElement.Select(BitConverter.DoubleToInt64Bits),
                Logistisch.Newton(z, y, w, rijen, p, 1.0, 25, blok, vector).Select(BitConverter.DoubleToInt64Bits));
    }
}
