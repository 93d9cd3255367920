using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// Dutch text as a parent types it: words, lower case, accents folded ("crèche" = "creche"), Dutch stop
/// words dropped and, when <paramref name="stem"/>, reduced to their Kraaij-Pohlmann stem ("zwangere",
/// "zwangerschappen" and "zwangerschap" meet). The unstemmed form feeds typo tolerance and prefixes.
/// </summary>
internal sealed class DutchSearchAnalyzer(bool stem) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly DutchSearchAnalyzer Stemmed = new(stem: true);
    public static readonly DutchSearchAnalyzer Plain = new(stem: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
        if (stem)
        {
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.KpStemmer());
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The tokens of <paramref name="text"/> as this analyzer makes them.</summary>
    public IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }
}
