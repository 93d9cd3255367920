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
        app.UseSecurityHeaders(policies);
    }
}
