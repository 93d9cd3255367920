namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// The documents that match one part of a query, as entry slots in ascending order with their scores.
/// Intersecting two lists is a merge, so several words cost the sum of their matches, nothing more.
/// </summary>
internal sealed class MatchList(int[] slots, float[] scores, int count)
{
    public static readonly MatchList None = new([], [], 0);

    public int[] Slots { get; } = slots;
    public float[] Scores { get; } = scores;
    public int Count { get; } = count;

    /// <summary>Sorts what a collector gathered (in index order, not slot order) into a list.</summary>
    public static MatchList From(int[] slots, float[] scores, int count)
    {
        Array.Sort(slots, scores, 0, count);
        return new MatchList(slots, scores, count);
    }

    /// <summary>The slots in both lists, with the sum of their scores (every word must match, its scores add up).</summary>
    public MatchList Intersect(MatchList other)
    {
        var slots = new int[Math.Min(Count, other.Count)];
        var scores = new float[slots.Length];
        int i = 0, j = 0, n = 0;
        while (i < Count && j < other.Count)
        {
            var a = Slots[i];
            var b = other.Slots[j];
            if (a == b)
            {
                slots[n] = a;
                scores[n++] = Scores[i++] + other.Scores[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return new MatchList(slots, scores, n);
    }
}
