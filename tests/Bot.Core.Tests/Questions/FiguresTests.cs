using Bot.Core.Questions;

namespace Bot.Core.Tests.Questions;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("There are presently 2,500 US soldiers in Iraq.", "2,500")]
    [InlineData("Some 1,200 were released on Monday.", "Some 1,200")]
    [InlineData("Officials put the cost at £180 million over three years.", "£180 million")]
    [InlineData("78% of those voting backed strike action.", "78%")]
    [InlineData("The first phase lasts 42 days.", "42 days")]
    [InlineData("The measure passed by 31 votes to 17.", "31")]
    [InlineData("the last eight can be exchanged", "eight")]
    [InlineData("It costs about €650 million.", "about €650 million")]
    public void The_first_figure_keeps_its_hedge_and_unit(string sentence, string figure) =>
        Assert.Equal(figure, Figures.In(sentence)[0].Text);

    [Theory]
    [InlineData("The coalition was established in 2014.")]
    [InlineData("The ballot closes on 9 March.")]
    [InlineData("Talks resume on March 9.")]
    [InlineData("Kestrel will lift off at 06:12 local time.")]
    public void Years_days_of_the_month_and_clock_times_are_not_figures(string sentence) =>
        Assert.DoesNotContain(Figures.In(sentence), f => char.IsDigit(f.Text[^1]) && !f.Text.Contains(':'));

    [Theory]
    [InlineData("The second phase is for people aged 60 to 74.", "60")]
    [InlineData("The second phase is for people aged 60 to 74.", "74")]
    [InlineData("Everyone 75 and over can book now.", "75")]
    [InlineData("Graham Tolley, 58, of Marlow, denies the charges.", "58")]
    [InlineData("A 12-year-old was hurt.", "12-year")]
    public void An_age_is_marked_as_one_not_a_count(string sentence, string figure) =>
        Assert.True(Figures.In(sentence).Single(f => f.Text == figure).IsAge);

    [Theory]
    [InlineData("About 40,000 people aged 75 and over have booked.", "About 40,000")]
    [InlineData("Some 58 workers, 12 of them nurses, were freed.", "Some 58")]
    public void A_count_beside_an_age_stays_a_count(string sentence, string figure) =>
        Assert.False(Figures.In(sentence).Single(f => f.Text == figure).IsAge);

    [Theory]
    [InlineData("Phase 2, from November 1: everyone else.")]
    [InlineData("The number 7 route was the last.")]
    public void A_number_that_names_one_of_a_series_is_not_a_figure(string sentence) =>
        Assert.DoesNotContain(Figures.In(sentence), f => f.Text is "2" or "7");
}
