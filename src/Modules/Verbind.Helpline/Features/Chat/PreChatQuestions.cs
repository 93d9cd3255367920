namespace Verbind.Helpline.Features.Chat;

/// <summary>The optional questions before a chat; answers outside these lists are dropped, never stored.</summary>
public static class PreChatQuestions
{
    /// <summary>A parent who says they are worried about their safety is put first in the queue.</summary>
    public const string SafetyTopic = "safety";

    public static readonly string[] Topics = ["pregnancy-loss", "loss-at-birth", "loss-after-birth", "family", "work", SafetyTopic, "other"];

    public static readonly string[] Sources = ["search", "hospital", "midwife", "municipality", "friend", "social-media", "other"];

    public const int MaxMunicipalityLength = 100;

    public static string? Topic(string? value) => Topics.Contains(value) ? value : null;

    public static string? Source(string? value) => Sources.Contains(value) ? value : null;
}

/// <summary>What a parent sends to start a chat; <see cref="Code"/> is an optional personal code to ask for the same counsellor.</summary>
public sealed record StartRequest(string Helpline, string? Topic = null, string? Municipality = null, string? Source = null, string? Code = null);
