namespace Verbind.ServiceDirectory.Localisation;

/// <summary>Marker for the texts of the HSDS import, export and gap analysis pages (Localisation/HsdsText.resx and translations).</summary>
public sealed class HsdsText;
