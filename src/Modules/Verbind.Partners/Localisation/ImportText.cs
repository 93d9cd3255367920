namespace Verbind.Partners.Localisation;

/// <summary>Marker for the texts of import and export (Localisation/ImportText.resx and translations).</summary>
public sealed class ImportText;
