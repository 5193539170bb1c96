namespace Bot.Core.Analysis;

/// <summary>
/// The world's capitals and the cities news names most often, by the names wires write them. A general gazetteer, no
/// story's list: a story's invented or unlisted towns are known by how the text introduces them instead ("the city of
/// X", "X, a port town", "X-based", "X's mayor", "ports such as X and Y", see <see cref="TopicExtractor"/>).
/// </summary>
public static class Cities
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam", "Ankara", "Antananarivo", "Astana", "Asuncion",
        "Athens", "Baghdad", "Baku", "Bamako", "Bangkok", "Beijing", "Beirut", "Belgrade", "Berlin", "Bern", "Bishkek", "Bogota",
        "Brasilia", "Bratislava", "Brussels", "Bucharest", "Budapest", "Buenos Aires", "Cairo", "Canberra", "Caracas", "Chisinau",
        "Colombo", "Conakry", "Copenhagen", "Dakar", "Damascus", "Dhaka", "Doha", "Dublin", "Dushanbe", "Freetown", "Gaborone",
        "Hanoi", "Harare", "Havana", "Helsinki", "Islamabad", "Jakarta", "Jerusalem", "Juba", "Kabul", "Kampala", "Kathmandu",
        "Khartoum", "Kigali", "Kinshasa", "Kyiv", "Kiev", "Kuala Lumpur", "Kuwait City", "La Paz", "Lima", "Lisbon", "Ljubljana",
        "London", "Luanda", "Lusaka", "Luxembourg City", "Madrid", "Managua", "Manama", "Manila", "Maputo", "Mexico City", "Minsk",
        "Mogadishu", "Monrovia", "Montevideo", "Moscow", "Muscat", "Nairobi", "Naypyidaw", "New Delhi", "Niamey", "Nicosia",
        "Nouakchott", "Oslo", "Ottawa", "Ouagadougou", "Panama City", "Paris", "Phnom Penh", "Podgorica", "Port-au-Prince", "Prague",
        "Pretoria", "Pristina", "Pyongyang", "Quito", "Rabat", "Reykjavik", "Riga", "Riyadh", "Rome", "Sanaa", "San Jose", "San Salvador",
        "Santiago", "Santo Domingo", "Sarajevo", "Seoul", "Skopje", "Sofia", "Stockholm", "Suva", "Taipei", "Tallinn", "Tashkent",
        "Tbilisi", "Tegucigalpa", "Tehran", "Tirana", "Tokyo", "Tripoli", "Tunis", "Ulaanbaatar", "Vienna", "Vientiane", "Vilnius",
        "Warsaw", "Washington", "Wellington", "Windhoek", "Yaounde", "Yerevan", "Zagreb",
        "Aleppo", "Alexandria", "Atlanta", "Auckland", "Baltimore", "Barcelona", "Basra", "Bengaluru", "Birmingham", "Boston",
        "Chennai", "Chicago", "Dallas", "Detroit", "Dubai", "Edinburgh", "Erbil", "Frankfurt", "Gaza City", "Geneva", "Glasgow",
        "Guangzhou", "Hamburg", "Hong Kong", "Houston", "Istanbul", "Jeddah", "Johannesburg", "Karachi", "Kharkiv", "Kolkata", "Lagos",
        "Lahore", "Las Vegas", "Leeds", "Liverpool", "Los Angeles", "Lyon", "Manchester", "Marseille", "Melbourne", "Miami", "Milan",
        "Montreal", "Mosul", "Mumbai", "Munich", "Naples", "New Orleans", "New York", "Odesa", "Odessa", "Osaka", "Philadelphia",
        "Rio de Janeiro", "Rotterdam", "San Diego", "San Francisco", "Sao Paulo", "Savannah", "Seattle", "Shanghai", "Shenzhen",
        "Singapore City", "St Petersburg", "St. Petersburg", "Sydney", "Tel Aviv", "Toronto", "Vancouver", "Venice", "Zurich",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
