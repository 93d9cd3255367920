namespace Verbind.Agreements.Domain;

/// <summary>A drawn signature is kept as a PNG data URL starting with this prefix.</summary>
public static class SignatureImage
{
    public const string Prefix = "data:image/png;base64,";
}
