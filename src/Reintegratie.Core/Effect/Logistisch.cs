namespace Reintegratie.Core.Effect;

/// <summary>
/// Logistic regression by Newton-Raphson with a small ridge penalty on standardised covariates: the propensity score of
/// the matching (docs/effect.md). The penalty keeps the fit finite when a band separates participants perfectly, which
/// happens in small municipalities; it does not need to be exact, only to order clients by how alike they are.
/// </summary>
public sealed class Logistisch
{
    readonly double[] _mean, _sd, _beta;

    Logistisch(double[] mean, double[] sd, double[] beta) { _mean = mean; _sd = sd; _beta = beta; }

    /// <summary>The log-odds of being a participant for covariates <paramref name="x"/>.</summary>
    public double Logit(double[] x)
    {
        var z = _beta[0];
        for (var j = 0; j < x.Length; j++) if (_sd[j] > 0) z += _beta[j + 1] * (x[j] - _mean[j]) / _sd[j];
        return z;
    }

    public static Logistisch Fit(IReadOnlyList<(double[] X, bool Y, double W)> rows, double ridge = 1.0, int iterations = 25)
    {
        var d = rows[0].X.Length;
        var mean = new double[d];
        var sd = new double[d];
        var totalW = rows.Sum(r => r.W);
        for (var j = 0; j < d; j++)
        {
            mean[j] = rows.Sum(r => r.W * r.X[j]) / totalW;
            sd[j] = Math.Sqrt(rows.Sum(r => r.W * (r.X[j] - mean[j]) * (r.X[j] - mean[j])) / totalW);
            if (sd[j] < 1e-9) sd[j] = 0;
        }
        var p = d + 1;
        var beta = new double[p];
        var z = new double[p];
        for (var it = 0; it < iterations; it++)
        {
            var g = new double[p];
            var h = new double[p, p];
            foreach (var (x, y, w) in rows)
            {
                z[0] = 1;
                for (var j = 0; j < d; j++) z[j + 1] = sd[j] > 0 ? (x[j] - mean[j]) / sd[j] : 0;
                var eta = 0.0;
                for (var j = 0; j < p; j++) eta += beta[j] * z[j];
                var mu = 1 / (1 + Math.Exp(-eta));
                var r = w * ((y ? 1 : 0) - mu);
                var v = w * mu * (1 - mu);
                for (var a = 0; a < p; a++)
                {
                    if (z[a] == 0) continue;
                    g[a] += r * z[a];
                    for (var b = a; b < p; b++) h[a, b] += v * z[a] * z[b];
                }
            }
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < a; b++) h[a, b] = h[b, a];
                if (a > 0) { g[a] -= ridge * beta[a]; h[a, a] += ridge; }
                else h[a, a] += 1e-9;
            }
            var step = Solve(h, g);
            var largest = 0.0;
            for (var a = 0; a < p; a++) { beta[a] += step[a]; largest = Math.Max(largest, Math.Abs(step[a])); }
            if (largest < 1e-8) break;
        }
        return new Logistisch(mean, sd, beta);
    }

    /// <summary>Gaussian elimination with partial pivoting; the ridge makes the matrix positive definite.</summary>
    static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            if (pivot != c)
            {
                for (var k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                (x[c], x[pivot]) = (x[pivot], x[c]);
            }
            if (Math.Abs(m[c, c]) < 1e-12) continue;
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                if (f == 0) continue;
                for (var k = c; k < n; k++) m[r, k] -= f * m[c, k];
                x[r] -= f * x[c];
            }
        }
        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            if (Math.Abs(m[r, r]) < 1e-12) continue;
            var s = x[r];
            for (var k = r + 1; k < n; k++) s -= m[r, k] * result[k];
            result[r] = s / m[r, r];
        }
        return result;
    }
}
