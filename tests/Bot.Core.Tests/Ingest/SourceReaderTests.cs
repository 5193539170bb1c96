namespace Bot.Core.Tests.Ingest;

public sealed class SourceReaderTests
{
    [Fact]
    public void Front_matter_gives_title_date_and_origin_and_is_not_part_of_the_text()
    {
        var source = SourceReader.Read("---\ntitle: Talks resume\npublished: 2025-03-04\nsource: Example Wire\nurl: https://example.org/a\n---\nThe talks resumed on Tuesday.\n", "a.txt", "a.txt");

        Assert.Equal("Talks resume", source.Title);
        Assert.Equal(new DateOnly(2025, 3, 4), source.Published);
        Assert.Equal("Example Wire", source.Origin);
        Assert.Equal("https://example.org/a", source.Url);
        Assert.Equal("The talks resumed on Tuesday.", source.Text.Trim());
    }

    [Fact]
    public void A_document_without_front_matter_is_accepted_undated_with_its_first_line_as_title()
    {
        var source = SourceReader.Read("Ministers meet in Geneva\nThe meeting is next week.\n", "notes.txt", "notes.txt");

        Assert.Null(source.Published);
        Assert.Equal("Ministers meet in Geneva", source.Title);
        Assert.Equal("notes.txt", source.Origin);
    }

    [Fact]
    public void Unclosed_front_matter_is_kept_as_text_rather_than_swallowing_the_document()
    {
        var source = SourceReader.Read("---\ntitle: broken\nThe whole text.\n", "x.md", "x.md");

        Assert.Contains("The whole text.", source.Text);
        Assert.Null(source.Published);
    }

    [Fact]
    public void Html_is_reduced_to_its_article_text_with_title_and_published_date_from_its_metadata()
    {
        const string html = """
            <!doctype html><html><head><title>Port reopens | Example News</title>
            <meta property="og:title" content="Port reopens after storm">
            <meta property="article:published_time" content="2025-06-02T08:00:00Z">
            <script>var tracking = "<p>not text</p>";</script></head>
            <body><nav>Home | World | Sport</nav>
            <article><h1>Port reopens after storm</h1>
            <p>The harbour authority said on Monday that the port of Valona will reopen to cargo ships by the end of June, after repairs to the main quay were completed ahead of schedule.</p>
            <p>Officials said the damage from the storm had been less severe than first feared, and that passenger ferries would follow within two weeks of the cargo traffic.</p>
            <p>The authority thanked the crews who worked through the weekend and said a full report would be published in the autumn.</p>
            </article><footer>Copyright</footer></body></html>
            """;

        var source = SourceReader.Read(html, "port.html", "port.html");

        Assert.Equal("Port reopens after storm", source.Title);
        Assert.Equal(new DateOnly(2025, 6, 2), source.Published);
        Assert.Contains("will reopen to cargo ships by the end of June", source.Text);
        Assert.DoesNotContain("tracking", source.Text);
        Assert.DoesNotContain("<p>", source.Text);
    }

    [Fact]
    public void The_same_text_gets_the_same_id_and_different_text_a_different_one()
    {
        var a = SourceReader.Read("Alpha text.", "a.txt", "a.txt");
        var b = SourceReader.Read("---\ntitle: Other title\n---\nAlpha text.", "b.txt", "b.txt");
        var c = SourceReader.Read("Beta text.", "c.txt", "c.txt");

        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, c.Id);
    }

    [Fact]
    public void The_seed_folder_yields_the_seed_with_its_published_date_and_repaired_spacing()
    {
        var seed = Assert.Single(Seeds.Read());

        Assert.Equal(new DateOnly(2025, 12, 31), seed.Published);
        Assert.Contains("Ain al-Asad by September 2025", seed.Text);
        Assert.DoesNotContain("al- Asad", seed.Text);
    }

    [Theory]
    [InlineData("2025-12-31", 2025, 12, 31)]
    [InlineData("2025-12-31T23:10:00Z", 2025, 12, 31)]
    [InlineData("31 December 2025", 2025, 12, 31)]
    [InlineData("December 31, 2025", 2025, 12, 31)]
    public void Published_dates_are_read_in_the_forms_people_write(string value, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FrontMatter.ParseDate(value));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2025-13-45")]
    public void A_published_value_that_is_not_a_date_leaves_the_source_undated(string value) =>
        Assert.Null(FrontMatter.ParseDate(value));
}
