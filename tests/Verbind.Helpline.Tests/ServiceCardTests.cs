using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Chat;
using Verbind.Helpline.Features.Referral;

namespace Verbind.Helpline.Tests;

public sealed class ServiceCardTests
{
    [Fact]
    public void A_card_reads_back_what_was_written_markup_and_all()
    {
        var card = new ServiceCard("<b>Praatgroep</b> \"na\" verlies", "Rouwzorg vzw", "Leuven", "/aanbod/1");
        Assert.Equal(card, ServiceCard.Parse(card.ToText()));
    }

    [Fact]
    public void A_card_from_before_the_directory_reads_as_name_and_address()
    {
        Assert.Equal(new ServiceCard("Rouwlijn", null, null, "https://voorbeeld.test/"), ServiceCard.Parse("Rouwlijn\nhttps://voorbeeld.test/"));
    }

    [Theory]
    [InlineData("{niet json")]
    [InlineData("{\"organisation\":\"zonder naam\"}")]
    [InlineData("een regel")]
    public void A_text_that_is_no_card_reads_as_none_and_its_message_as_plain_text(string text)
    {
        Assert.Null(ServiceCard.Parse(text));
        var view = MessageView.From(new ChatMessage { Kind = MessageKind.ServiceCard, Text = text });
        Assert.Null(view.Card);
        Assert.Equal(text, view.Text);
    }
}
