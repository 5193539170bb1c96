namespace Bot.Core.Tests.Ingest.Web;

/// <summary>The published-date fallbacks pages fetched from the web need when SmartReader finds no date.</summary>
public sealed class HtmlPublishedDateTests
{
    private const string Body = """
        <body><article><h1>Ferry resumes</h1>
        <p>The ferry resumed its crossings on Monday after a week in which storms kept every boat in the harbour and left the island without fresh supplies.</p>
        <p>The operator said the timetable would return to normal by the weekend, and that tickets bought for cancelled sailings would be honoured.</p>
        </article></body>
        """;

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-04T10:00:00Z"}</script>""", 2025, 3, 4)]
    [InlineData("""<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","datePublished":"2025-03-05"}]</script>""", 2025, 3, 5)]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-03-06T23:30:00+01:00"}]}</script>""", 2025, 3, 6)]
    [InlineData("""<meta name="date" content="2025-03-07">""", 2025, 3, 7)]
    [InlineData("""<meta itemprop="datePublished" content="2025-03-08T08:00:00Z">""", 2025, 3, 8)]
    [InlineData("""<meta name="DC.date.issued" content="2025-03-09">""", 2025, 3, 9)]
    public void A_date_in_json_ld_or_a_meta_tag_is_the_published_date(string head, int year, int month, int day)
    {
        var article = HtmlArticleReader.Read($"<!doctype html><html><head><title>Ferry resumes</title>{head}</head>{Body}</html>");

        Assert.Equal(new DateOnly(year, month, day), article.Published);
    }

    [Fact]
    public void A_time_element_marked_as_the_publication_date_is_the_published_date()
    {
        var article = HtmlArticleReader.Read($"<!doctype html><html><head><title>Ferry resumes</title></head>{Body.Replace("<h1>", "<time itemprop=\"datePublished\" datetime=\"2025-03-10\">10 March</time><h1>", StringComparison.Ordinal)}</html>");

        Assert.Equal(new DateOnly(2025, 3, 10), article.Published);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished": </script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"soon"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2025-03-04"}</script>""")]
    [InlineData("")]
    public void Broken_missing_or_unreadable_metadata_leaves_the_page_undated(string head)
    {
        var article = HtmlArticleReader.Read($"<!doctype html><html><head><title>Ferry resumes</title>{head}</head>{Body}</html>");

        Assert.Null(article.Published);
    }
}
