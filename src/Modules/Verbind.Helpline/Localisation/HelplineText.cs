namespace Verbind.Helpline.Localisation;

/// <summary>Marker for the Helpline module's UI texts (Localisation/HelplineText.resx and translations).</summary>
public sealed class HelplineText;
