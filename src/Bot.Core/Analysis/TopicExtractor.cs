using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis;

/// <summary>
/// Finds the names in a sentence (places, organisations, people, agreements) from how news text writes them:
/// runs of capitalised words joined by particles ("Ain al-Asad", "Ministry of Defence"), all-caps acronyms,
/// and "the 2024 agreement"-style references. No list of any story's names: it must work for the next story.
/// </summary>
public static partial class TopicExtractor
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "de", "del", "da", "du", "al", "el", "bin", "ibn", "bint", "abu", "von", "van", "der", "la", "le" };

    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ud", "bin", "ibn", "abu" };

    /// <summary>Words that open a name but are a person's title, not part of the name.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Lt", "Lt.", "Gen", "Gen.", "Col", "Col.", "Maj", "Maj.", "Sgt", "Sgt.", "Capt", "Capt.", "Adm", "Adm.", "Cmdr", "Cmdr.", "Brig", "Brig.",
        "Gov", "Gov.", "Sen", "Sen.", "Rep", "Rep.", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "Sheikh", "Pope",
        "President", "Vice", "Prime", "Minister", "Secretary", "Chancellor", "King", "Queen", "Prince", "Princess", "Ambassador", "Commander",
        "Lieutenant", "Colonel", "Major", "Sergeant", "Captain", "Admiral", "Spokesman", "Spokeswoman", "Deputy", "Chief", "Judge", "Senator",
        "Governor", "Mayor", "Foreign", "Defence", "Defense", "General", "Councillor", "Councilor", "Alderman", "Commissioner", "Envoy",
        "Speaker", "Chairman", "Chairwoman", "Chair", "Director", "Premier", "Sir", "Dame", "Lord", "Lady", "Bishop", "Archbishop", "Rabbi",
        "Imam", "Father", "Sister", "Superintendent", "Inspector", "Constable", "Detective", "Officer", "Agent", "Attorney", "Justice",
    };

    /// <summary>Capitalised words that are grammar or calendar, never a name on their own.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "We", "He", "She", "They", "I", "You", "Our", "His", "Her", "Their",
        "There", "Here", "In", "On", "At", "By", "For", "From", "To", "With", "As", "And", "But", "Or", "If", "When", "While", "After", "Before",
        "According", "However", "Meanwhile", "Also", "How", "What", "Why", "Who", "Where", "Which", "Will", "Would", "Is", "Are", "Was", "Were",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Yesterday",
        // Subordinators and sentence openers, capitalised only for opening the sentence: "Because the Moon's position".
        "Because", "Although", "Though", "Since", "Unless", "Until", "Once", "Despite", "Whether", "During", "Without", "Amid",
        "Following", "Among", "Unlike", "Whereas", "So", "Yet", "Thus", "Hence", "Therefore", "Nevertheless", "Moreover",
        "Furthermore", "Indeed", "Instead", "Still", "Even", "Only", "Earlier", "Later", "Then", "Now", "Each", "Every", "Both",
        "Several", "Many", "Some", "Such", "Under", "Over", "Through", "Against", "Between", "Within", "Into", "About", "Across",
    };

    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Command", "Ministry", "Council", "Forces", "Force", "Army", "Navy", "Party", "Coalition", "Organization", "Organisation", "Agency",
        "Committee", "Department", "Office", "Group", "Union", "Nations", "Assembly", "Parliament", "Court", "Bank", "Fund", "Authority",
        "Commission", "Corps", "Guard", "Front", "Movement", "Brigade", "Brigades", "Company", "Corporation", "University", "Institute",
        "Service", "Services", "Administration", "Government", "Alliance", "Federation", "Mission", "Centre", "Center", "Police",
        "Inc", "Ltd", "Plc", "LLC", "Corp", "Holdings", "GmbH",
    };

    private static readonly HashSet<string> AgreementHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Agreement", "Accord", "Accords", "Treaty", "Deal", "Pact", "Memorandum", "Framework", "Protocol", "Convention", "Declaration", "Act", "Plan", "Initiative", "Resolution",
    };

    private static readonly HashSet<string> PlaceCues = new(StringComparer.OrdinalIgnoreCase) { "in", "from", "to", "near", "into", "across", "outside", "inside", "toward", "towards" };

    private static readonly HashSet<string> PlaceFollowers = new(StringComparer.OrdinalIgnoreCase) { "province", "city", "base", "air", "region", "district", "governorate", "border", "capital", "airport", "port" };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "stated", "told", "added", "announced", "according" };

    /// <summary>After a speaker's name and verb, the pronoun that takes it up says what it is: "said she", "said its offer".</summary>
    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "his", "her", "him" };

    private static readonly HashSet<string> ThingPronouns = new(StringComparer.OrdinalIgnoreCase) { "its" };

    /// <summary>What only an organisation has: "Northline's chief executive", "the firm's staff".</summary>
    private static readonly HashSet<string> OrganisationBelongings = new(StringComparer.OrdinalIgnoreCase)
    {
        "executive", "staff", "employees", "workers", "workforce", "shareholders", "board", "headquarters", "directors", "chairman",
        "chairwoman", "customers", "passengers", "subsidiary", "shares", "profits", "revenue", "members",
    };

    /// <summary>Nouns of an apposition that say a name is a person ("Whitcombe, a spokeswoman for ...,") or an organisation ("Voltra, the bus maker,").</summary>
    private static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "executive", "secretary", "minister", "director", "leader", "head", "chairman",
        "chairwoman", "president", "commander", "chief", "official", "manager", "mayor", "councillor", "councilor", "governor",
        "scientist", "engineer", "lawyer", "founder", "analyst", "professor", "deputy", "negotiator", "organiser", "organizer",
    };

    /// <summary>What a town is called when news introduces one: "the town of Brask", "Carroway, a port city,".</summary>
    private static readonly HashSet<string> SettlementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "town", "village", "port", "capital", "suburb", "municipality", "borough", "township", "hamlet", "cities", "towns",
        "villages", "ports",
    };

    /// <summary>The plural nouns that open a list of places (<see cref="ListedPlaces"/>), checked before the regex runs.</summary>
    private static readonly string[] PlaceListNouns = ["countries", "nations", "states", "cities", "towns", "villages", "ports"];

    /// <summary>What only a town has: "Carroway's mayor", "on Brask's outskirts".</summary>
    private static readonly HashSet<string> CityBelongings = new(StringComparer.OrdinalIgnoreCase) { "mayor", "outskirts", "suburbs", "downtown", "city" };

    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "operator", "carrier", "group", "agency", "authority", "union", "council", "ministry", "department",
        "maker", "manufacturer", "airline", "bank", "regulator", "body", "organisation", "organization", "charity", "utility", "insurer",
    };

    public static IReadOnlyList<TopicMention> Extract(IReadOnlyList<TextSentence> sentences)
    {
        var mentions = new List<TopicMention>();
        foreach (var sentence in sentences)
        {
            ExtractFrom(sentence, mentions);
        }

        if (!mentions.Exists(m => m.Kind == TopicKind.Name && !m.Name.Contains(' ')))
        {
            return mentions;
        }

        // A one-word name the same text also writes in lower case ("Operation" beside "operations") is an ordinary
        // word; mark it so the knowledge can weigh it. Only words with no place, person or organisation cue.
        var lowercase = LowercaseWords(sentences);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind == TopicKind.Name && !mention.Name.Contains(' ') && !mention.Name.Contains('-'))
            {
                var word = mention.Name.ToLowerInvariant();
                if (lowercase.Contains(word) || lowercase.Contains(word + "s") || lowercase.Contains(word + "es"))
                {
                    mentions[i] = mention with { AlsoCommonWord = true };
                }
            }
        }

        return mentions;
    }

    // Kept as fields: written inline, each call would allocate its array anew.
    private static readonly char[] WordBreaks = [' ', '-'];
    private static readonly char[] WordMarks = ['"', '“', '”', '‘', '’', '\'', '(', ')', ',', ';', ':', '.', '!', '?'];
    private static readonly char[] TokenMarks = ['"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', '{', '}', ',', ';', ':', '!', '?', '…'];

    private static HashSet<string> LowercaseWords(IReadOnlyList<TextSentence> sentences)
    {
        // Read as spans: only a word not yet in the set becomes a string.
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in sentences)
        {
            var text = sentence.Text.AsSpan();
            foreach (var range in text.SplitAny(WordBreaks))
            {
                var word = text[range].Trim(WordMarks);
                if (word.Length > 2 && char.IsLower(word[0]))
                {
                    lookup.Add(word);
                }
            }
        }

        return words;
    }

    private static void ExtractFrom(TextSentence sentence, List<TopicMention> mentions)
    {
        var firstOfSentence = mentions.Count;
        var tokens = Tokenize(sentence.Text);
        var run = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.OpensParenthesis && run.Count > 0)
            {
                // "the Transit Authority (NTA)": the name ends before the bracket, and an acronym in it is its alias.
                var before = mentions.Count;
                Emit(sentence, tokens, run, mentions);
                if (mentions.Count > before && IsAcronym(token.Core) && mentions[^1].Variant is null)
                {
                    mentions[^1] = mentions[^1] with { Variant = token.Core };
                }
            }

            if (IsNameWord(token.Core))
            {
                var hyphen = token.Core.IndexOf('-');
                if (hyphen > 0 && !IsParticleJoined(token.Core))
                {
                    // "US-led" names "US"; "US-Iraq" names both; either way the run ends here.
                    var parts = token.Core.Split('-', StringSplitOptions.RemoveEmptyEntries);
                    run.Add(i);
                    var emitted = mentions.Count;
                    Emit(sentence, tokens, run, mentions, overrideLast: parts[0]);
                    if (mentions.Count > emitted && parts is [_, "based"] && mentions[^1].Kind is TopicKind.Name or TopicKind.Place)
                    {
                        // "a Carroway-based firm": what a firm is based in is a town (a country the gazetteer already knows).
                        mentions[^1] = mentions[^1] with { Kind = TopicKind.City };
                    }

                    foreach (var part in parts.Skip(1).Where(IsNameWord))
                    {
                        AddMention(sentence, tokens, [i], part, mentions, sentenceInitial: false);
                    }

                    continue;
                }

                run.Add(i);
                if (token.BreaksAfter)
                {
                    Emit(sentence, tokens, run, mentions);
                }
            }
            else if (run.Count > 0 && Connectors.Contains(token.Core) && !token.BreaksAfter && i + 1 < tokens.Count && IsNameWord(tokens[i + 1].Core))
            {
                run.Add(i);
            }
            else if (run.Count == 1 && token.Core == "and" && !token.BreaksAfter && !tokens[run[0]].BreaksAfter && JoinsOrganisation(tokens, i + 1))
            {
                // "the Arbitration and Conciliation Board": one body, not a list of two names.
                run.Add(i);
            }
            else if (run.Count > 0 && TakesNumber(tokens[run[^1]]) && IsNameNumber(token.Core))
            {
                // "Highway 38", "Zone 6's homes", "Terminal 2": a name with its number is one name, and the number ends it.
                run.Add(i);
                Emit(sentence, tokens, run, mentions);
            }
            else
            {
                Emit(sentence, tokens, run, mentions);
            }
        }

        Emit(sentence, tokens, run, mentions);
        MarkListedPlaces(sentence.Text, mentions, firstOfSentence);

        foreach (Match match in YearReference().Matches(sentence.Text))
        {
            var name = $"{match.Groups["year"].Value} {match.Groups["noun"].Value.ToLowerInvariant()}";
            mentions.Add(new TopicMention(name, sentence.Index, SentenceInitial: false, TopicKind.Agreement));
        }
    }

    private static void Emit(TextSentence sentence, List<Token> tokens, List<int> run, List<TopicMention> mentions, string? overrideLast = null)
    {
        if (run.Count == 0)
        {
            return;
        }

        var words = run.Select(i => tokens[i].Core).ToList();
        if (overrideLast is not null)
        {
            words[^1] = overrideLast;
        }

        var first = run[0];
        var hadTitle = false;
        while (words.Count > 1 && (Titles.Contains(words[0]) || NotNames.Contains(words[0]) || Connectors.Contains(words[0])) && !EndsWithHead(words))
        {
            hadTitle |= Titles.Contains(words[0]);
            words.RemoveAt(0);
            first++;
        }

        while (words.Count > 0 && Connectors.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var indexes = run.ToList();
        run.Clear();
        if (words.Count == 0 || (words.Count == 1 && (NotNames.Contains(words[0]) || Titles.Contains(words[0]))))
        {
            return;
        }

        var name = string.Join(' ', words).TrimEnd('.');
        var initial = tokens.Take(first).All(t => !t.HasLetters);
        var kind = Classify(words, tokens, first, indexes[^1], hadTitle);
        var variant = first > 0 && YearOnly().IsMatch(tokens[first - 1].Core) && kind == TopicKind.Agreement
            ? $"{tokens[first - 1].Core} {name}"
            : null;
        mentions.Add(new TopicMention(name, sentence.Index, initial, kind) { Variant = variant });
    }

    private static void AddMention(TextSentence sentence, List<Token> tokens, int[] indexes, string name, List<TopicMention> mentions, bool sentenceInitial)
    {
        if (!NotNames.Contains(name) && !Titles.Contains(name))
        {
            mentions.Add(new TopicMention(name, sentence.Index, sentenceInitial, Classify([name], tokens, indexes[0], indexes[^1], hadTitle: false)));
        }
    }

    /// <param name="first">The name's first word, after any title or opener.</param>
    /// <param name="last">The name's last word.</param>
    private static TopicKind Classify(List<string> words, List<Token> tokens, int first, int last, bool hadTitle)
    {
        if (AgreementHeads.Contains(words[^1]))
        {
            return TopicKind.Agreement;
        }

        if (OrganisationHeads.Contains(words[^1]))
        {
            return TopicKind.Organisation;
        }

        if (hadTitle)
        {
            return TopicKind.Person;
        }

        if (Countries.Contains(string.Join(' ', words)))
        {
            return TopicKind.Country;
        }

        var before = first > 0 ? tokens[first - 1] : null;
        var after = last + 1 < tokens.Count ? tokens[last + 1] : null;
        if (IsCity(words, tokens, first, last))
        {
            return TopicKind.City;
        }

        if ((before is not null && PlaceCues.Contains(before.Core)) || (after is not null && PlaceFollowers.Contains(after.Core)))
        {
            return TopicKind.Place;
        }

        if (tokens[last].Possessive && after is not null && (OrganisationBelongings.Contains(after.Core)
            || (after.Core == "chief" && last + 2 < tokens.Count && OrganisationBelongings.Contains(tokens[last + 2].Core))))
        {
            return TopicKind.Organisation;
        }

        var definite = before is not null && before.Core.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (after is not null && SpeechVerbs.Contains(after.Core))
        {
            return Speaker(words, tokens, last + 2, definite);
        }

        if (before is not null && SpeechVerbs.Contains(before.Core))
        {
            return Speaker(words, tokens, last + 1, definite);
        }

        if (tokens[last].BreaksAfter && !tokens[last].Possessive && Apposition(tokens, last + 1) is { } apposed)
        {
            return apposed;
        }

        return words.Count == 1 && words[0].All(c => !char.IsLetter(c) || char.IsUpper(c)) && words[0].Length > 1 ? TopicKind.Organisation : TopicKind.Name;
    }

    /// <summary>
    /// How news introduces a town: a well-known city's name, "the city of X" / "the port of X", "X's mayor", or an
    /// apposition that ends in a settlement noun ("X, a port city,", "X, the regional capital").
    /// </summary>
    private static bool IsCity(List<string> words, List<Token> tokens, int first, int last)
    {
        if (Cities.Contains(string.Join(' ', words)))
        {
            return true;
        }

        if (first > 1 && tokens[first - 1].Core == "of" && SettlementNouns.Contains(tokens[first - 2].Core))
        {
            return true;
        }

        if (tokens[last].Possessive && last + 1 < tokens.Count && CityBelongings.Contains(tokens[last + 1].Core))
        {
            return true;
        }

        if (!tokens[last].BreaksAfter || tokens[last].Possessive || last + 1 >= tokens.Count || tokens[last + 1].Core is not ("a" or "an" or "the"))
        {
            return false;
        }

        // The apposition's nouns up to its comma: a settlement noun last ("a port city,"), not one qualifying another ("the port operator").
        for (var j = last + 1; j < tokens.Count && j < last + 6; j++)
        {
            if (tokens[j].BreaksAfter || j + 1 == tokens.Count)
            {
                return SettlementNouns.Contains(tokens[j].Core) && !tokens[j].Possessive;
            }
        }

        return false;
    }

    /// <summary>
    /// A name that says something is a person only with a person's marks: a given and a family name, or "he"/"she"
    /// taking it up ("Rasmussen said she"); an organisation with an organisation's: "the" before it ("the Authority
    /// said"), "its" after ("Northline said its offer"). Without either, the kind stays open.
    /// </summary>
    private static TopicKind Speaker(List<string> words, List<Token> tokens, int from, bool definite)
    {
        if (definite)
        {
            return TopicKind.Organisation;
        }

        for (var j = from; j < tokens.Count && j < from + 8; j++)
        {
            if (PersonPronouns.Contains(tokens[j].Core))
            {
                return TopicKind.Person;
            }

            if (ThingPronouns.Contains(tokens[j].Core))
            {
                return TopicKind.Organisation;
            }
        }

        return words.Count >= 2 && words.All(w => !IsAcronym(w)) ? TopicKind.Person : TopicKind.Name;
    }

    /// <summary>
    /// "Whitcombe, the company's chief executive, said": the apposition's first telling noun (a possessive's owner
    /// aside); "Okoro, who ..." is a person; "Velmark, which ..." says nothing.
    /// </summary>
    private static TopicKind? Apposition(List<Token> tokens, int from)
    {
        if (from < tokens.Count && tokens[from].Core is "who" or "whose")
        {
            return TopicKind.Person;
        }

        for (var j = from; j < tokens.Count && j < from + 8; j++)
        {
            var token = tokens[j];
            if (token.Core is "which" or "that" or "where" or "when")
            {
                return null;
            }

            if (!token.Possessive && PersonRoles.Contains(token.Core))
            {
                return TopicKind.Person;
            }

            if (!token.Possessive && OrganisationNouns.Contains(token.Core))
            {
                return TopicKind.Organisation;
            }

            if (token.BreaksAfter && !token.Possessive)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Countries such as Norland and Velmark", "nations like France and Spain": the names listed are countries, whatever
    /// the gazetteer knows; "the ports of New York, Baltimore and Savannah", "towns including Brask and Sennet": towns.
    /// </summary>
    private static void MarkListedPlaces(string text, List<TopicMention> mentions, int from)
    {
        if (from == mentions.Count || !PlaceListNouns.Any(n => text.Contains(n, StringComparison.Ordinal)))
        {
            return;
        }

        foreach (Match list in ListedPlaces().Matches(text))
        {
            var kind = list.Groups["country"].Success ? TopicKind.Country : TopicKind.City;
            var listed = list.Groups["list"].Value;
            for (var i = from; i < mentions.Count; i++)
            {
                if (mentions[i].Kind is TopicKind.Name or TopicKind.Place && ContainsWord(listed, mentions[i].Name))
                {
                    mentions[i] = mentions[i] with { Kind = kind };
                }
            }
        }
    }

    private static bool ContainsWord(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && (at + name.Length == text.Length || !char.IsLetter(text[at + name.Length]));
    }

    /// <summary>Name words from <paramref name="from"/> that end, within three words and before any break, in an organisation's head word.</summary>
    private static bool JoinsOrganisation(List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j < from + 3 && IsNameWord(tokens[j].Core); j++)
        {
            if (OrganisationHeads.Contains(tokens[j].Core))
            {
                return true;
            }

            if (tokens[j].BreaksAfter)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A name word that a number can follow as part of the name: not broken off by a comma, not a month or weekday
    /// ("August 12" is a date), not a plan's part ("Phase 2" is read by the phase rules) and not a plural ("Zones 4 and 5").
    /// </summary>
    private static bool TakesNumber(Token word) =>
        !word.BreaksAfter && word.Core.Length > 1 && !NotNames.Contains(word.Core) && !Titles.Contains(word.Core) && !word.Core.EndsWith('s')
        && !PhaseOrdinals.IsPartNoun(word.Core);

    /// <summary>One to four digits, with a letter at most ("38", "4A"), and no year: "Highway 38", not "Lisbon 2024".</summary>
    private static bool IsNameNumber(string word)
    {
        var digits = word.Length > 1 && char.IsAsciiLetterUpper(word[^1]) ? word[..^1] : word;
        return digits.Length is >= 1 and <= 4 && digits.All(char.IsAsciiDigit) && digits[0] != '0' && !YearOnly().IsMatch(digits);
    }

    private static bool EndsWithHead(List<string> words) =>
        words.Count <= 2 && (OrganisationHeads.Contains(words[^1]) || AgreementHeads.Contains(words[^1]));

    /// <summary>"Baghdad", "ISIS", "al-Mohammadi", "US-led" (its name part): starts with a capital, or a particle joined to one.</summary>
    private static bool IsNameWord(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]))
        {
            return false;
        }

        if (char.IsUpper(word[0]))
        {
            return word.Length > 1 || char.IsLetter(word[0]);
        }

        return IsParticleJoined(word);
    }

    private static bool IsParticleJoined(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && NameParticles.Contains(word[..hyphen]) && char.IsUpper(word[hyphen + 1]);
    }

    private sealed record Token(string Core, bool BreaksAfter, bool HasLetters)
    {
        public bool OpensParenthesis { get; init; }

        /// <summary>Written with "'s": "Northline's".</summary>
        public bool Possessive { get; init; }
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 8 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && char.IsUpper(word[0]);

    /// <summary>Words with their surrounding punctuation removed; a comma, colon, quote or possessive ends a name.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var range in text.AsSpan().Split(' '))
        {
            var raw = text[range];
            if (raw.Length == 0)
            {
                continue;
            }

            var core = raw.Trim(TokenMarks);
            var breaks = ",;:!?)]}”\"…".Contains(raw[^1]);
            var possessive = false;
            foreach (var ending in (ReadOnlySpan<string>)["'s", "’s", "s'", "s’"])
            {
                if (core.EndsWith(ending, StringComparison.Ordinal) && core.Length > ending.Length)
                {
                    core = ending[0] == 's' ? core[..^1] : core[..^2];
                    breaks = true;
                    possessive = true;
                    break;
                }
            }

            if (core.EndsWith('.') && !Titles.Contains(core) && !Initials().IsMatch(core))
            {
                // A full stop after an ordinary word ends the sentence, and the name with it; "Gen." and "U.S." keep theirs.
                core = core.TrimEnd('.');
                breaks = true;
            }

            tokens.Add(new Token(core, breaks, HasLetter(core)) { OpensParenthesis = raw.StartsWith('(') || raw.StartsWith('['), Possessive = possessive });
        }

        return tokens;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex YearReference() => YearReferenceField.Value;
    private static readonly Lazy<Regex> YearReferenceField = new(() => new Regex(@"\b(?<year>(?:19|20)\d{2})\s+(?<noun>agreement|accord|deal|treaty|pact|memorandum|ceasefire|truce|framework|plan|resolution)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static LeadingWords ListedPlaces() => ListedPlacesField.Value;
    private static readonly Lazy<LeadingWords> ListedPlacesField = new(() => new LeadingWords(@"\b(?:(?<country>countries|nations|(?:member\s+)?states)\s*,?\s+(?:such\s+as|like|including|among\s+them)|(?:cities|towns|villages|ports)\s*,?\s+(?:such\s+as|like|including|among\s+them|of))\s+(?<list>(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\w'’.-]*)*(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\w'’.-]*)*)*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private static Regex Initials() => InitialsField.Value;
    private static readonly Lazy<Regex> InitialsField = new(() => new Regex(@"^(?:\p{Lu}\.){2,}$"));

    private static Regex YearOnly() => YearOnlyField.Value;
    private static readonly Lazy<Regex> YearOnlyField = new(() => new Regex(@"^(?:19|20)\d{2}$"));

    /// <summary>"ain-al-asad": lower case, letters and digits kept, everything else one hyphen, accents dropped.</summary>
    public static string Slugify(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '’')
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }
}
