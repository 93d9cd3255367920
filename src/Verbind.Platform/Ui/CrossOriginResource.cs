using Microsoft.AspNetCore.Builder;

namespace Verbind.Platform.Ui;

/// <summary>
/// Endpoint metadata: other sites may load this response (an embeddable script or badge), so it goes out
/// with Cross-Origin-Resource-Policy: cross-origin instead of the app's same-site (see Verbind.Web SecurityHeaders).
/// </summary>
public sealed class CrossOriginResource
{
    public static readonly CrossOriginResource Instance = new();

    private CrossOriginResource()
    {
    }
}

public static class CrossOriginResourceExtensions
{
    public static TBuilder AllowCrossOriginLoading<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CrossOriginResource.Instance);
}
