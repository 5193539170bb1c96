using Bot.Core.Analysis;
using Bot.Core.Questions;

namespace Bot.Core.Tests.Questions;

public sealed class QuestionClassifierTests
{
    [Theory]
    [InlineData("when do US troops leave iraq?", QuestionKind.When)]
    [InlineData("By when must the coalition be out?", QuestionKind.When)]
    [InlineData("whens the next swap", QuestionKind.When)]
    [InlineData("What is the deadline for the handover?", QuestionKind.When)]
    [InlineData("how many prisoners were released?", QuestionKind.Quantity)]
    [InlineData("How much will it cost?", QuestionKind.Quantity)]
    [InlineData("how long is the first phase", QuestionKind.Quantity)]
    [InlineData("how long does the new contract run", QuestionKind.When)]
    [InlineData("how long will the us presence continue?", QuestionKind.When)]
    [InlineData("how long does the trip to the moon take", QuestionKind.Quantity)]
    [InlineData("what share backed a strike?", QuestionKind.Quantity)]
    [InlineData("Why was the vote postponed?", QuestionKind.Reason)]
    [InlineData("what caused the delay", QuestionKind.Reason)]
    [InlineData("who's tomas rehn", QuestionKind.Person)]
    [InlineData("Which official announced it?", QuestionKind.Person)]
    [InlineData("where will the donors meet", QuestionKind.Place)]
    [InlineData("In which city were the talks held?", QuestionKind.Place)]
    [InlineData("has the second phase started?", QuestionKind.Status)]
    [InlineData("is the first phase over", QuestionKind.Status)]
    [InlineData("what happens if the deadline is missed?", QuestionKind.Conditional)]
    [InlineData("and what if the talks collapse", QuestionKind.Conditional)]
    [InlineData("If Friday fails too, what then?", QuestionKind.Conditional)]
    [InlineData("what happens next?", QuestionKind.Next)]
    [InlineData("what changed since july", QuestionKind.Changes)]
    [InlineData("ok any updates since monday?", QuestionKind.Changes)]
    [InlineData("whats new since the vote", QuestionKind.Changes)]
    [InlineData("what has changed in the plan", QuestionKind.Search)]
    [InlineData("so what's coming up", QuestionKind.Next)]
    [InlineData("whats next for the ceasefire", QuestionKind.Next)]
    [InlineData("How will the agreements between the US and Iraq change?", QuestionKind.Search)]
    [InlineData("whats the price tag for the switch to electric", QuestionKind.Quantity)]
    [InlineData("whats in the new pay offer?", QuestionKind.Search)]
    [InlineData("which countries sent troops?", QuestionKind.Place)]
    [InlineData("whats the speed limit on the bridge", QuestionKind.Quantity)]
    [InlineData("what are the phases?", QuestionKind.Phases)]
    [InlineData("What are the steps of the plan?", QuestionKind.Phases)]
    [InlineData("which stages remain", QuestionKind.Phases)]
    [InlineData("what stages does the reopening have", QuestionKind.Phases)]
    [InlineData("ok list the tranches of the loan", QuestionKind.Phases)]
    [InlineData("what are the next steps", QuestionKind.Next)]
    [InlineData("how many phases are there", QuestionKind.Quantity)]
    [InlineData("what steps has the council taken to cut fumes?", QuestionKind.Search)]
    [InlineData("what rounds of talks were held", QuestionKind.Search)]
    public void A_question_is_typed_by_how_it_opens(string text, QuestionKind kind) =>
        Assert.Equal(kind, QuestionClassifier.Classify(text).Kind);

    [Theory]
    [InlineData("which countries sent troops?", true)]
    [InlineData("What are the phases of the withdrawal?", true)]
    [InlineData("what are the main steps in the plan", true)]
    [InlineData("Which cities will the buses serve?", true)]
    [InlineData("which country hosts the talks?", false)]
    [InlineData("where will the donors meet", false)]
    [InlineData("what is the first phase?", false)]
    public void A_question_with_a_plural_after_its_question_word_asks_for_several_things(string text, bool several) =>
        Assert.Equal(several, QuestionClassifier.Classify(text).AsksForSeveral);

    [Theory]
    [InlineData("which countries sent troops?", TopicKind.Country)]
    [InlineData("in what nation will the talks be held", TopicKind.Country)]
    [InlineData("which cities have picket lines", TopicKind.City)]
    [InlineData("what port towns are affected", TopicKind.City)]
    [InlineData("which companies bid for the contract", TopicKind.Organisation)]
    [InlineData("which aid charities are in the valley", TopicKind.Organisation)]
    [InlineData("which unions signed", TopicKind.Organisation)]
    [InlineData("which union leader spoke", null)]
    [InlineData("where will the donors meet", null)]
    [InlineData("what happened on monday", null)]
    public void A_question_says_the_kind_of_thing_it_asks_for_by_the_noun_after_its_question_word(string text, TopicKind? kind) =>
        Assert.Equal(kind, QuestionClassifier.Classify(text).AsksForKind);

    [Theory]
    [InlineData("which companies bid for the contract", QuestionKind.Person)]
    [InlineData("which unions signed", QuestionKind.Person)]
    [InlineData("which ports are closed", QuestionKind.Place)]
    [InlineData("how strong were the gusts", QuestionKind.Quantity)]
    [InlineData("how fast can the ferry go", QuestionKind.Quantity)]
    public void A_question_for_bodies_places_or_measures_is_typed_by_its_noun_or_adjective(string text, QuestionKind kind) =>
        Assert.Equal(kind, QuestionClassifier.Classify(text).Kind);

    [Theory]
    [InlineData("how long does the second phase last", true)]
    [InlineData("how long will the us presence continue?", true)]
    [InlineData("how long until the vote", false)]
    [InlineData("how many weeks does it last", false)]
    public void A_how_long_question_asks_for_a_span(string text, bool duration) =>
        Assert.Equal(duration, QuestionClassifier.Classify(text).AsksForDuration);

    [Theory]
    [InlineData("When will the base close?", QuestionTense.Future)]
    [InlineData("when does the truce start?", QuestionTense.Future)]
    [InlineData("When did the last soldiers pull out?", QuestionTense.Past)]
    [InlineData("when was lena marsh arrested?", QuestionTense.Past)]
    public void A_question_says_whether_it_asks_about_the_past_or_the_future(string text, QuestionTense tense) =>
        Assert.Equal(tense, QuestionClassifier.Classify(text).Tense);

    [Theory]
    [InlineData("how many US soldiers are in Iraq?", "US soldiers")]
    [InlineData("How many prisoners did Mereland let go", "prisoners")]
    public void How_many_names_the_thing_counted(string text, string focus) =>
        Assert.Equal(focus, QuestionClassifier.Classify(text).Focus);
}
