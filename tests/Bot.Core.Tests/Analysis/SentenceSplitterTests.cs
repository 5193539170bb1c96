using Bot.Core.Analysis;

namespace Bot.Core.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("The base closed. Troops left.", new[] { "The base closed.", "Troops left." })]
    [InlineData("Will they leave? Nobody knows! It is unclear.", new[] { "Will they leave?", "Nobody knows!", "It is unclear." })]
    [InlineData("Talks ended. 2,500 troops remain.", new[] { "Talks ended.", "2,500 troops remain." })]
    [InlineData("He left. \u201CWe are done,\u201D he said.", new[] { "He left.", "\u201CWe are done,\u201D he said." })]
    [InlineData("He left. \"We are done,\" he said.", new[] { "He left.", "\"We are done,\" he said." })]
    [InlineData("\u201CWe are done.\u201D The minister left.", new[] { "\u201CWe are done.\u201D", "The minister left." })]
    [InlineData("It ended (finally.) Then rain.", new[] { "It ended (finally.)", "Then rain." })]
    [InlineData("Wait... What happened?", new[] { "Wait...", "What happened?" })]
    [InlineData("No trailing stop", new[] { "No trailing stop" })]
    // An abbreviation or clock time that can end a clause splits only before a capital.
    [InlineData("The gates opened at 6 a.m. The queue was long.", new[] { "The gates opened at 6 a.m.", "The queue was long." })]
    [InlineData("They sold tanks, trucks, etc. The rest stayed.", new[] { "They sold tanks, trucks, etc.", "The rest stayed." })]
    [InlineData("It landed at 9 a.m. Officials then spoke.", new[] { "It landed at 9 a.m.", "Officials then spoke." })]
    [InlineData("The answer was no. Then they left.", new[] { "The answer was no.", "Then they left." })]
    [InlineData("It is in Section B. A new plan follows.", new[] { "It is in Section B. A new plan follows." })]
    public void A_sentence_ends_at_a_stop_before_a_capital_digit_or_opening_quote_and_after_an_abbreviation_only_before_a_capital(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("It ended. then it went on.")]
    [InlineData("\u201CIs it over?\u201D he asked.")]
    [InlineData("Lt Gen. Qais al-Mohammadi spoke.")]
    [InlineData("Gen. Smith and Lt. Jones met Col. Brown, Maj. Lee and Sgt. Cruz.")]
    [InlineData("Dr. Ali met Mr. Hall, Mrs. Hall, Ms. Reed and Prof. King on St. James Street.")]
    [InlineData("Troops left the U.S. Army base and the U.K. Embassy briefed the U.N. Security Council.")]
    [InlineData("Allies, e.g. France and Spain, i.e. Europeans, stayed.")]
    [InlineData("Tanks, trucks, etc. were moved.")]
    [InlineData("They met at No. 10 Downing Street.")]
    [InlineData("It was signed on Jan. 5 and again on Sept. 27, 2024 and Dec. 1.")]
    [InlineData("The plane landed at 9 a.m. local time and left at 5 p.m. sharp.")]
    [InlineData("The bridge was closed at 6 a.m. Tuesday after inspectors found a crack.")]
    [InlineData("Ballots close at 8 p.m. ET on Thursday.")]
    [InlineData("The strike began at 12:01 a.m. Oct. 1 at every port.")]
    [InlineData("John F. Kennedy spoke.")]
    [InlineData("About 2.5 million people and $3.7bn were involved.")]
    [InlineData("Version 1.2.3 shipped.")]
    public void Abbreviations_initials_decimals_and_lowercase_continuations_do_not_split(string text) =>
        Assert.Equal(new[] { text }, Texts(text));

    [Theory]
    [InlineData("GENEVA, March 4 (Reuters) - Talks resumed on Tuesday. They ended.", "Talks resumed on Tuesday.")]
    [InlineData("NEW YORK, Sept 24 (Reuters) - Dockworkers will strike.", "Dockworkers will strike.")]
    [InlineData("JERSEY CITY, N.J. (AP) \u2014 Dockworkers walked out.", "Dockworkers walked out.")]
    [InlineData("WASHINGTON \u2014 The Senate voted on Friday.", "The Senate voted on Friday.")]
    [InlineData("NATO said on Monday it would stay.", "NATO said on Monday it would stay.")]
    [InlineData("US-led forces left - all of them.", "US-led forces left - all of them.")]
    public void A_wire_dateline_is_no_part_of_the_first_sentence(string text, string first) =>
        Assert.Equal(first, Texts(text)[0]);

    /// <summary>Text over several lines and the sentences it splits into, each with its paragraph (numbered from 0).</summary>
    public static TheoryData<string, (int Paragraph, string Text)[]> Lines => new()
    {
        // A line without a final stop runs on into the next line.
        {
            "\u201CThe base will be handed over next week,\u201D\nthe general said.\nTalks go on.",
            [(0, "\u201CThe base will be handed over next week,\u201D the general said."), (1, "Talks go on.")]
        },
        // Blank lines, bullets and lines ending a sentence end paragraphs.
        {
            "- First item.\n* Second item\n\u2022 Third item\nA line. Another one.\nA next line\ncontinues here.\n\nAfter a blank line",
            [(0, "First item."), (1, "Second item"), (2, "Third item"), (3, "A line."), (3, "Another one."), (4, "A next line continues here."), (5, "After a blank line")]
        },
        // A short question line is a paragraph of its own, even after an unfinished line.
        {
            "Background\nWhat happens after the withdrawal?\nThe plan has two phases",
            [(0, "Background"), (1, "What happens after the withdrawal?"), (2, "The plan has two phases")]
        },
        // A line ending in an abbreviation runs on into the next line ...
        { "The briefing was given by Lt Gen.\nQais al-Mohammadi in the capital.", [(0, "The briefing was given by Lt Gen. Qais al-Mohammadi in the capital.")] },
        { "Troops left the U.S.\nArmy base.", [(0, "Troops left the U.S. Army base.")] },
        { "They met at No.\n10 Downing Street.", [(0, "They met at No. 10 Downing Street.")] },
        // ... unless the abbreviation can end a clause.
        { "They sold tanks, trucks, etc.\nThe rest stayed.", [(0, "They sold tanks, trucks, etc."), (1, "The rest stayed.")] },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_line_break_ends_a_paragraph_unless_the_line_runs_on(string text, (int Paragraph, string Text)[] expected) =>
        Assert.Equal([.. expected.Select((e, index) => new TextSentence(index, e.Paragraph, e.Text))], SentenceSplitter.Split(text));

    [Fact]
    public void A_dash_that_is_not_a_bullet_stays_in_the_sentence()
    {
        Assert.Equal(["-5 degrees were measured."], Texts("-5 degrees were measured."));
        Assert.Equal(["Troops - about 2,500 - remain."], Texts("Troops - about 2,500 - remain."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("- \n\n* ")]
    public void Empty_text_and_empty_bullets_yield_no_sentences(string text) =>
        Assert.Empty(SentenceSplitter.Split(text));

    [Fact]
    public void The_seed_splits_into_the_expected_sentences_and_paragraphs()
    {
        var sentences = SentenceSplitter.Split(TextNormalizer.Normalize(SeedDocument.Body()));

        Assert.Equal(
            [
                new TextSentence(0, 0, "Iraq's Joint Operations Command announced Wednesday."),
                new TextSentence(1, 1, "Coalition forces to fully withdraw from Ain al-Asad."),
                new TextSentence(2, 2, "Withdrawal from western Anbar province air base next week."),
                new TextSentence(3, 3, "It is a step toward the US-led coalition's military withdrawal from the nation."),
                new TextSentence(4, 4, "At a press briefing in Baghdad, Lt Gen. Qais al-Mohammadi, deputy commander of the Joint Operations Command, stated that the base will be fully turned over to Iraqi forces as part of the departure."),
                new TextSentence(5, 5, "\u201CAin al-Asad will witness a full withdrawal next week and be transferred to our Iraqi units,\u201D Mohammadi said."),
                new TextSentence(6, 6, "\u201CThere is a timetable to complete all these steps."),
                new TextSentence(7, 6, "This is an achievement related to Iraqi capabilities and to Iraqi sovereignty and also reflects understanding with the United States and coalition countries to shift the mission to bilateral memorandums.\u201D"),
                new TextSentence(8, 7, "According to him, the future framework would concentrate on sharing knowledge, intelligence, training, and equipment in a way that guarantees Iraq's independence and sovereignty and fosters the growth of its security forces."),
                new TextSentence(9, 8, "There are presently 2,500 US soldiers in Iraq."),
                new TextSentence(10, 8, "In order to combat ISIS, which had ruled over substantial portions of Syria and Iraq, a coalition comprising nations like France and Spain was established in 2014."),
                new TextSentence(11, 9, "How will US bilateral agreements with Iraq change after withdrawal?"),
                new TextSentence(12, 10, "US-Iraq bilateral agreements will transition from coalition-led combat operations under Operation essential Resolve to a long-term strategic cooperation concentrated on premonitory support, training, intelligence sharing, and profitable tiespost-withdrawal."),
                new TextSentence(13, 11, "The 2024 agreement outlines two phases: full coalition exit from bases like Ain al-Asad by September 2025, followed by a unilateral US presence through 2026 emphasizing capacity-structure for Iraqi forces against ISIS remnants, without combat places."),
                new TextSentence(14, 12, "Security cooperation persists via the 2008 Strategic Framework Agreement, expanding into profitable diversification, energy independence, and banking reforms; hundreds of US colors may remain in premonitory capacities, potentially in Kurdistan, to cover Syria pitfalls and counter Iranian influence."),
            ],
            sentences);
    }
}
