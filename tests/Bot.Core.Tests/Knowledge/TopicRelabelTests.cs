namespace Bot.Core.Tests.Knowledge;

/// <summary>When a change of topics is only a renaming the story folds can apply in place, and when it is not.</summary>
public sealed class TopicRelabelTests
{
    /// <summary>"name=slug,..." before and after; the renaming expected as "old>new,...", or null for none possible.</summary>
    [Theory]
    [InlineData("Lomgor=lomgor,Kartal=kartal", "Lomgor=ram-al-lomgor,Ram al-Lomgor=ram-al-lomgor,Kartal=kartal", "lomgor>ram-al-lomgor")]
    [InlineData("NTA=nta", "NTA=harbour-transit-office,Harbour Transit Office=harbour-transit-office", "nta>harbour-transit-office")]
    [InlineData("Anna Darrow=anna-darrow,Darrow=anna-darrow", "Anna Darrow=anna-darrow,Darrow=anna-darrow,Ben Darrow=ben-darrow", "")]
    [InlineData("Aa=a,Bb=b", "Aa=b,Bb=a", "a>b,b>a")]
    [InlineData("Anna Darrow=anna-darrow,Darrow=anna-darrow,Ben Darrow=ben-darrow", "Anna Darrow=anna-darrow,Darrow=ben-darrow,Ben Darrow=ben-darrow", null)]
    [InlineData("NTA=nta,Harbour Transit Office=harbour-transit-office", "NTA=harbour-transit-office,Harbour Transit Office=harbour-transit-office", null)]
    [InlineData("Old=old,Lomgor=lomgor", "Lomgor=old", null)]
    public void A_change_of_slugs_is_a_renaming_only_when_no_name_moves_to_another_topic_and_no_two_topics_merge(string before, string after, string? expected)
    {
        static Dictionary<string, string> Parse(string text) => text.Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

        var relabel = TopicRelabel.Between(Parse(before), Parse(after));

        Assert.Equal(expected, relabel is null ? null : string.Join(",", relabel.NewSlugs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}>{p.Value}")));
    }
}
