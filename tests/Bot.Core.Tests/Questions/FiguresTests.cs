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
}
