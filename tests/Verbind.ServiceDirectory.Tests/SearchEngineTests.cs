using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.PublicSearch;
using Verbind.ServiceDirectory.Features.Search;

namespace Verbind.ServiceDirectory.Tests;

public sealed class DutchAnalyzerTests
{
    [Theory]
    [InlineData("zwangerschappen", "zwangerschap")]
    [InlineData("Borstvoeding", "borstvoeding")]
    [InlineData("vroedvrouwen", "vroedvrouw")]
    [InlineData("baby's", "baby")]
    [InlineData("consultaties", "consultatie")]
    public void Forms_of_a_word_meet_in_one_stem(string word, string other) =>
        Assert.Equal(DutchSearchAnalyzer.Stemmed.Tokens(other), DutchSearchAnalyzer.Stemmed.Tokens(word));

    [Fact]
    public void Accents_and_case_are_folded_and_stop_words_dropped() =>
        Assert.Equal(["creche", "naiev"], DutchSearchAnalyzer.Plain.Tokens("De Crèche van NAÏEV"));

    [Fact]
    public void The_words_of_a_hostile_query_are_bounded()
    {
        var words = SearchIndex.Words(string.Concat(Enumerable.Repeat("<script>alert(1)</script> ' OR 1=1; -- 😀 ", 400)));

        Assert.True(words.Count <= 10);
        Assert.All(words, w => Assert.True(w.Length <= 40));
    }
}

public sealed class SearchIndexTests : IDisposable
{
    private static readonly GeoPoint Leuven = new(50.8798, 4.7005);
    private static readonly GeoPoint Gent = new(51.0543, 3.7174);
    private readonly SearchIndex _index = new();

    private static SearchEntry Entry(string name, string text = "", Action<EntryBuilder>? build = null)
    {
        var builder = new EntryBuilder { Name = name, Text = name + " " + text };
        build?.Invoke(builder);
        return builder.Build();
    }

    private void Index(params SearchEntry[] entries)
    {
        var generation = new SearchIndexGeneration(null);
        generation.Apply(entries, []);
        generation.Refresh();
        var terms = new[] { new TaxonomyTerm { Code = "kraamzorg", Name = "Kraamzorg", Description = "", Synonyms = ["babyverzorging"] } };
        _index.Swap(generation, new SearchSynonyms(terms));
    }

    private List<string> Names(ServiceQuery query) =>
        _index.Search(query, out var cards) is { } _ ? cards.Select(c => c.Name).ToList() : [];

    [Fact]
    public void Finds_a_word_in_another_form()
    {
        Index(Entry("Zwangerschapscursus", "Een cursus voor zwangere vrouwen"), Entry("Speelpleintje"));

        Assert.Equal(["Zwangerschapscursus"], Names(new() { Text = "zwanger" }));
    }

    [Fact]
    public void Finds_a_synonym_from_the_built_in_list_and_from_the_taxonomy()
    {
        Index(Entry("Kraamzorg aan huis"), Entry("Speelpleintje"));

        Assert.Equal(["Kraamzorg aan huis"], Names(new() { Text = "kraamhulp" }));
        Assert.Equal(["Kraamzorg aan huis"], Names(new() { Text = "babyverzorging" }));
    }

    [Theory]
    [InlineData("borstvoedng")]   // one letter missing
    [InlineData("borstvoding")]   // one letter missing
    [InlineData("brostvoeding")]  // two letters swapped
    public void Tolerates_typos_in_longer_words(string typo)
    {
        Index(Entry("Borstvoedingsconsult", "Hulp bij borstvoeding"), Entry("Speelpleintje"));

        Assert.Equal(["Borstvoedingsconsult"], Names(new() { Text = typo }));
    }

    [Fact]
    public void A_short_word_with_a_typo_matches_nothing()
    {
        Index(Entry("Yoga voor zwangeren"));

        Assert.Empty(Names(new() { Text = "yoha" }));
    }

    [Fact]
    public void Every_word_must_match_and_the_name_counts_most()
    {
        Index(Entry("Babymassage", "Leer je baby masseren, in Leuven"), Entry("Babyzwemmen", "Zwemmen met je baby in Leuven en babymassage"), Entry("Peuterturnen", "In Leuven"));

        Assert.Equal(["Babymassage", "Babyzwemmen"], Names(new() { Text = "babymassage leuven" }));
    }

    [Fact]
    public void Filters_combine_and_distance_is_measured_from_the_place()
    {
        Index(
            Entry("Inloop Leuven", build: e => { e.Points = [Leuven]; e.IsFree = true; e.Languages = ["nl", "fr"]; e.Max = 36; }),
            Entry("Inloop Gent", build: e => { e.Points = [Gent]; e.IsFree = true; e.Languages = ["nl", "fr"]; e.Max = 36; }),
            Entry("Betalend Leuven", build: e => { e.Points = [Leuven]; e.IsFree = false; e.Languages = ["fr"]; e.Max = 36; }),
            Entry("Tieners Leuven", build: e => { e.Points = [Leuven]; e.IsFree = true; e.Languages = ["fr"]; e.Min = 144; }));

        var result = _index.Search(new ServiceQuery { Near = new GeoPoint(50.88, 4.70), RadiusKm = 10, FreeOnly = true, Language = "fr", AgeMonths = 3 }, out var cards);

        Assert.Equal(["Inloop Leuven"], cards.Select(c => c.Name));
        Assert.InRange(result.Hits[0].DistanceKm!.Value, 0, 0.5);
        Assert.Equal(3, _index.Search(new ServiceQuery { Near = Gent, Sort = SearchSort.Distance }, out var all).Total - 1);
        Assert.Equal("Inloop Gent", all[0].Name);
    }

    [Fact]
    public void Facets_count_the_matching_services_per_value()
    {
        Index(
            Entry("A", build: e => { e.Terms = [("pijler", "ontmoeting"), ("doelgroep", "0-3")]; e.Municipalities = ["Leuven"]; }),
            Entry("B", build: e => { e.Terms = [("pijler", "ontmoeting")]; e.Municipalities = ["Leuven", "Heverlee"]; }),
            Entry("C", build: e => { e.Terms = [("pijler", "opvoeding")]; e.IsFree = false; }));

        var facets = _index.Search(new ServiceQuery()).Facets;

        Assert.Equal([new FacetCount("ontmoeting", 2), new FacetCount("opvoeding", 1)], facets["pijler"]);
        Assert.Equal([new FacetCount("Leuven", 2), new FacetCount("Heverlee", 1)], facets["gemeente"]);
        Assert.Equal([new FacetCount("1", 2)], facets["gratis"]);
        Assert.Equal(["A"], Names(new() { TermCodes = ["ontmoeting", "0-3"] }));
    }

    [Fact]
    public void Open_on_a_date_at_a_time_follows_the_hours_and_the_special_days()
    {
        var monday = new DateOnly(2026, 12, 21);
        Schedule Weekly(int opens, int closes) => new() { Days = [DayOfWeek.Monday], OpensAt = new(opens, 0), ClosesAt = new(closes, 0) };
        var closedOnMonday = new PlaceHours([Weekly(9, 12)], [new SpecialDay { Date = monday, Closed = true }]);
        Index(
            Entry("Avond", build: e => e.Hours = new ServiceHours([Weekly(18, 21)], [])),
            Entry("Ochtend", build: e => e.Hours = new ServiceHours([], [closedOnMonday])));

        Assert.Equal(["Avond"], Names(new() { Date = monday, Time = new TimeOnly(19, 0) }));
        Assert.Equal(["Avond"], Names(new() { Date = monday }));
        Assert.Equal(["Ochtend"], Names(new() { Date = monday.AddDays(7), Time = new TimeOnly(10, 0) }));
        Assert.Equal(["Ochtend"], Names(new() { Time = new TimeOnly(10, 0) })); // no date: the regular hours
        Assert.Empty(Names(new() { Date = monday.AddDays(1) }));
    }

    [Fact]
    public void A_replaced_service_is_found_by_its_new_text_only()
    {
        var first = Entry("Praatgroep");
        Index(first);

        _index.Apply([first with { Name = "Lotgenotengroep", Text = "Lotgenotengroep" }], []);

        Assert.Empty(Names(new() { Text = "praatgroep" }));
        Assert.Equal(["Lotgenotengroep"], Names(new() { Text = "lotgenotengroep" }));
        _index.Apply([], [first.Id]);
        Assert.Empty(Names(new() { Text = "lotgenotengroep" }));
    }

    [Fact]
    public void Pages_hold_the_next_results_in_the_same_order()
    {
        Index([.. Enumerable.Range(1, 45).Select(i => Entry($"Dienst {i:00}"))]);

        var second = _index.Search(new ServiceQuery { Sort = SearchSort.Name, Page = 2, PageSize = 20 }, out var cards);

        Assert.Equal(45, second.Total);
        Assert.Equal("Dienst 21", cards[0].Name);
        Assert.Equal(20, cards.Count);
    }

    public void Dispose() => _index.Dispose();

    private sealed class EntryBuilder
    {
        public required string Name { get; init; }
        public required string Text { get; init; }
        public GeoPoint[] Points { get; set; } = [];
        public bool IsFree { get; set; } = true;
        public string[] Languages { get; set; } = [];
        public int Min { get; set; } = AgeRange.PregnancyStart;
        public int Max { get; set; } = AgeRange.Oldest;
        public (string, string)[] Terms { get; set; } = [];
        public string[] Municipalities { get; set; } = [];
        public ServiceHours Hours { get; set; } = ServiceHours.None;

        public SearchEntry Build() => new()
        {
            Id = Guid.CreateVersion7(),
            NetworkId = Guid.Empty,
            OrganisationId = Guid.Empty,
            Name = Name,
            Text = Text,
            Points = Points,
            IsFree = IsFree,
            Languages = Languages,
            MinimumAgeMonths = Min,
            MaximumAgeMonths = Max,
            Terms = Terms,
            Municipalities = Municipalities,
            Hours = Hours,
        };
    }
}

public sealed class PublicSearchParametersTests
{
    private static readonly Gazetteer Places = new();

    private static PublicSearchParameters Parse(string query) =>
        PublicSearchParameters.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query), Places, Wednesday);

    private static readonly DateOnly Wednesday = new(2026, 12, 23);

    [Fact]
    public void Reads_every_criterion_of_a_shared_link()
    {
        var p = Parse("?q=borstvoeding&leeftijd=3m&gemeente=Leuven&afstand=25&dag=ma&uur=19:00&gratis=1&taal=fr&toegankelijk=rolstoel&pijler=ontmoeting&sort=afstand&pagina=2");

        Assert.Empty(p.Rejected);
        Assert.Equal("borstvoeding", p.Query.Text);
        Assert.Equal(3, p.Query.AgeMonths);
        Assert.Equal(25, p.Query.RadiusKm);
        Assert.NotNull(p.Query.Near);
        Assert.Equal(new DateOnly(2026, 12, 28), p.Query.Date); // the next Monday
        Assert.Equal(new TimeOnly(19, 0), p.Query.Time);
        Assert.True(p.Query.FreeOnly);
        Assert.Equal("fr", p.Query.Language);
        Assert.Equal([AccessibilityFeature.WheelchairAccessible], p.Query.Accessibility);
        Assert.Equal(["ontmoeting"], p.Query.TermCodes);
        Assert.Equal(SearchSort.Distance, p.Query.Sort);
        Assert.Equal(2, p.Query.Page);
    }

    [Theory]
    [InlineData("?leeftijd=abc", "leeftijd")]
    [InlineData("?leeftijd=999j", "leeftijd")]
    [InlineData("?afstand=-5", "afstand")]
    [InlineData("?afstand=1e9", "afstand")]
    [InlineData("?dag=maandagochtend", "dag")]
    [InlineData("?uur=25:99", "uur")]
    [InlineData("?pagina=0", "pagina")]
    [InlineData("?pagina=99999999999999", "pagina")]
    [InlineData("?pijler=%3Cscript%3E", "pijler")]
    [InlineData("?taal=%27%20OR%201%3D1", "taal")]
    public void A_value_it_does_not_understand_is_left_out_and_named(string query, string rejected)
    {
        var p = Parse(query);

        Assert.Contains(rejected, p.Rejected);
        Assert.Equal(1, p.Query.Page);
    }

    [Fact]
    public void A_place_defaults_to_ten_kilometres_and_links_keep_the_criteria()
    {
        var p = Parse("?gemeente=3000&q=kraamzorg&pagina=3");

        Assert.Equal(PublicSearchParameters.DefaultRadiusKm, p.Query.RadiusKm);
        Assert.Equal("/aanbod?q=kraamzorg&gemeente=3000&afstand=10&pijler=ontmoeting", p.With("pijler", "ontmoeting"));
    }

    [Theory]
    [InlineData("zwanger", -1)]
    [InlineData("3m", 3)]
    [InlineData("2j", 24)]
    [InlineData("4", 48)]
    public void Ages_are_read_in_months(string text, int months) => Assert.Equal(months, PublicSearchParameters.ParseAge(text));
}
