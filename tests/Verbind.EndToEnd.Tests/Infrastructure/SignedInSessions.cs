using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests.Infrastructure;

/// <summary>Who a signed-in browser tab belongs to.</summary>
public enum Persona
{
    Viewer,
    PartnerMember,
    Coordinator,
    PlatformAdmin,
}

/// <summary>
/// Signed-in browser sessions (cookies) per persona in one shared network, made once per run through
/// the real sign-in pages and reused by tests that only look at pages, so a scan does not pay a sign-in.
/// Tests that change data make their own network and users instead.
/// </summary>
public sealed class SignedInSessions : IDisposable
{
    public const string NetworkName = "Huis van het Kind Testdorp";

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<Persona, Session> _sessions = [];
    private Network? _network;

    public sealed record Session(Network Network, string StorageState);

    internal async Task<Session> GetAsync(Persona persona, AppFactory app, Func<TestUser, Task<string>> signIn)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_sessions.TryGetValue(persona, out var session))
            {
                _network ??= await app.CreateNetworkAsync(NetworkName);
                var user = persona switch
                {
                    Persona.Viewer => await app.CreateUserAsync(_network, NetworkRole.Viewer),
                    Persona.PartnerMember => await app.CreateUserAsync(_network, NetworkRole.PartnerMember),
                    Persona.Coordinator => await app.CreateUserAsync(_network, NetworkRole.Coordinator),
                    _ => await app.CreateUserAsync(null, null, platformAdmin: true),
                };
                session = new Session(_network, await signIn(user));
                _sessions[persona] = session;
            }
            return session;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
