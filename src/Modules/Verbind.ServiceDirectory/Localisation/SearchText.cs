namespace Verbind.ServiceDirectory.Localisation;

/// <summary>Marker for the texts of the public search and service pages (Localisation/SearchText.resx and translations).</summary>
public sealed class SearchText;
