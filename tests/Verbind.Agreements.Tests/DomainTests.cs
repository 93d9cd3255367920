using Verbind.Agreements.Domain;

namespace Verbind.Agreements.Tests;

public sealed class StructuredReferenceTests
{
    [Theory]
    [InlineData("+++090/9337/55493+++")]
    [InlineData("***090/9337/55493***")]
    [InlineData("090933755493")]
    [InlineData(" +++ 090 / 9337 / 55493 +++ ")]
    public void A_reference_with_the_right_check_digits_is_accepted_in_any_common_notation(string text)
    {
        Assert.True(StructuredReference.TryParse(text, out var digits));
        Assert.Equal("090933755493", digits);
        Assert.Equal("+++090/9337/55493+++", StructuredReference.Format(digits));
    }

    [Theory]
    [InlineData("+++090/9337/55494+++")]
    [InlineData("+++090/9337/5549+++")]
    [InlineData("+++090/9337/554933+++")]
    [InlineData("+++09A/9337/55493+++")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("<script>alert(1)</script>")]
    public void A_wrong_check_digit_length_or_character_is_refused(string? text) =>
        Assert.False(StructuredReference.TryParse(text, out _));

    [Fact]
    public void The_check_digits_are_the_first_ten_modulo_97_and_97_when_that_is_zero()
    {
        Assert.Equal("012345678939", StructuredReference.FromBase(123456789));
        Assert.Equal("000000009797", StructuredReference.FromBase(97));
        Assert.Equal("000000000097", StructuredReference.FromBase(0));
    }

    [Fact]
    public void New_references_are_valid_and_differ()
    {
        var references = Enumerable.Range(0, 500).Select(_ => StructuredReference.NewRandom()).ToList();
        Assert.All(references, r => Assert.True(StructuredReference.TryParse(r, out _)));
        Assert.True(references.Distinct().Count() > 495);
    }
}

public sealed class DutchPaymentReferenceTests
{
    [Theory]
    [InlineData("5000056789012345")]
    [InlineData("5000 0567 8901 2345")]
    [InlineData("1000000000000006")] // 11 - 1 = 10: the check digit is 1
    [InlineData("0000000000000019")] // 11 - 0 = 11: the check digit is 0
    public void A_betalingskenmerk_with_its_weighted_modulus_11_check_digit_is_accepted(string text) =>
        Assert.True(DutchPaymentReference.TryParse(text, out _));

    [Theory]
    [InlineData("4000056789012345")]
    [InlineData("500005678901234")]
    [InlineData("50000567890123450")]
    [InlineData("500005678901234A")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_betalingskenmerk_is_refused(string? text) => Assert.False(DutchPaymentReference.TryParse(text, out _));

    [Fact]
    public void New_references_carry_their_check_digit_and_are_written_in_groups_of_four()
    {
        Assert.Equal("5000056789012345", DutchPaymentReference.FromBase(56789012345));
        Assert.Equal("5000 0567 8901 2345", PaymentReferences.Format("5000056789012345"));
        for (var i = 0; i < 200; i++)
        {
            Assert.True(DutchPaymentReference.TryParse(PaymentReferences.NewRandom("NL"), out _));
        }
        Assert.True(StructuredReference.TryParse(PaymentReferences.NewRandom("BE"), out var belgian));
        Assert.StartsWith("+++", PaymentReferences.Format(belgian), StringComparison.Ordinal);
    }
}

public sealed class CanonicalDocumentTests
{
    private static AgreementVersion Version(string goals = "1. Samen sterk", string title = "Verklaring")
    {
        var version = new AgreementVersion { AgreementId = Guid.Parse("0195c2a0-0000-7000-8000-000000000001"), Number = 1, Title = title, Goals = goals, VerificationCode = "AAAA-BBBB-CCCC" };
        version.Term = new AgreementTerm { StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31) };
        version.Parties.Add(new AgreementParty { OrganisationId = Guid.Parse("0195c2a0-0000-7000-8000-000000000002"), OrganisationName = "Gemeente Maanhove", Position = 0 });
        version.Commitments.Add(new Commitment { Kind = CommitmentKind.PayContribution, Amount = 1000m, Position = 0 });
        return version;
    }

    [Fact]
    public void Line_ends_trailing_spaces_and_unicode_composition_do_not_change_the_hash()
    {
        var plain = Version("1. Café\n2. Samen");
        var windows = Version("1. Cafe\u0301   \r\n2. Samen\r\n");
        Assert.Equal(CanonicalDocument.Sha256(plain), CanonicalDocument.Sha256(windows));
    }

    [Fact]
    public void Any_change_of_text_party_amount_or_term_changes_the_hash()
    {
        var hash = CanonicalDocument.Sha256(Version());
        Assert.NotEqual(hash, CanonicalDocument.Sha256(Version(goals: "1. Samen zwak")));
        var amount = Version();
        amount.Commitments[0].Amount = 1000.01m;
        Assert.NotEqual(hash, CanonicalDocument.Sha256(amount));
        var party = Version();
        party.Parties[0].OrganisationName = "Gemeente Dauwveld";
        Assert.NotEqual(hash, CanonicalDocument.Sha256(party));
        var term = Version();
        term.Term.EndDate = new DateOnly(2027, 12, 31);
        Assert.NotEqual(hash, CanonicalDocument.Sha256(term));
    }

    [Fact]
    public void Adding_a_signer_does_not_change_the_document()
    {
        var version = Version();
        var hash = CanonicalDocument.Sha256(version);
        version.Signers.Add(new Signer { FullName = "Nieuwe schepen", Email = "schepen@maanhove.example" });
        Assert.Equal(hash, CanonicalDocument.Sha256(version));
    }

    [Fact]
    public void The_canonical_text_has_a_versioned_header_and_a_fixed_amount_format()
    {
        var text = CanonicalDocument.Text(Version());
        Assert.StartsWith("verbind-agreement/1\n", text, StringComparison.Ordinal);
        Assert.Contains("1. PayContribution EUR 1000.00\n", text, StringComparison.Ordinal);
        Assert.Equal(64, CanonicalDocument.Sha256(text).Length);
    }
}

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void No_script_survives(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_structure_is_kept()
    {
        var html = SafeMarkdown.ToHtml("# Doelen\n\n1. **Samen**\n2. [Site](https://example.org)");
        Assert.Contains("<h1>Doelen</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Samen</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }
}

public sealed class TermAndMoneyTests
{
    [Fact]
    public void A_term_in_months_ends_the_day_before_the_same_date()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), AgreementTerm.EndAfter(new DateOnly(2026, 1, 1), 12));
        Assert.Equal(new DateOnly(2027, 3, 14), AgreementTerm.EndAfter(new DateOnly(2026, 3, 15), 12));
        var term = new AgreementTerm { StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31) };
        Assert.True(term.Covers(new DateOnly(2026, 12, 31)));
        Assert.False(term.Covers(new DateOnly(2027, 1, 1)));
        Assert.False(term.Covers(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void An_end_before_the_start_or_an_evaluation_far_after_the_end_is_invalid()
    {
        Assert.False(AgreementTerm.IsValid(new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 31), null));
        Assert.False(AgreementTerm.IsValid(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 9, 1)));
        Assert.True(AgreementTerm.IsValid(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void A_payment_is_open_until_its_due_date_then_overdue_and_paid_when_paid()
    {
        var request = new PaymentRequest { OrganisationName = "Gemeente", Reference = "090933755493", DueDate = new DateOnly(2026, 3, 1) };
        Assert.Equal(PaymentStatus.Open, request.StatusOn(new DateOnly(2026, 3, 1)));
        Assert.Equal(PaymentStatus.Overdue, request.StatusOn(new DateOnly(2026, 3, 2)));
        request.PaidOn = new DateOnly(2026, 3, 5);
        Assert.Equal(PaymentStatus.Paid, request.StatusOn(new DateOnly(2026, 3, 6)));
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCD-EFGH-JKMN")]
    [InlineData("ABCDEFGHJKMN", "ABCD-EFGH-JKMN")]
    [InlineData(" abcd efgh jkmn ", "ABCD-EFGH-JKMN")]
    public void Verification_codes_are_read_as_typed(string typed, string expected) =>
        Assert.Equal(expected, VerificationCodes.Normalise(typed));

    [Theory]
    [InlineData("ABCD-EFGH-JKM0")]
    [InlineData("ABCD")]
    [InlineData("' OR 1=1 --")]
    public void Impossible_codes_are_refused(string typed) => Assert.Null(VerificationCodes.Normalise(typed));
}
