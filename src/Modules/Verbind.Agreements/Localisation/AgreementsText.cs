namespace Verbind.Agreements.Localisation;

/// <summary>Marker for the Agreements module's UI texts (Localisation/AgreementsText.resx and translations).</summary>
public sealed class AgreementsText;
