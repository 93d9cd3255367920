using Verbind.Platform.Forms;

namespace Verbind.Platform.Tests;

/// <summary>The form checks every module uses: each refusal names the field and leaves no value.</summary>
public sealed class FormCheckTests
{
    public enum Colour
    {
        Red,
        Green,
    }

    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    [InlineData("  Kraamzorg  ", "Kraamzorg")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("   ", null)]
    public void Text_is_trimmed_and_kept_as_typed(string value, string? expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, Check.Text(errors, "Name", value, 100));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null, "Error.Required")]
    [InlineData("bell\u0007", "Error.InvalidCharacters")]
    public void Wrong_text_is_refused_with_its_reason(string? value, string key)
    {
        var errors = new FieldErrors();
        Assert.Null(Check.Text(errors, "Name", value, 100, required: true));
        Assert.Equal(key, Assert.Single(errors).Key);
    }

    [Fact]
    public void Text_longer_than_allowed_is_refused_with_the_limit()
    {
        var errors = new FieldErrors();
        Assert.Null(Check.Text(errors, "Name", new string('x', 10_001), 10_000));
        var error = Assert.Single(errors);
        Assert.Equal(("Name", "Error.TooLong", 10_000), (error.Field, error.Key, (int)error.Arguments[0]));
    }

    [Theory]
    [InlineData("green", Colour.Green)]
    [InlineData("7", null)]
    [InlineData("Green; DROP TABLE x", null)]
    public void A_choice_is_one_of_the_names(string value, Colour? expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, Check.Choice<Colour>(errors, "Colour", value));
        Assert.Equal(expected is null, errors.Count == 1);
    }

    [Theory]
    [InlineData("https://zonnedal.example/aanbod", "https://zonnedal.example/aanbod")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,hi", null)]
    [InlineData("/relative", null)]
    public void Only_absolute_web_addresses_are_websites(string value, string? expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, Check.Website(errors, "Website", value));
    }

    [Theory]
    [InlineData("3000", "BE", "3000")]
    [InlineData("1234ab", "NL", "1234 AB")]
    [InlineData("0123", "BE", null)]
    [InlineData("1234", "NL", null)]
    public void Postcodes_follow_their_country(string value, string country, string? expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, Check.Postcode(errors, "Postcode", value, country));
    }

    [Theory]
    [InlineData("2026-12-31", true)]
    [InlineData("1989-12-31", false)]
    [InlineData("2040-01-01", false)]
    [InlineData("31/12/2026", false)]
    public void Dates_are_iso_and_within_reach(string value, bool accepted)
    {
        var errors = new FieldErrors();
        Assert.Equal(accepted, Check.Date(errors, "Date", value, Today) is not null);
        Assert.Equal(accepted, errors.Count == 0);
    }

    [Theory]
    [InlineData("12,50", 12.50)]
    [InlineData("100000.01", null)]
    [InlineData("-5", null)]
    [InlineData("1e5", null)]
    public void Amounts_are_euro_with_two_decimals(string value, double? expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected is null ? null : (decimal)expected.Value, Check.Amount(errors, "Amount", value));
    }

    [Theory]
    [InlineData("1000", "1000")]
    [InlineData("1000,50", "1000.50")]
    [InlineData("1000.50", "1000.50")]
    [InlineData("1.000", "1000")]
    [InlineData("1.000,50", "1000.50")]
    [InlineData("€ 3 600", "3600")]
    public void Strict_euro_amounts_are_read_exactly(string text, string expected)
    {
        Assert.True(Check.TryParseEuro(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1e3")]
    [InlineData("0,001")]
    [InlineData("abc")]
    [InlineData("99999999999999")]
    [InlineData("NaN")]
    public void Wrong_strict_euro_amounts_are_refused(string text) => Assert.False(Check.TryParseEuro(text, out _));

    [Fact]
    public void A_strict_euro_amount_can_be_required_and_is_never_rounded()
    {
        var errors = new FieldErrors();
        Assert.Null(Check.Euro(errors, "Amount", " ", required: true));
        Assert.Null(Check.Euro(errors, "Other", "0,125"));
        Assert.Equal(["Error.Required", "Error.AmountInvalid"], errors.Select(e => e.Key));
        Assert.Null(Check.Euro(new FieldErrors(), "Amount", ""));
    }

    [Theory]
    [InlineData("2000-01-01", true)]
    [InlineData("2100-12-31", true)]
    [InlineData("1999-12-31", false)]
    [InlineData("2101-01-01", false)]
    public void Dates_can_be_held_to_a_fixed_range_instead_of_today(string value, bool accepted)
    {
        var errors = new FieldErrors();
        Assert.Equal(accepted, Check.Date(errors, "Date", value, new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)) is not null);
        Assert.Equal(accepted, errors.Count == 0);
    }

    [Fact]
    public void An_email_address_is_kept_as_typed_unless_lower_case_is_asked_and_can_be_required()
    {
        Assert.Equal("Vera@Example.org", Check.Email(new FieldErrors(), "Email", " Vera@Example.org "));
        Assert.Equal("vera@example.org", Check.Email(new FieldErrors(), "Email", "Vera@Example.org", lowerCase: true));
        var errors = new FieldErrors();
        Assert.Null(Check.Email(errors, "Email", "", required: true));
        Assert.Null(Check.Email(errors, "Other", ""));
        Assert.Equal("Error.Required", Assert.Single(errors).Key);
    }

    [Fact]
    public void A_whole_number_can_be_required()
    {
        var errors = new FieldErrors();
        Assert.Null(Check.WholeNumber(errors, "Count", "", 1, 10, required: true));
        Assert.Null(Check.WholeNumber(errors, "Other", "", 1, 10));
        Assert.Null(Check.WholeNumber(errors, "Range", "11", 1, 10));
        Assert.Equal(["Error.Required", "Error.NumberRange"], errors.Select(e => e.Key));
    }

    [Fact]
    public void Another_kind_of_id_is_refused()
    {
        var errors = new FieldErrors();
        Assert.Null(Check.Id(errors, "Service", "' OR 1=1 --"));
        Assert.Equal("Error.UnknownChoice", Assert.Single(errors).Key);
    }
}
