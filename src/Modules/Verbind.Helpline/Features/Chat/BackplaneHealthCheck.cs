using HealthChecks.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// Part of /health when several instances share the chat: an instance that cannot reach Redis splits the
/// chat (its parents and the other instances' counsellors no longer hear each other), so it reports
/// unhealthy and a load balancer stops sending it parents. One instance (no Redis set) has nothing to check.
/// </summary>
internal sealed class BackplaneHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public const string Name = "chat-backplane";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HelplineModule.RedisConnection(configuration) is { } redis
            ? new RedisHealthCheck(redis).CheckHealthAsync(context, cancellationToken)
            : Task.FromResult(HealthCheckResult.Healthy("one instance, no backplane"));
}
