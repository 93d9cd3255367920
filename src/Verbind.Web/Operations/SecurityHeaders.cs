using Verbind.Platform.Ui;

namespace Verbind.Web.Operations;

/// <summary>Security headers on every response, with a strict Content-Security-Policy (no inline script or style).</summary>
internal static class SecurityHeaders
{
    public static void UseVerbindSecurityHeaders(this WebApplication app)
    {
        var policies = new HeaderPolicyCollection()
            .AddDefaultSecurityHeaders()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(x => x.SameOrigin())
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
                csp.AddBaseUri().Self();
                csp.AddObjectSrc().None();
            });
        if (!app.Environment.IsDevelopment())
        {
            policies.AddStrictTransportSecurityMaxAge();
        }
        // Registered before the security headers, so it runs after them (a response's OnStarting callbacks
        // run last-registered first) and only an endpoint marked CrossOriginResource loosens this one header.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<CrossOriginResource>() is not null)
                {
                    context.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseSecurityHeaders(policies);
    }
}
