namespace Verbind.Partners.Features.ReadModel;

/// <summary>
/// Many short folded search texts joined into one string, so "which of them contain this word" is one
/// vectorised <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> scan over the
/// whole list instead of a call per text. The separator is a line break, which folded search words never
/// contain (<see cref="Domain.SearchText.Terms"/> splits on white space), so no match spans two texts.
/// </summary>
public sealed class SearchableTexts
{
    private const char Separator = '\n';
    private readonly string _joined;
    private readonly int[] _starts;

    public SearchableTexts(IEnumerable<string> texts)
    {
        var starts = new List<int>();
        var joined = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            starts.Add(joined.Length);
            joined.Append(text).Append(Separator);
        }
        _joined = joined.ToString();
        _starts = [.. starts];
    }

    public int Count => _starts.Length;

    /// <summary>Marks in <paramref name="hits"/> (one flag per text) every text that contains <paramref name="term"/>.</summary>
    public void MarkContaining(string term, bool[] hits)
    {
        if (term.Length == 0)
        {
            Array.Fill(hits, true);
            return;
        }
        var text = _joined.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOf(term.AsSpan());
            if (found < 0)
            {
                return;
            }
            var index = IndexAt(position + found);
            hits[index] = true;
            // Go on after this text: one hit per text is enough.
            position = index + 1 < _starts.Length ? _starts[index + 1] : text.Length;
        }
    }

    private int IndexAt(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
