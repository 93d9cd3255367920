using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Signed-in browser sessions (cookies) per role in one shared network, made once per run through the
/// real sign-in pages and reused by tests that only look at pages, so each scan does not pay a sign-in.
/// </summary>
public sealed class SignedInSessions : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<NetworkRole, Session> _sessions = [];
    private Network? _network;

    public sealed record Session(Network Network, string StorageState);

    internal async Task<Session> GetAsync(NetworkRole role, AppFactory app, BrowserTest signer)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_sessions.TryGetValue(role, out var session))
            {
                _network ??= await app.CreateNetworkAsync("Huis van het Kind Testdorp");
                var user = await app.CreateUserAsync(_network, role);
                session = new Session(_network, await signer.SignInForSessionAsync(user));
                _sessions[role] = session;
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
