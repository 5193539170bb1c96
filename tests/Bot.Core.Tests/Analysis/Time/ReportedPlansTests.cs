namespace Bot.Core.Tests.Analysis.Time;

/// <summary>
/// How news tells a plan: what a named subject intends in reported speech, a dated plan the sentence calls off, a
/// start with no end, and a schedule in the bare present. Each row gives every date as "text | day | kind".
/// </summary>
public sealed class ReportedPlansTests
{
    private static string[] Read(string sentence, string published) => SentenceFramesTests.Read(sentence, published);

    [Theory]
    [InlineData("The ministry said the clinics would reopen on Monday.", "2026-03-04", "Monday | 2026-03-09 | scheduled")]
    [InlineData("Officials said the vote will be held on 3 March.", "2026-02-20", "3 March | 2026-03-03 | scheduled")]
    [InlineData("The union's leader said talks could resume next week.", "2026-03-04", "next week | 2026-03-09 | scheduled")]
    [InlineData("The regulator said the airline expects a ruling in May.", "2026-02-10", "May | 2026-05-01 | scheduled")]
    [InlineData("Police said organisers plan a second march in April.", "2026-02-10", "April | 2026-04-01 | scheduled")]
    [InlineData("A spokesman told reporters the committee intends to publish its findings on Friday.", "2026-03-04", "Friday | 2026-03-06 | scheduled")]
    [InlineData("The club confirmed that its new coach hopes to sign two players in January.", "2026-12-02", "January | 2027-01-01 | scheduled")]
    [InlineData("The ministry said the clinics reopened on Monday.", "2026-03-04", "Monday | 2026-03-02 | happened")]
    [InlineData("Officials said the vote was held on 3 March.", "2026-03-10", "3 March | 2026-03-03 | happened")]
    [InlineData("The council said the company's plan in March failed.", "2026-06-10", "March | 2026-03-01 | happened")]
    [InlineData("Officials said the contractors met in January.", "2026-02-10", "January | 2026-01-01 | happened")]
    public void What_a_named_subject_will_or_means_to_do_in_reported_speech_lies_ahead(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("The match on Sunday was postponed.", "2026-03-05", "Sunday | 2026-03-08 | called off")]
    [InlineData("Tuesday's hearing was cancelled.", "2026-03-04", "Tuesday | 2026-03-03 | called off")]
    [InlineData("The 5 May launch has been scrapped.", "2026-04-20", "The 5 May | 2026-05-05 | called off")]
    [InlineData("Fans were told the derby on Saturday had been called off.", "2026-03-05", "Saturday | 2026-03-07 | called off")]
    [InlineData("The concert scheduled for Friday was cancelled because of the storm.", "2026-03-04", "Friday | 2026-03-06 | called off")]
    [InlineData("Sunday's rally has been postponed to 12 April.", "2026-03-05", "Sunday | 2026-03-08 | called off", "12 April | 2026-04-12 | scheduled")]
    [InlineData("The match on Sunday was won by the visitors.", "2026-03-05", "Sunday | 2026-03-01 | happened")]
    [InlineData("The hearing was cancelled on Tuesday.", "2026-03-04", "Tuesday | 2026-03-03 | happened")]
    [InlineData("Tuesday's hearing went ahead despite the protest.", "2026-03-04", "Tuesday | 2026-03-03 | happened")]
    public void A_dated_plan_whose_clause_calls_it_off_is_called_off_not_an_event(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("The ban is effective immediately.", "2026-03-04", "effective immediately | 2026-03-04 | scheduled")]
    [InlineData("The ministry suspended all exports with immediate effect.", "2026-03-04", "with immediate effect | 2026-03-04 | happened")]
    [InlineData("Effective immediately, visitors must wear masks.", "2026-07-14", "Effective immediately | 2026-07-14 | scheduled")]
    [InlineData("Schools will stay closed until further notice.", "2026-03-04")]
    [InlineData("The border is closed from Monday until further notice.", "2026-03-04", "Monday | 2026-03-09 | scheduled")]
    [InlineData("As of today, all libraries are closed.", "2026-03-04", "today | 2026-03-04 | scheduled")]
    [InlineData("Parking charges apply from Monday.", "2026-03-04", "Monday | 2026-03-09 | scheduled")]
    [InlineData("From 1 April, the fare rises to two euros.", "2026-03-04", "1 April | 2026-04-01 | scheduled")]
    [InlineData("He ordered the doctors to act immediately.", "2026-03-04")]
    public void An_immediate_start_is_the_report_day_and_an_open_end_names_no_date(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("Talks resume on Friday.", "2026-03-04", "Friday | 2026-03-06 | scheduled")]
    [InlineData("Parliament reconvenes on Tuesday after the recess.", "2026-03-04", "Tuesday | 2026-03-10 | scheduled")]
    [InlineData("Voters go to the polls on Sunday.", "2026-03-04", "Sunday | 2026-03-08 | scheduled")]
    [InlineData("Trading restarts Monday under new rules.", "2026-03-04", "Monday | 2026-03-09 | scheduled")]
    [InlineData("The curfew lifts on Saturday.", "2026-03-04", "Saturday | 2026-03-07 | scheduled")]
    [InlineData("The league's season kicks off on Thursday.", "2026-03-04", "Thursday | 2026-03-05 | scheduled")]
    [InlineData("The talks resumed on Friday.", "2026-03-04", "Friday | 2026-02-27 | happened")]
    public void A_bare_present_schedule_verb_before_a_weekday_lies_ahead(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));
}
