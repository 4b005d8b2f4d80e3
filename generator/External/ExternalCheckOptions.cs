namespace PmGuideSite.External;

/// <summary>How <c>check --external</c> treats other sites: patiently, and never more than a few requests at a time.</summary>
internal sealed record ExternalCheckOptions
{
    /// <summary>How long one request may take before it counts as no answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Further tries after a timeout, a refused connection, 429 or a 5xx answer.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The wait before the first retry; each later one waits twice as long.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests in flight at once, over every host.</summary>
    public int MaxConcurrent { get; init; } = 8;

    /// <summary>Requests in flight at once to one host.</summary>
    public int MaxPerHost { get; init; } = 2;

    /// <summary>How long an address that worked is trusted from the cache file without asking its host again.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(24);
}
