namespace Verbind.Platform.Data;

/// <summary>The demo sign-ins, printed at start when demo data is on. Never seeded in production.</summary>
public static class DemoAccounts
{
    public const string Password = "Verbind-demo-2026";
    public const string CoordinatorEmail = "coordinator@demo.verbind.test";
    public const string PartnerEmail = "partner@demo.verbind.test";
    public const string AdminEmail = "beheer@demo.verbind.test";
}
