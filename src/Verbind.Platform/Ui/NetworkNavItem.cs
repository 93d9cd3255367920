using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Ui;

/// <summary>
/// An entry in a network's navigation, registered by a module as a singleton. The label is a key in
/// the resources of <paramref name="TextResource"/>; the entry shows only to roles from <paramref name="MinimumRole"/> up.
/// </summary>
public sealed record NetworkNavItem(string PathSuffix, string LabelKey, Type TextResource, NetworkRole MinimumRole, int Order);
