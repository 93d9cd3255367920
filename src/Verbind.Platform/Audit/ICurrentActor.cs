namespace Verbind.Platform.Audit;

/// <summary>Who is making the current change: a signed-in user, or the system (seeding, jobs).</summary>
public interface ICurrentActor
{
    Guid? UserId { get; }
    string Name { get; }
}
