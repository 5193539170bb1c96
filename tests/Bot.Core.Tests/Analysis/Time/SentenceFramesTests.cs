using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis.Time;

/// <summary>
/// How the shape of a news sentence frames its dates: a date fronted before a saying, a dateline or a page stamp, a
/// past-participle aside, an adjournment. Each row gives what a careful reader makes of every date: "text | day | kind".
/// </summary>
public sealed class SentenceFramesTests
{
    /// <summary>Every date of <paramref name="sentence"/> in a report of <paramref name="published"/>, as "text | day | kind".</summary>
    internal static string[] Read(string sentence, string published)
    {
        var day = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. TemporalTagger.Tag(sentence, day).Select(m => m.Period is { } p
            ? $"{m.Text} | {p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} | {EventKinds.Classify(m, day).Word()}"
            : $"{m.Text} | unresolved")];
    }

    [Theory]
    [InlineData("On Monday, the minister said the port would reopen on Wednesday.", "2026-03-05", "Monday | 2026-03-02 | statement", "Wednesday | 2026-03-04 | happened")]
    [InlineData("On Tuesday the union announced that its members would walk out on Friday.", "2026-03-05", "Tuesday | 2026-03-03 | statement", "Friday | 2026-03-06 | scheduled")]
    [InlineData("Late on Monday, officials said the road would close on Thursday.", "2026-03-05", "Monday | 2026-03-02 | statement", "Thursday | 2026-03-05 | scheduled")]
    [InlineData("On Friday, Health Secretary Lena Morris told parliament the clinics would open on Monday.", "2026-11-24", "Friday | 2026-11-20 | statement", "Monday | 2026-11-23 | happened")]
    [InlineData("On Sunday the prosecutor confirmed charges would be filed next week.", "2026-06-09", "Sunday | 2026-06-07 | statement", "next week | 2026-06-08 | scheduled")]
    [InlineData("On Monday, the port reopened after a week of strikes.", "2026-03-05", "Monday | 2026-03-02 | happened")]
    [InlineData("On Monday, the minister will say whether the port reopens on Friday.", "2026-03-05", "Monday | 2026-03-09 | scheduled", "Friday | 2026-03-06 | scheduled")]
    [InlineData("On Monday, the minister who resigned said nothing.", "2026-03-05", "Monday | 2026-03-02 | happened")]
    [InlineData("By Friday, officials said, most ferries would sail again.", "2026-03-04", "By Friday | 2026-03-06 | deadline")]
    [InlineData("The minister, speaking on Monday, said the border would reopen on Friday.", "2026-03-17", "Monday | 2026-03-16 | statement", "Friday | 2026-03-20 | scheduled")]
    [InlineData("Speaking to reporters on Sunday, the mayor said the curfew would end on Wednesday.", "2026-03-19", "Sunday | 2026-03-15 | statement", "Wednesday | 2026-03-18 | happened")]
    [InlineData("The company said in a statement on Monday that it would close the plant in June.", "2026-03-17", "Monday | 2026-03-16 | statement", "June | 2026-06-01 | scheduled")]
    [InlineData("In a video posted on Friday, the rebel leader said fighting would stop on Sunday.", "2026-03-17", "Friday | 2026-03-13 | statement", "Sunday | 2026-03-15 | happened")]
    [InlineData("The union will give its answer in a statement on Friday.", "2026-03-17", "Friday | 2026-03-20 | scheduled")]
    [InlineData("Protesters gathered at the conference on Friday, police said.", "2026-03-17", "Friday | 2026-03-13 | happened")]
    public void A_date_fronted_before_a_saying_is_the_day_of_the_saying_and_anchors_what_was_said(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("LONDON, March 3 (Reuters) - Britain's finance minister will present the budget on March 18.", "2026-03-03", "March 3 | 2026-03-03 | statement", "March 18 | 2026-03-18 | scheduled")]
    [InlineData("KYIV, Ukraine, Oct 9 (AP) — Air raid sirens sounded across the capital overnight.", "2026-10-09", "Oct 9 | 2026-10-09 | statement")]
    [InlineData("Updated: 14 May 2026. Counting resumes on Friday.", "2026-05-14", "14 May 2026 | 2026-05-14 | statement", "Friday | 2026-05-15 | scheduled")]
    [InlineData("Last updated on 2 February 2026.", "2026-02-02", "2 February 2026 | 2026-02-02 | statement")]
    [InlineData("In London, March 3 was the warmest day on record.", "2026-03-10", "March 3 | 2026-03-03 | happened")]
    [InlineData("PARIS, the city of light, will host the summit on June 4.", "2026-05-20", "June 4 | 2026-06-04 | scheduled")]
    public void A_dateline_or_a_page_stamp_gives_the_report_own_date_not_an_event(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("The ban, extended to March 31, was lifted on Monday.", "2026-03-04", "March 31 | 2026-03-31 | called off", "Monday | 2026-03-02 | happened")]
    [InlineData("The ban, extended to March 31, was lifted in February.", "2026-06-04", "March 31 | 2026-03-31 | called off", "February | 2026-02-01 | happened")]
    [InlineData("The strike, called for Friday, was suspended on Tuesday.", "2026-03-04", "Friday | 2026-03-06 | called off", "Tuesday | 2026-03-03 | happened")]
    [InlineData("The curfew, imposed until Sunday, was scrapped after two nights.", "2026-09-10", "until Sunday | 2026-09-13 | called off")]
    [InlineData("The talks, pushed back to Friday, were confirmed by both sides on Tuesday.", "2026-03-04", "Friday | 2026-03-06 | scheduled", "Tuesday | 2026-03-03 | happened")]
    [InlineData("The ban, extended to March 31, remains in force.", "2026-03-04", "March 31 | 2026-03-31 | scheduled")]
    [InlineData("The mandate, renewed until March 31, remains in force.", "2026-12-02", "until March 31 | 2027-03-31 | scheduled")]
    [InlineData("The curfew, imposed on Friday, will be lifted next week.", "2026-03-04", "Friday | 2026-02-27 | happened", "next week | 2026-03-09 | scheduled")]
    [InlineData("The election, held on Thursday, produced a hung parliament.", "2026-05-08", "Thursday | 2026-05-07 | happened")]
    [InlineData("Officials extended the ban to March 31, and fishermen protested.", "2026-03-04", "March 31 | 2026-03-31 | scheduled")]
    public void A_past_participle_aside_names_a_plan_target_on_either_side_and_a_plan_the_sentence_ends_is_called_off(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("The fair, which runs until Sunday, was cut short on Friday.", "2026-03-04", "until Sunday | 2026-03-08 | called off", "Friday | 2026-02-27 | happened")]
    [InlineData("The festival, which runs until Sunday, was cancelled on Tuesday after a storm.", "2026-03-04", "until Sunday | 2026-03-08 | called off", "Tuesday | 2026-03-03 | happened")]
    [InlineData("The walkout, which is due to end on Friday, was called off by the union.", "2026-03-04", "Friday | 2026-03-06 | called off")]
    [InlineData("The fair, which runs until Sunday, opened on Friday.", "2026-03-04", "until Sunday | 2026-03-08 | scheduled", "Friday | 2026-02-27 | happened")]
    [InlineData("The fair, which ran until Sunday, drew record crowds.", "2026-03-04", "until Sunday | 2026-03-01 | happened")]
    [InlineData("Organisers said the fair, which runs until Sunday, was busy.", "2026-03-04", "until Sunday | 2026-03-08 | scheduled")]
    [InlineData("Fans were told the match, which kicks off on Sunday, was postponed.", "2026-03-04", "Sunday | 2026-03-08 | called off")]
    [InlineData("Fans were told the match, which kicks off on Sunday, would go ahead.", "2026-03-04", "Sunday | 2026-03-08 | scheduled")]
    public void A_relative_clause_dates_its_subject_plan_and_a_main_verb_that_ends_the_plan_calls_the_date_off(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("Officials said they plan further action in March.", "2026-01-20", "March | 2026-03-01 | scheduled")]
    [InlineData("The carrier said it expects a ruling in May.", "2026-02-10", "May | 2026-05-01 | scheduled")]
    [InlineData("The minister told parliament she hopes to settle the dispute in June.", "2026-02-10", "June | 2026-06-01 | scheduled")]
    [InlineData("The council approved a plan in March.", "2026-06-10", "March | 2026-03-01 | happened")]
    [InlineData("Officials said they met the contractors in January.", "2026-02-10", "January | 2026-01-01 | happened")]
    [InlineData("Analysts said the company's plan in March failed.", "2026-06-10", "March | 2026-03-01 | happened")]
    public void A_pronoun_present_verb_of_intent_in_reported_speech_looks_ahead(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("The judge adjourned the hearing until May 4.", "2026-04-14", "until May 4 | 2026-05-04 | scheduled")]
    [InlineData("The trial was adjourned to January 12 after the defendant fell ill.", "2026-12-15", "January 12 | 2027-01-12 | scheduled")]
    [InlineData("Parliament recessed until September 1.", "2026-07-24", "until September 1 | 2026-09-01 | scheduled")]
    [InlineData("The court adjourned on Monday.", "2026-04-14", "Monday | 2026-04-13 | happened")]
    public void The_day_a_court_or_house_adjourns_to_lies_ahead_of_the_adjournment(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("He was charged last month and remanded in custody until his next appearance on October 2.", "2026-09-15", "last month | 2026-08-01 | happened", "October 2 | 2026-10-02 | scheduled")]
    [InlineData("The committee met in January and set its next session for March 3.", "2026-02-10", "January | 2026-01-01 | happened", "March 3 | 2026-03-03 | scheduled")]
    [InlineData("The health agency urged people to get vaccinated in October.", "2026-08-03", "October | 2026-10-01 | scheduled")]
    [InlineData("Two men were arrested in October.", "2026-08-03", "October | 2025-10-01 | happened")]
    [InlineData("The bakery next to the station closed in October.", "2026-08-03", "October | 2025-10-01 | happened")]
    public void What_is_next_or_asked_for_after_a_past_verb_lies_ahead(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));

    [Theory]
    [InlineData("Boil-water notices stay in place until at least Wednesday.", "2026-08-03", "until at least Wednesday | 2026-08-05 | scheduled")]
    [InlineData("The road stays shut until Wednesday.", "2026-08-03", "until Wednesday | 2026-08-05 | scheduled")]
    public void Until_at_least_is_an_end_like_until(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Read(sentence, published));
}
