using Hangfire;

namespace Reintegratie.Jobs.Tests;

/// <summary>Hands Hangfire the jobs built with their settings (database, key, inbox) instead of a parameterless constructor.</summary>
public sealed class JobActivatorFor(IReadOnlyDictionary<Type, Func<object>> factories) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        factories.TryGetValue(jobType, out var factory) ? factory() : throw new InvalidOperationException($"Geen fabriek voor job {jobType.Name}.");
}
