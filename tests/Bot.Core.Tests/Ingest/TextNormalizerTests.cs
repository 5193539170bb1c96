namespace Bot.Core.Tests.Ingest;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ain al- Asad", "Ain al-Asad")]
    [InlineData("US- Iraq", "US-Iraq")]
    [InlineData("coalition- led combat", "coalition-led combat")]
    [InlineData("capacity- structure", "capacity-structure")]
    [InlineData("long-  term", "long-term")]
    [InlineData("al-\u00A0Asad", "al-Asad")]
    [InlineData("Ain al-Asad", "Ain al-Asad")]
    public void A_stray_space_after_a_word_hyphen_is_dropped(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Theory]
    [InlineData("the base - and the town - fell", "the base - and the town - fell")]
    [InlineData("the base -  quietly", "the base - quietly")]
    [InlineData("- first item\n- second item", "- first item\n- second item")]
    [InlineData("short- and long-term goals", "short- and long-term goals")]
    [InlineData("pre- or post-war", "pre- or post-war")]
    [InlineData("short- to medium-term", "short- to medium-term")]
    [InlineData("2024- 25 season", "2024- 25 season")]
    [InlineData("word-\nnext", "word-\nnext")]
    public void Spaced_dashes_bullets_suspended_hyphens_and_digits_keep_their_space(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Theory]
    [InlineData("Iraq\u2019s forces", "Iraq's forces")]
    [InlineData("\u2018quoted\u2019", "'quoted'")]
    [InlineData("\u201Bodd\u2019", "'odd'")]
    [InlineData("\u201CAin al-Asad will be handed over,\u201D he said.", "\u201CAin al-Asad will be handed over,\u201D he said.")]
    [InlineData("\"straight\" quotes", "\"straight\" quotes")]
    public void Single_curly_quotes_become_apostrophes_and_double_quotes_are_kept(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Theory]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u2009b", "a b")]
    [InlineData("a\u202Fb", "a b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a \t \u00A0  b", "a b")]
    [InlineData("a\u2003b", "a b")]
    [InlineData("  leading and trailing  ", "leading and trailing")]
    public void Odd_spaces_and_runs_of_spaces_become_one_space(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Theory]
    [InlineData("one\r\ntwo", "one\ntwo")]
    [InlineData("one\rtwo", "one\ntwo")]
    [InlineData("one\r\n\r\ntwo", "one\n\ntwo")]
    [InlineData("one   \ntwo\t\n", "one\ntwo")]
    [InlineData("one\n   two", "one\ntwo")]
    [InlineData("one\n\n\n\n\ntwo", "one\n\ntwo")]
    [InlineData("one\n \n\t\n\u00A0\ntwo", "one\n\ntwo")]
    [InlineData("one\n\ntwo", "one\n\ntwo")]
    [InlineData("\n\n\none\n\n\n", "one")]
    [InlineData("one\u2028two\u2029three", "one\ntwo\n\nthree")]
    public void Line_breaks_become_LF_lines_are_trimmed_and_blank_runs_collapse(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Theory]
    [InlineData("Ain\u200B al-Asad", "Ain al-Asad")]
    [InlineData("\uFEFFTitle", "Title")]
    [InlineData("with\u200Cdrawal", "withdrawal")]
    [InlineData("with\u200Ddrawal", "withdrawal")]
    [InlineData("with\u2060drawal", "withdrawal")]
    [InlineData("with\u00ADdrawal", "withdrawal")]
    [InlineData("bell\u0007 and null\u0000", "bell and null")]
    public void Invisible_and_control_characters_are_removed(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Theory]
    [InlineData("Caf\u0065\u0301", "Caf\u00E9")]
    [InlineData("Mosul\u0020A\u030A", "Mosul \u00C5")]
    [InlineData("Caf\u00E9", "Caf\u00E9")]
    public void Text_is_composed_to_NFC(string raw, string expected)
    {
        var normalized = TextNormalizer.Normalize(raw);
        Assert.Equal(expected, normalized);
        Assert.Equal(expected.Length, normalized.Length);
    }

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        var once = TextNormalizer.Normalize(SeedDocument.Body());
        Assert.Equal(once, TextNormalizer.Normalize(once));
    }

    [Fact]
    public void The_seed_body_is_repaired_line_by_line()
    {
        var lines = TextNormalizer.Normalize(SeedDocument.Body()).Split('\n');

        Assert.Equal(14, lines.Length);
        Assert.Equal("- Iraq's Joint Operations Command announced Wednesday.", lines[0]);
        Assert.Equal(
            "\u201CAin al-Asad will witness a full withdrawal next week and be transferred to our Iraqi units,\u201D",
            lines[5]);
        Assert.StartsWith("US-Iraq bilateral agreements will transition from coalition-led combat operations", lines[11]);
        Assert.Contains(" to a long-term strategic cooperation ", lines[11]);
        Assert.Contains("exit from bases like Ain al-Asad by September 2025,", lines[12]);
        Assert.Contains("emphasizing capacity-structure for Iraqi forces", lines[12]);
        Assert.All(lines, line => Assert.Equal(line.Trim(), line));
    }

    [Fact]
    public void Quotes_in_the_seed_stay_balanced()
    {
        var text = TextNormalizer.Normalize(SeedDocument.Body());
        Assert.Equal(text.Count(c => c == '\u201C'), text.Count(c => c == '\u201D'));
        Assert.Equal(2, text.Count(c => c == '\u201C'));
        Assert.DoesNotContain('\u2019', text);
    }

    [Fact]
    public void Empty_text_stays_empty() => Assert.Equal("", TextNormalizer.Normalize(" \r\n\t\u200B "));
}
