namespace Verbind.Platform.Localisation;

/// <summary>Marker for the shared UI texts in SharedText.resx (nl-BE neutral) and its translations.</summary>
public sealed class SharedText;
