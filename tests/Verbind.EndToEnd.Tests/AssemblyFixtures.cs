using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

// One app host (SQLite on Kestrel), one browser and one cache of signed-in sessions for the whole run.
[assembly: AssemblyFixture(typeof(BrowserApp))]
[assembly: AssemblyFixture(typeof(Chromium))]
[assembly: AssemblyFixture(typeof(SignedInSessions))]
