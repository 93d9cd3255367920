namespace Verbind.Platform.Audit;

/// <summary>Marks a record whose every change is written to the audit log.</summary>
public interface IAuditable;

/// <summary>Keeps a property's value out of the audit log (secrets, large blobs).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
