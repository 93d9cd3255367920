using Verbind.Partners.Features.ReadModel;

namespace Verbind.Partners.Tests;

public sealed class SearchableTextsTests
{
    private static readonly string[] Texts = ["anna peeters vroedvrouw", "", "jan janssens borstvoeding", "borstvoeding slaap borstvoeding", "x"];

    [Theory]
    [InlineData("borstvoeding", new[] { 2, 3 })]
    [InlineData("anna", new[] { 0 })]
    [InlineData("x", new[] { 4 })]
    [InlineData("jans", new[] { 2 })]
    [InlineData("n", new[] { 0, 2, 3 })]
    [InlineData("vroedvrouwjan", new int[0])]
    [InlineData("ontbreekt", new int[0])]
    public void Marks_each_text_that_contains_the_word_once(string term, int[] expected)
    {
        var texts = new SearchableTexts(Texts);
        var hits = new bool[texts.Count];

        texts.MarkContaining(term, hits);

        Assert.Equal(expected, Enumerable.Range(0, hits.Length).Where(i => hits[i]));
    }

    [Fact]
    public void A_word_never_matches_across_two_texts()
    {
        var texts = new SearchableTexts(["abc", "def"]);
        var hits = new bool[2];

        texts.MarkContaining("cd", hits);

        Assert.DoesNotContain(true, hits);
    }

    [Fact]
    public void No_texts_mark_nothing()
    {
        var texts = new SearchableTexts([]);

        texts.MarkContaining("iets", []);

        Assert.Equal(0, texts.Count);
    }
}
