namespace Verbind.ServiceDirectory.Localisation;

/// <summary>Marker for the Directory module's UI texts (Localisation/DirectoryText.resx and translations).</summary>
public sealed class DirectoryText;
