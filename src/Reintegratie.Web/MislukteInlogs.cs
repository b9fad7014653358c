using System.Threading.RateLimiting;

namespace Reintegratie.Web;

/// <summary>
/// Slows password guessing: every password that has to be checked (a wrong one, or a right one not seen before) takes
/// a token from its address's bucket of <see cref="PerMinuut"/>, refilled one at a time; an empty bucket answers 429
/// without checking. Per address, so a guesser only slows itself down: the real user elsewhere is not locked out, and
/// one on the same address waits seconds, not hours. Once verified, the same credentials take no tokens.
/// </summary>
public sealed class MislukteInlogs : IDisposable
{
    public const int PerMinuut = 10;

    readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(adres =>
        RateLimitPartition.GetTokenBucketLimiter(adres, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = PerMinuut,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / PerMinuut),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Whether a password from this address may be checked now.</summary>
    public bool Probeer(string adres)
    {
        using var lease = _limiter.AttemptAcquire(adres);
        return lease.IsAcquired;
    }

    /// <summary>How long until the next token: what Retry-After tells the client.</summary>
    public static int WachtSeconden => 60 / PerMinuut;

    public void Dispose() => _limiter.Dispose();
}
