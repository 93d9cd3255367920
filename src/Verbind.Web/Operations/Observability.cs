using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Verbind.Web.Operations;

/// <summary>
/// Structured logs (JSON on the console unless "Logging:Format" is "simple") and OpenTelemetry traces
/// and metrics. "OpenTelemetry:Exporter" chooses where they go: "none" (default), "console" or "otlp"
/// (with the standard OTEL_EXPORTER_OTLP_ENDPOINT variable).
/// </summary>
internal static class Observability
{
    public static void AddObservability(this WebApplicationBuilder builder)
    {
        if (!string.Equals(builder.Configuration["Logging:Format"], "simple", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                options.UseUtcTimestamp = true;
            });
        }

        var exporter = builder.Configuration["OpenTelemetry:Exporter"]?.ToLowerInvariant() ?? "none";
        if (exporter == "none")
        {
            // No SDK at all: with nowhere to send them, traces were still made for every request and every
            // hub call (ADR 0093). The runtime's own meters stay readable by dotnet-counters.
            return;
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("verbind"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(options =>
                options.Filter = context => !context.Request.Path.StartsWithSegments("/health")))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentationIfAvailable());
        switch (exporter)
        {
            case "console":
                telemetry.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
                break;
            case "otlp":
                telemetry.UseOtlpExporter();
                break;
            default:
                throw new InvalidOperationException($"OpenTelemetry:Exporter must be none, console or otlp, not '{exporter}'.");
        }
    }

    // Runtime metrics (GC, thread pool) come with .NET's built-in meter; no extra package needed.
    private static MeterProviderBuilder AddRuntimeInstrumentationIfAvailable(this MeterProviderBuilder metrics) =>
        metrics.AddMeter("System.Runtime", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
}
