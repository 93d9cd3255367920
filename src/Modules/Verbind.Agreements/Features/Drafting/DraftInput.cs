using System.Globalization;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;

namespace Verbind.Agreements.Features.Drafting;

/// <summary>The draft form as posted: strings, checked by <see cref="Validate"/>.</summary>
public sealed class DraftInput
{
    public string? Title { get; set; }
    public string? Preamble { get; set; }
    public string? Goals { get; set; }
    public string? Principles { get; set; }
    public string? Responsibilities { get; set; }
    public string? SigningPlace { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? DurationMonths { get; set; }
    public string? EvaluationDate { get; set; }
    public string? Renewal { get; set; }
    public bool AttendMeetings { get; set; }
    public string? MeetingsPerYear { get; set; }
    public bool KeepOfferingUpToDate { get; set; }
    public bool JoinWorkgroups { get; set; }
    public string? Workgroups { get; set; }
    public bool PayContribution { get; set; }
    public string? ContributionAmount { get; set; }
    public bool Publicise { get; set; }
    public bool ShareData { get; set; }
    public string? OtherCommitments { get; set; }

    public static DraftInput From(AgreementVersion version)
    {
        string? Of(CommitmentKind kind) => version.Commitments.FirstOrDefault(c => c.Kind == kind) is { } c
            ? c.Quantity?.ToString(CultureInfo.InvariantCulture) ?? (c.Amount is { } a ? Euro.Plain(a) : null)
            : null;
        bool Has(CommitmentKind kind) => version.Commitments.Any(c => c.Kind == kind);
        return new DraftInput
        {
            Title = version.Title,
            Preamble = version.Preamble,
            Goals = version.Goals,
            Principles = version.Principles,
            Responsibilities = version.Responsibilities,
            SigningPlace = version.SigningPlace,
            StartDate = version.Term.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndDate = version.Term.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EvaluationDate = version.Term.EvaluationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Renewal = version.Term.Renewal.ToString(),
            AttendMeetings = Has(CommitmentKind.AttendMeetings),
            MeetingsPerYear = Of(CommitmentKind.AttendMeetings),
            KeepOfferingUpToDate = Has(CommitmentKind.KeepOfferingUpToDate),
            JoinWorkgroups = Has(CommitmentKind.JoinWorkgroups),
            Workgroups = Of(CommitmentKind.JoinWorkgroups),
            PayContribution = Has(CommitmentKind.PayContribution),
            ContributionAmount = Of(CommitmentKind.PayContribution),
            Publicise = Has(CommitmentKind.Publicise),
            ShareData = Has(CommitmentKind.ShareData),
            OtherCommitments = string.Join('\n', version.Commitments.Where(c => c.Kind == CommitmentKind.FreeText).OrderBy(c => c.Position).Select(c => c.Text)),
        };
    }

    public sealed record Values(
        string Title, string Preamble, string Goals, string Principles, string Responsibilities, string? SigningPlace,
        AgreementTerm Term, IReadOnlyList<(CommitmentKind Kind, int? Quantity, decimal? Amount, string? Text)> Commitments);

    public Values? Validate(FieldErrors errors)
    {
        var title = Check.Text(errors, nameof(Title), Title, 300, required: true);
        var preamble = Check.Text(errors, nameof(Preamble), Preamble, TextLimits.Section) ?? "";
        var goals = Check.Text(errors, nameof(Goals), Goals, TextLimits.Section) ?? "";
        var principles = Check.Text(errors, nameof(Principles), Principles, TextLimits.Section) ?? "";
        var responsibilities = Check.Text(errors, nameof(Responsibilities), Responsibilities, TextLimits.Section) ?? "";
        var place = Check.Text(errors, nameof(SigningPlace), SigningPlace, 200);
        var start = Check.Date(errors, nameof(StartDate), StartDate, DateLimits.Earliest, DateLimits.Latest);
        var end = Check.Date(errors, nameof(EndDate), EndDate, DateLimits.Earliest, DateLimits.Latest, required: false);
        var months = Check.WholeNumber(errors, nameof(DurationMonths), DurationMonths, 1, 120);
        var evaluation = Check.Date(errors, nameof(EvaluationDate), EvaluationDate, DateLimits.Earliest, DateLimits.Latest, required: false);
        var renewal = Check.Choice<RenewalRule>(errors, nameof(Renewal), Renewal);
        if (start is { } s && end is null && months is null && !errors.Any(e => e.Field is nameof(EndDate) or nameof(DurationMonths)))
        {
            errors.Add(nameof(EndDate), "Error.EndOrDuration");
        }
        var commitments = new List<(CommitmentKind, int?, decimal?, string?)>();
        if (AttendMeetings)
        {
            commitments.Add((CommitmentKind.AttendMeetings, Check.WholeNumber(errors, nameof(MeetingsPerYear), MeetingsPerYear, 1, 52, required: true), null, null));
        }
        if (KeepOfferingUpToDate)
        {
            commitments.Add((CommitmentKind.KeepOfferingUpToDate, null, null, null));
        }
        if (JoinWorkgroups)
        {
            commitments.Add((CommitmentKind.JoinWorkgroups, Check.WholeNumber(errors, nameof(Workgroups), Workgroups, 1, 20, required: true), null, null));
        }
        if (PayContribution)
        {
            commitments.Add((CommitmentKind.PayContribution, null, Check.Euro(errors, nameof(ContributionAmount), ContributionAmount, required: true), null));
        }
        if (Publicise)
        {
            commitments.Add((CommitmentKind.Publicise, null, null, null));
        }
        if (ShareData)
        {
            commitments.Add((CommitmentKind.ShareData, null, null, null));
        }
        var other = Check.Text(errors, nameof(OtherCommitments), OtherCommitments, 10_000);
        var otherLines = (other ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (otherLines.Count > 30 || otherLines.Any(l => l.Length > 1000))
        {
            errors.Add(nameof(OtherCommitments), "Error.TooManyCommitments");
        }
        commitments.AddRange(otherLines.Select(l => (CommitmentKind.FreeText, (int?)null, (decimal?)null, (string?)l)));
        if (errors.Count > 0 || title is null || start is null || renewal is null)
        {
            return null;
        }
        var endDate = end ?? AgreementTerm.EndAfter(start.Value, months!.Value);
        if (!AgreementTerm.IsValid(start.Value, endDate, evaluation))
        {
            errors.Add(nameof(EvaluationDate), "Error.TermInvalid");
            return null;
        }
        var term = new AgreementTerm { StartDate = start.Value, EndDate = endDate, EvaluationDate = evaluation, Renewal = renewal.Value };
        return new Values(title, preamble, goals, principles, responsibilities, place, term, commitments);
    }
}
