namespace Verbind.Partners.Localisation;

/// <summary>Marker for the Partners module's UI texts (Localisation/PartnersText.resx and translations).</summary>
public sealed class PartnersText;
