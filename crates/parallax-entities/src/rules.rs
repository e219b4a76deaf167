//! Context rules applied to the tagger's spans: what the words around a name
//! say about what it names.

use crate::tokens::Token;
use crate::{Context, EntityType, Mention};

/// Titles that make the capitalised name after them a person (shared with the
/// story labels, which skip them).
pub use parallax_text::lexicon::TITLES;

/// Last words that make a name an organisation, whatever the tagger says, besides the
/// legal forms ([`LEGAL_FORMS`]): what the company or body is (`General Motors`,
/// `Singapore Airlines`, `Port Aven Harbour Authority`).
pub const DESCRIPTIVE_HEADS: &[&str] = &[
    "Motors",
    "Motor",
    "Airlines",
    "Lines",
    "Airways",
    "Airline",
    "Industries",
    "Bank",
    "Bancorp",
    "Aerospace",
    "Aviation",
    "Automotive",
    "Technologies",
    "Systems",
    "Partners",
    "Associates",
    "Gaming",
    "Games",
    "Studios",
    "Entertainment",
    "Pictures",
    "Records",
    "Labs",
    "Software",
    "Networks",
    "Communications",
    "Pharmaceuticals",
    "Ventures",
    "Foods",
    "Airplanes",
    "Electronics",
    "Pharmaceutical",
    "Chemicals",
    "Petroleum",
    "Insurance",
    "Telecom",
    "Telecommunications",
    "Semiconductor",
    "Robotics",
    "Logistics",
    "Shipping",
    "Shipyards",
    "Railways",
    "Railroad",
    "Breweries",
    "Rail",
    "Railway",
    "Ferries",
    "Energy",
    "Energi",
    "Energia",
    "Energie",
    "Mining",
    "Steel",
    "Securities",
    "Capital",
    "Utilities",
    // public bodies named by their kind ("Port Aven Harbour Authority", "Federal Trade Commission")
    "Authority",
    "Commission",
    "Agency",
    "Committee",
    "Association",
    "Federation",
];

/// Holidays, which the tagger may take for a place or a person.
const HOLIDAYS: &[&str] = &[
    "Easter",
    "Christmas",
    "Thanksgiving",
    "Halloween",
    "Ramadan",
    "Eid",
    "Hanukkah",
    "Diwali",
    "Passover",
    "Pentecost",
    "Lent",
    "Good Friday",
    "Easter Monday",
    "Easter Sunday",
    "Christmas Eve",
    "Christmas Day",
    "Boxing Day",
    "New Year",
];

/// Capitals whose names are seldom a person's (`Washington`, `Victoria`, `Sofia`,
/// `Santiago` and `Wellington` are left out), for a place the tagger took for a person.
pub const CAPITALS: &[&str] = &[
    "London",
    "Paris",
    "Berlin",
    "Madrid",
    "Rome",
    "Moscow",
    "Beijing",
    "Tokyo",
    "Ottawa",
    "Canberra",
    "Brussels",
    "Vienna",
    "Warsaw",
    "Prague",
    "Budapest",
    "Kyiv",
    "Kiev",
    "Ankara",
    "Tehran",
    "Baghdad",
    "Damascus",
    "Cairo",
    "Riyadh",
    "Doha",
    "New Delhi",
    "Islamabad",
    "Kabul",
    "Seoul",
    "Pyongyang",
    "Taipei",
    "Hanoi",
    "Bangkok",
    "Jakarta",
    "Manila",
    "Nairobi",
    "Abuja",
    "Pretoria",
    "Addis Ababa",
    "Khartoum",
    "Tripoli",
    "Tunis",
    "Algiers",
    "Rabat",
    "Lisbon",
    "Dublin",
    "Amsterdam",
    "Copenhagen",
    "Oslo",
    "Stockholm",
    "Helsinki",
    "Athens",
    "Bucharest",
    "Belgrade",
    "Zagreb",
    "Ljubljana",
    "Bratislava",
    "Vilnius",
    "Riga",
    "Tallinn",
    "Minsk",
    "Tbilisi",
    "Yerevan",
    "Baku",
    "Beirut",
    "Amman",
    "Jerusalem",
    "Caracas",
    "Bogota",
    "Havana",
    "Mexico City",
    "Brasilia",
    "Buenos Aires",
    "Montevideo",
    "Quito",
    "Kinshasa",
    "Dhaka",
    "Kathmandu",
    "Colombo",
    "Ulaanbaatar",
    "Astana",
    "Tashkent",
    "Bern",
    "Luxembourg",
    "Reykjavik",
    "Valletta",
    "Nicosia",
    "Chisinau",
    "Sarajevo",
    "Skopje",
    "Tirana",
    "Podgorica",
];

/// Sovereign states, whose names are places whatever the tagger guessed (`Indonesia`
/// after a verb came out a person). Names that are also given names (`Jordan`,
/// `Georgia`, `Chad`, `Israel`) are left to the tagger.
pub const COUNTRIES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Botswana",
    "Brazil",
    "Brunei",
    "Bulgaria",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chile",
    "China",
    "Colombia",
    "Comoros",
    "Congo",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Denmark",
    "Djibouti",
    "Ecuador",
    "Egypt",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Italy",
    "Jamaica",
    "Japan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Samoa",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Somalia",
    "Spain",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Togo",
    "Tonga",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Tuvalu",
    "Uganda",
    "Ukraine",
    "Uruguay",
    "Uzbekistan",
    "Vanuatu",
    "Venezuela",
    "Vietnam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
    "United States",
    "United Kingdom",
    "South Korea",
    "North Korea",
    "South Africa",
    "South Sudan",
    "New Zealand",
    "Saudi Arabia",
    "Sri Lanka",
    "Czech Republic",
    "Costa Rica",
    "El Salvador",
    "Ivory Coast",
    "Dominican Republic",
    "United Arab Emirates",
    "Sierra Leone",
    "Burkina Faso",
    "Papua New Guinea",
    "Bosnia and Herzegovina",
    "North Macedonia",
    "Cape Verde",
    "East Timor",
    "Equatorial Guinea",
    "Trinidad and Tobago",
    "Central African Republic",
];

/// The designators that are a company's legal form, not a description of it: the name
/// without them is still the company (`Chrysler LLC`, `Aer Lingus Group PLC`), while the
/// name without `Airlines` or `Motors` may be a place or a word (`Singapore`, `General`).
pub const LEGAL_FORMS: &[&str] = &[
    "Corporation",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "plc",
    "AG",
    "SA",
    "NV",
    "N.V.",
    "SpA",
    "GmbH",
    "AS",
    "ASA",
    "A/S",
    "AB",
    "Oy",
    "Oyj",
    "BV",
    "B.V.",
    "Group",
    "Holdings",
    "Company",
    "Co.",
];

/// Last words of sports clubs' names ("Kellby United").
/// Heads of a team's name after its town ("Varnholm City").
pub(crate) const TEAM_HEADS: &[&str] = &["City", "Town", "County", "United", "Rovers", "Wanderers", "Athletic", "Albion", "FC"];

pub(crate) const CLUB_HEADS: &[&str] = &["United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Rangers", "FC", "AFC"];

/// Heads of the names of parties, unions and movements ("Green Alliance").
pub(crate) const BODY_HEADS: &[&str] = &[
    "Alliance",
    "Party",
    "Union",
    "Movement",
    "Coalition",
    "League",
    "Federation",
    "Front",
    "Congress",
    "Court",
    "Tribunal",
    "Commission",
    "Council",
    "Authority",
    "Agency",
    "Committee",
    "Board",
];

/// A company designator: a legal form or a descriptive head.
pub fn is_org_designator(w: &str) -> bool {
    LEGAL_FORMS.contains(&w) || DESCRIPTIVE_HEADS.contains(&w)
}

/// Head words that make a name a facility (a place people go to):
/// `Museum of Flight`, `Adler Planetarium`, `Wright-Patterson Air Force Base`.
pub const FACILITY_HEADS: &[&str] = &[
    "Museum",
    "Planetarium",
    "Airport",
    "Airfield",
    "Base",
    "Station",
    "Stadium",
    "Arena",
    "Bridge",
    "Tower",
    "Road",
    "Street",
    "Avenue",
    "Boulevard",
    "Highway",
    "Square",
    "Palace",
    "Cathedral",
    "Harbour",
    "Harbor",
    "Port",
    "Terminal",
    "Park",
    "Zoo",
    "Hospital",
    "Clinic",
    "Prison",
    "Hotel",
    "Theatre",
    "Theater",
    "Hall",
    "Pier",
    "Building",
    "Tunnel",
    "Dam",
];

/// Whether a name is headed by a facility word: its last word, or the word
/// before `of` (`Museum of Flight`).
pub fn has_facility_head(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return false;
    }
    let head = match words.iter().position(|w| *w == "of") {
        Some(i) if i > 0 => words[i - 1],
        _ => words[words.len() - 1],
    };
    // "Customs House", "Opera House"; not "House of Commons" (the head before "of").
    FACILITY_HEADS.contains(&head) || (words[words.len() - 1] == "House" && !words.contains(&"of"))
}

/// Nouns that, right before a name, say it names an organisation
/// (`automaker Chrysler`, `low-cost airline Ryanair`, `insurance firm AIG`).
pub const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "automaker",
    "carmaker",
    "airline",
    "carrier",
    "bank",
    "insurer",
    "manufacturer",
    "maker",
    "retailer",
    "conglomerate",
    "giant",
    "broadcaster",
    "newspaper",
    "studio",
    "chain",
    "startup",
    "start-up",
    "subsidiary",
    "rival",
    "supplier",
    "producer",
    "distributor",
    "publisher",
    "operator",
    "lender",
    "brokerage",
    "exchange",
    "regulator",
    "union",
    "utility",
    "contractor",
    "subcontractor",
    "shipyard",
    "consultancy",
    "charity",
    "pollster",
];

/// Whether the word right before byte `start` (a comma between is allowed)
/// is one of `ORG_NOUNS` (any case: `Automaker Chrysler` opening a sentence
/// counts).
pub fn org_noun_before(text: &str, start: usize) -> bool {
    // Spaces and one comma may stand between them ("the Italian company, Fiat,"),
    // not a line break: a paragraph ending "… a power bank" does not name the next one's opening word.
    let gap = [' ', '\t', '\u{a0}'];
    let before = text[..start].trim_end_matches(gap);
    let before = before.strip_suffix(',').map_or(before, |b| b.trim_end_matches(gap));
    let word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    if ORG_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word)) {
        return true;
    }
    // A description set off by a comma whose head is such a noun, with a short phrase
    // placing it: "The union at the Storvik plant, Industri Nord, said" (two to seven words
    // after "the", none a mark).
    let Some(phrase) = text[..start].trim_end_matches(gap).strip_suffix(',') else { return false };
    let words: Vec<&str> = phrase.rsplit(' ').take(9).collect();
    (3..words.len()).any(|k| {
        matches!(words[k], "the" | "The" | "a" | "A" | "its" | "Its")
            && ORG_NOUNS.contains(&words[k - 1])
            && matches!(words[k - 2], "at" | "in" | "of" | "for" | "behind" | "representing")
            && words[..k].iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
    })
}

/// Heads of the names of rivers, lakes, mountains and seas: "the Orva River", "Lake Stor".
const GEOGRAPHIC_HEADS: &[&str] = &[
    "River",
    "Lake",
    "Mount",
    "Mountain",
    "Mountains",
    "Sea",
    "Ocean",
    "Bay",
    "Fjord",
    "Strait",
    "Gulf",
    "Valley",
    "Glacier",
    "Creek",
    "Peninsula",
    "Desert",
];

/// Heads written before a geographic name: "Lake Stor", "Mount Kell", "River Orva".
const LEADING_GEOGRAPHIC_HEADS: &[&str] = &["Lake", "Mount", "River"];

/// Whether a name of two or three words opens or ends with a geographic head ("Orva
/// River", "Lake Stor", "Mount Kell"); not one with "of", which may be a body ("Bank of
/// the River Plate"), nor a longer one (a company: "Red River Valley Power").
pub fn has_geographic_head(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && !words.contains(&"of")
        && (GEOGRAPHIC_HEADS.contains(&words[words.len() - 1]) || LEADING_GEOGRAPHIC_HEADS.contains(&words[0]))
}

/// A two-word geographic name without its head: "Orva" of "Orva River", "Stor" of "Lake
/// Stor"; `None` for any other name.
pub fn geographic_bare_name(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    geographic_bare_words(first, rest)
}

/// [`geographic_bare_name`] of a name given as its two words.
pub fn geographic_bare_words<'a>(first: &'a str, second: &'a str) -> Option<&'a str> {
    if second.contains(' ') {
        None
    } else if GEOGRAPHIC_HEADS.contains(&second) {
        Some(first)
    } else if LEADING_GEOGRAPHIC_HEADS.contains(&first) {
        Some(second)
    } else {
        None
    }
}

/// Whether a name ends with an organisation designator.
pub fn has_org_designator(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(is_org_designator) && name.split_whitespace().count() > 1
}

pub(crate) const SHIP_PREFIXES: &[&str] =
    &["USS", "HMS", "HMCS", "HMAS", "HMNZS", "RMS", "MV", "M/V", "SS", "INS", "USNS", "RV", "FS", "MS", "CCGS"];

/// Nouns that introduce a ship's name.
const SHIP_NOUNS: &[&str] = &[
    "ship",
    "vessel",
    "carrier",
    "ferry",
    "frigate",
    "destroyer",
    "submarine",
    "tanker",
    "freighter",
    "cruiser",
    "yacht",
    "liner",
    "boat",
    "icebreaker",
    "trawler",
    "warship",
    "corvette",
    "schooner",
    "barge",
    "tug",
    "tugboat",
    // craft of the air and space
    "shuttle",
    "orbiter",
    "spacecraft",
    "airship",
];

/// Whether a word right after a place's name makes it act, and so stand for its government
/// ("Beijing warned"): one of [`ACT_VERBS`] that is no auxiliary.
pub(crate) fn acts_word(next: &str) -> bool {
    ACT_VERBS.contains(&next) && !matches!(next, "is" | "was" | "has" | "had" | "will" | "would")
}

/// Verbs by which a place name stands for its government (`Beijing warned`).
const ACT_VERBS: &[&str] = &[
    "said",
    "says",
    "warned",
    "warns",
    "announced",
    "announces",
    "accused",
    "accuses",
    "denied",
    "denies",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "urged",
    "urges",
    "demanded",
    "demands",
    "rejected",
    "rejects",
    "condemned",
    "condemns",
    "responded",
    "responds",
    "threatened",
    "threatens",
    "vowed",
    "vows",
    "agreed",
    "agrees",
    "refused",
    "refuses",
    "signed",
    "signs",
    "imposed",
    "imposes",
    "retaliated",
    "protested",
    "protests",
    "confirmed",
    "confirms",
    "declined",
    "declines",
    "stated",
    "states",
    "added",
    "adds",
    "argued",
    "argues",
    "believes",
    "wants",
    "has",
    "had",
    "is",
    "was",
    "will",
    "would",
    "issued",
    "issues",
    "summoned",
    "expelled",
    "sanctioned",
    "recognised",
    "recognized",
    "welcomed",
    "welcomes",
    "criticised",
    "criticized",
    "slammed",
    "told",
    "tells",
];

/// Heads after `the NAME` that leave NAME a person (`the Obama administration`).
const PERSON_HEADS: &[&str] = &[
    "administration",
    "government",
    "family",
    "campaign",
    "era",
    "years",
    "case",
    "trial",
    "team",
    "camp",
    "presidency",
    "estate",
    "foundation",
    "household",
    "brothers",
    "sisters",
    "twins",
    "show",
    "way",
    "doctrine",
    "regime",
    "cabinet",
];

/// A family named in the plural: "the Sams", "the Obamas" (one word ending in a plain `s`).
fn family_name(name: &str) -> bool {
    !name.contains(' ') && name.ends_with('s') && !name.ends_with("ss") && name.len() > 3
}

/// Whether the text mentions ships at all (a person-like name after `the` is then a vessel).
pub fn mentions_ships(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    SHIP_NOUNS.iter().any(|n| {
        lower.match_indices(n).any(|(i, _)| {
            let before = lower[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = lower[i + n.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() || c == 's');
            before && after
        })
    })
}

/// A currency prefix is not a name (`US$40 billion`, `HK$3`): up to three
/// capitals right before a dollar sign.
pub(crate) fn currency_prefix(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    name.len() <= 3 && name.chars().all(|c| c.is_ascii_uppercase()) && text[end..].starts_with('$')
}

/// The last of the (at most `max`) capitalised tokens from `from` on that
/// `head` accepts: the end of a longer name (`Johnson [Space Center]`).
fn capitalised_run_to(text: &str, toks: &[Token], from: usize, max: usize, head: impl Fn(&str) -> bool) -> Option<usize> {
    (from..toks.len().min(from + max)).take_while(|&e| is_cap(word(text, toks, e))).filter(|&e| head(word(text, toks, e))).last()
}

/// Heads that, after a person's name, make the name a facility's
/// (`Johnson Space Center`), besides [`FACILITY_HEADS`].
const NAMED_AFTER_HEADS: &[&str] = &["Center", "Centre", "Hospital", "Library", "Hall", "Theater", "Theatre"];

/// Capitalised function words that open a sentence, not a name: "The Group", "In Bank of …".
pub(crate) const NAME_OPENERS: &[&str] =
    &["The", "A", "An", "In", "On", "At", "For", "By", "With", "From", "To", "And", "But", "Our", "Its", "This"];

/// The name of a craft without its kind: "Atlantis" for "Space Shuttle Atlantis", "Kellby"
/// for "HMS Kellby".
pub(crate) fn craft_bare_name(name: &str) -> Option<&str> {
    if let Some(rest) = name.strip_prefix("Space Shuttle ") {
        return Some(rest);
    }
    let (head, rest) = name.split_once(' ')?;
    SHIP_PREFIXES.contains(&head).then_some(rest)
}

/// Whether a person's description follows the name as an appositive: "Ronald Reagan,
/// the former US president," (a title or an occupation within its first five words).
pub(crate) fn person_apposition_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else { return false };
    let words: Vec<&str> = rest.split_whitespace().take(5).collect();
    if !words.first().is_some_and(|w| matches!(*w, "the" | "a" | "an" | "former" | "then" | "now")) {
        return false;
    }
    for w in words {
        let bare = w.trim_end_matches([',', '.', ';']).to_lowercase();
        if is_title(&bare) || ROLE_NOUNS.contains(&bare.as_str()) {
            return true;
        }
        if w.ends_with([',', '.', ';']) {
            break;
        }
    }
    false
}

/// Words that end a product line's model name: "MacBook Pro", "Vellmark Mini", "QuakeSafe Pro".
const MODEL_WORDS: &[&str] = &["Pro", "Mini", "Ultra"];

/// Whether a craft's description follows the name as an appositive: "the Marta, a wooden
/// ferry his grandfather built" (a kind of craft within its first four words).
pub(crate) fn craft_apposition_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else { return false };
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    if !words.first().is_some_and(|w| matches!(*w, "the" | "a" | "an")) {
        return false;
    }
    for w in &words[1..] {
        let bare = w.trim_end_matches([',', '.', ';']);
        if matches!(
            bare,
            "ferry"
                | "ship"
                | "boat"
                | "vessel"
                | "trawler"
                | "tanker"
                | "yacht"
                | "freighter"
                | "schooner"
                | "tug"
                | "tugboat"
                | "cutter"
                | "frigate"
                | "submarine"
                | "barge"
                | "liner"
        ) {
            return true;
        }
        if w.ends_with([',', '.', ';'])
            || w.starts_with(char::is_uppercase)
            || matches!(bare, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "that" | "which")
        {
            break;
        }
    }
    false
}

/// Occupations and kin nouns that, lowercase right before a name, make it a person's
/// (titles, which may be capitalised, are [`TITLES`]).
const ROLE_NOUNS: &[&str] = &[
    "owner",
    "partner",
    "researcher",
    "scientist",
    "analyst",
    "economist",
    "engineer",
    "interviewee",
    "lawyer",
    "historian",
    "author",
    "writer",
    "reporter",
    "journalist",
    "correspondent",
    "editor",
    "columnist",
    "photographer",
    "activist",
    "candidate",
    "nominee",
    "founder",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "physician",
    "surgeon",
    "pilot",
    "farmer",
    "resident",
    "witness",
    "survivor",
    "actor",
    "actress",
    "singer",
    "musician",
    "artist",
    "striker",
    "midfielder",
    "goalkeeper",
    "strategist",
    "pollster",
    "consultant",
    "adviser",
    "advisor",
    "aide",
    "expert",
    "specialist",
    "lecturer",
    "scholar",
    "novelist",
    "poet",
    "filmmaker",
    "producer",
    "designer",
    "architect",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "billionaire",
    "comedian",
    "anchor",
    "presenter",
    "blogger",
    "athlete",
    "volunteer",
    "employee",
    "soldier",
    "veteran",
    "firefighter",
    "prosecutor",
    "defendant",
    "plaintiff",
    "suspect",
    "victim",
    "inmate",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "widow",
    "girlfriend",
    "boyfriend",
    "forecaster",
    "meteorologist",
    "paramedic",
    "detective",
    "fisherman",
    "skipper",
    "trader",
    "banker",
    "manager",
    "chef",
    "farmworker",
    "miner",
    "dockworker",
    "driver",
    "leader",
    "eyewitness",
    "bystander",
    "passenger",
    "commuter",
    "motorist",
    "traveller",
    "traveler",
    "shopkeeper",
    "neighbour",
    "neighbor",
    "tenant",
    "homeowner",
    "protester",
    "organiser",
    "organizer",
];

/// Fields that name a government agency before its country: `Environment Canada`,
/// `Statistics Norway`, `Public Health England`.
const AGENCY_FIELDS: &[&str] = &[
    "Environment",
    "Health",
    "Statistics",
    "Transport",
    "Parks",
    "Fisheries",
    "Agriculture",
    "Justice",
    "Finance",
    "Industry",
    "Revenue",
    "Sport",
    "Historic",
    "Natural",
    "Immigration",
    "Veterans",
    "Employment",
    "Heritage",
    "Infrastructure",
    "Innovation",
    "Energy",
    "Forestry",
];

/// Whether a word names a minister's portfolio: "Health" in "Health Minister Jonas
/// Aune", "Foreign" in "Foreign Secretary".
pub(crate) fn is_portfolio(w: &str) -> bool {
    AGENCY_FIELDS.contains(&w)
        || matches!(
            w,
            "Foreign"
                | "Defence"
                | "Defense"
                | "Interior"
                | "Education"
                | "Trade"
                | "Labour"
                | "Labor"
                | "Culture"
                | "Housing"
                | "Economy"
                | "Home"
        )
}

/// Public bodies named after their country: `United States Senate`, `U.S. Air Force`.
const PUBLIC_BODY_HEADS: &[&str] =
    &["Senate", "Congress", "Parliament", "Army", "Navy", "Force", "Reserve", "Guard", "Marines", "Police", "Government", "Treasury"];

/// Heads of organisations named "<head> of <place or field>": `Bank of Canada`,
/// `University of Kent`, `Ministry of Transport`, `Church of England`.
const ORG_OF_HEADS: &[&str] = &[
    "Bank",
    "University",
    "College",
    "Institute",
    "Ministry",
    "Department",
    "Council",
    "Board",
    "Commission",
    "Academy",
    "Government",
    "Parliament",
    "Church",
    "Chamber",
    "Bureau",
];

/// Heads of organisations named "<head> for <field>": `Institute for Fiscal Studies`,
/// `Centre for Disease Control`, `Department for Transport`.
const ORG_FOR_HEADS: &[&str] = &[
    "Centre",
    "Center",
    "Institute",
    "Council",
    "Commission",
    "Foundation",
    "Office",
    "Society",
    "Alliance",
    "Coalition",
    "Committee",
    "Association",
    "Agency",
    "Department",
    "Ministry",
    "Fund",
    "Union",
    "Party",
    "Organisation",
    "Organization",
    "Network",
    "Federation",
    "Trust",
    "Movement",
    "League",
    "Forum",
];

/// Words that open a storm's name: "Hurricane Katrina".
pub(crate) const STORM_PREFIXES: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Storm"];

/// Words that open a place name: "Port Aven", "Mount Kenya".
pub(crate) const PLACE_PREFIXES: &[&str] = &["Port", "Fort", "Mount", "Mt.", "Lake", "Cape"];

/// Common nouns that, before "of", name the kind of place that follows: "the port of Kellby".
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "island",
    "islands",
    "province",
    "region",
    "county",
    "state",
    "district",
    "municipality",
    "capital",
    "suburb",
    "outskirts",
    "streets",
    "harbour",
    "harbor",
    "shores",
    "coast",
];

/// Nouns that, right after a name, say it names a product.
const PRODUCT_NOUNS: &[&str] = &[
    "database",
    "databases",
    "software",
    "app",
    "apps",
    "browser",
    "smartphone",
    "smartphones",
    "laptop",
    "laptops",
    "tablet",
    "tablets",
    "handset",
    "handsets",
    "console",
    "consoles",
    "spreadsheet",
    "malware",
];

/// Words after a company's name that make a unit, branch or event of the
/// company rather than a product line ("Apple Computer", "Sony Europe",
/// "Microsoft Research", "Apple Worldwide Developers Conference").
const MAKER_UNITS: &[&str] = &[
    "Computer",
    "Computers",
    "Research",
    "Foundation",
    "Capital",
    "Financial",
    "Finance",
    "Credit",
    "Energy",
    "Health",
    "Media",
    "Music",
    "International",
    "Worldwide",
    "Global",
    "Europe",
    "European",
    "Asia",
    "Pacific",
    "America",
    "Americas",
    "North",
    "South",
    "East",
    "West",
    "USA",
    "US",
    "U.S.",
    "UK",
    "Commercial",
    "Defense",
    "Defence",
    "Space",
    "Security",
    "Services",
    "Solutions",
    "Digital",
    "Interactive",
    "Press",
    "News",
    "Sports",
    "Studio",
    "Store",
    "Stores",
    "Retail",
    "Division",
    "Unit",
    "Board",
    "Conference",
    "Summit",
    "Expo",
    "Festival",
    "Awards",
    "Cup",
    "Open",
    "Center",
    "Centre",
    "Institute",
    "Trust",
    "Fund",
    "Team",
    "Racing",
    "Pictures",
    "Television",
    "Cloud",
    "Labs",
    "Corps",
];

/// A model designation: digits with optional letters and hyphens (`787`,
/// `A380`, `A330-200`, `737s`, `VC-10`), not a year.
pub(crate) fn is_model_number(w: &str) -> bool {
    let digits = w.chars().filter(char::is_ascii_digit).count();
    let year = w.len() == 4 && digits == 4 && (w.starts_with("19") || w.starts_with("20"));
    // A score is no model: "beat Dalsund Rovers 2-1" ("787-9" and "7-40" stay models).
    let score =
        w.split_once('-').is_some_and(|(a, b)| a.len() == 1 && b.len() == 1 && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()));
    digits > 0
        && w.len() <= 12
        && !year
        && !score
        && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Seats of government whose names stand for the government, as tokens.
const SEATS: &[&[&str]] = &[
    &["Downing", "Street"],
    &["White", "House"],
    &["Kremlin"],
    &["Elysée"],
    &["Elysee"],
    &["Pentagon"],
    &["Whitehall"],
    &["Capitol", "Hill"],
    &["Zhongnanhai"],
    &["Blue", "House"],
    &["Quai", "d'Orsay"],
    &["Foggy", "Bottom"],
    &["Chancellery"],
];

fn word<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    &text[toks[i].start..toks[i].end]
}

/// An occupation or kin noun ([`ROLE_NOUNS`]), or a science's practitioner
/// ("seismologist", "epidemiologist"), in any case.
fn is_role_noun(w: &str) -> bool {
    let w = w.to_lowercase();
    ROLE_NOUNS.contains(&w.as_str()) || (w.len() > 8 && w.ends_with("ologist"))
}

fn lower_at(text: &str, toks: &[Token], i: Option<usize>) -> String {
    i.filter(|&i| i < toks.len()).map(|i| word(text, toks, i).to_lowercase()).unwrap_or_default()
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

static TITLE_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| TITLES.iter().copied().collect());

pub fn is_title(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    if w.len() > 16 || !w.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    if w.bytes().all(|b| !b.is_ascii_uppercase()) {
        return TITLE_SET.contains(w);
    }
    TITLE_SET.contains(w.to_lowercase().as_str())
}

/// The title words of a description set off by a comma next to a person's name, for
/// nominal references: "the prime minister of Norland, Astrid Holm" and "Astrid Holm,
/// the prime minister of Norland," give "prime minister". Forms of address are no title here.
fn appositive_title(text: &str, start: usize, end: usize) -> Option<String> {
    const STOPS: &[char] = &[',', '.', ';', ':', '—', '–', '(', ')', '\n', '"', '“', '”'];
    let before = text[..start].trim_end().strip_suffix(',').map(|b| {
        let from = b.char_indices().rev().find(|(_, c)| STOPS.contains(c)).map_or(0, |(i, c)| i + c.len_utf8());
        &b[from..]
    });
    let after = text[end..].strip_prefix(", ").map(|r| &r[..r.find(STOPS).unwrap_or(r.len())]);
    [before, after].into_iter().flatten().find_map(|phrase| {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if words.is_empty() || words.len() > 8 || !words[0].eq_ignore_ascii_case("the") {
            return None;
        }
        let titles: Vec<String> = words
            .iter()
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .filter(|w| is_title(w) && !matches!(w.as_str(), "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lady" | "lord"))
            .collect();
        (!titles.is_empty()).then(|| titles.join(" "))
    })
}

/// Turn the tagger's spans of one sentence into mentions, with the context rules.
/// `ships` caches [`mentions_ships`] for the article: it is computed the first time a rule needs it.
pub fn apply(
    text: &str,
    toks: &[Token],
    raw: Vec<(usize, usize, EntityType)>,
    ctx: &Context,
    ships: &std::cell::OnceCell<bool>,
    out: &mut Vec<Mention>,
) {
    let mut spans: Vec<(usize, usize, EntityType)> = Vec::with_capacity(raw.len());
    let mut covered = vec![false; toks.len()];
    for (mut a, mut b, t) in raw {
        // A span an earlier one took in whole is no name of its own: "the New Zealand
        // Herald", where the place's span took the newspaper's head the tagger marked apart.
        if a < b && covered[a..b].iter().all(|&c| c) {
            continue;
        }
        // `the`, a possessive `'s` and edge punctuation are not part of a name.
        while a < b && matches!(word(text, toks, a).to_lowercase().as_str(), "the" | "a" | "an") {
            a += 1;
        }
        // An occupation opening a sentence is no part of the name: "Seismologist Mara
        // Quist", "Economist Bo Chen" (lowercase, the role rule below finds it).
        while t == EntityType::Person && a + 2 <= b && is_role_noun(word(text, toks, a)) {
            a += 1;
        }
        // A person's name holds no digits: "150px Airbus" is a caption's leftover and a name.
        while t == EntityType::Person && a + 1 < b && word(text, toks, a).contains(|c: char| c.is_ascii_digit()) {
            a += 1;
        }
        // A question opening with the verb "Will" is no given name: "Will Trump now accept
        // better terms?" names Trump.
        let question = toks.iter().rev().take(2).any(|t| &text[t.start..t.end] == "?");
        if a == 0 && b >= 2 && question && word(text, toks, 0) == "Will" {
            a += 1;
        }
        while b > a && matches!(word(text, toks, b - 1), "'s" | "’s" | "'" | "’" | "," | "." | "-" | "\"" | "”" | "“") {
            b -= 1;
        }
        // "Governor of Washington Chris Gregoire": a title, "of", a place and the
        // holder's name, which the tagger may read as one place.
        if b >= a + 3
            && a >= 2
            && t != EntityType::Person
            && word(text, toks, a - 1) == "of"
            && is_title(word(text, toks, a - 2))
            && (b - 2..b).all(|k| {
                is_cap(word(text, toks, k)) && word(text, toks, k).chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
            })
        {
            covered[a..b].iter_mut().for_each(|c| *c = true);
            spans.push((a, b - 2, EntityType::Place));
            spans.push((b - 2, b, EntityType::Person));
            continue;
        }
        // A body's head the tagger took alone keeps the capitalised words before it:
        // "the opposition Civic Party" is "Civic Party", not "Party"; so does a
        // newspaper's after "the" ("The Financial Courier", where "Courier" was a person).
        let mut t = t;
        // (the capitalised words before the head, fewer than three, come right after "the")
        let newspaper = |k: usize| {
            let the = |j: usize| word(text, toks, j).eq_ignore_ascii_case("the");
            let run = (0..k).rev().take_while(|&j| is_cap(word(text, toks, j)) && !the(j)).count();
            crate::alias::NEWSPAPER_NOUNS.contains(&word(text, toks, k).to_lowercase().as_str()) && run < 3 && k > run && the(k - run - 1)
        };
        if a < b && (BODY_HEADS.contains(&word(text, toks, a)) || (b == a + 1 && a > 0 && is_cap(word(text, toks, a - 1)) && newspaper(a)))
        {
            let mut k = a;
            let name_word = |w: &str| is_cap(w) && !is_title(w) && !matches!(w, "The" | "A" | "An" | "This" | "That" | "Its" | "Their");
            loop {
                if k > 0 && a - k < 3 && !covered[k - 1] && name_word(word(text, toks, k - 1)) {
                    k -= 1;
                } else if k > 1
                    && matches!(word(text, toks, k - 1), "'" | "’")
                    && toks[k - 1].start == toks[k - 2].end
                    && (!covered[k - 2] || spans.last().is_some_and(|s| s.0 == k - 2 && s.1 == k - 1))
                    && name_word(word(text, toks, k - 2))
                    && word(text, toks, k - 2).ends_with('s')
                {
                    // A plural possessive: "the Teachers' Federation", also where the tagger
                    // took the owner as a name of its own ("the Seafarers' Union").
                    if covered[k - 2] {
                        spans.pop();
                    }
                    k -= 2;
                } else {
                    break;
                }
            }
            if k < a {
                a = k;
                t = EntityType::Organization;
            }
        }
        // A newspaper's head the tagger left after the name it took: "The Eastgate Wire
        // cited …" gave "Eastgate".
        let mut b = b;
        if a < b
            && a > 0
            && word(text, toks, a - 1).eq_ignore_ascii_case("the")
            && b < toks.len()
            && !covered[b]
            && is_cap(word(text, toks, b))
            && crate::alias::NEWSPAPER_NOUNS.contains(&word(text, toks, b).to_lowercase().as_str())
            && !(b + 1 < toks.len() && is_cap(word(text, toks, b + 1)))
        {
            b += 1;
            t = EntityType::Organization;
        }
        if a < b {
            covered[a..b].iter_mut().for_each(|c| *c = true);
            // A one-word name right before another name is part of it, typed by the
            // last words, the head of an English name ("Old" + "Customs House"), or
            // an organisation's branch ("EADS" + "North America"). Not before a
            // person: "the United States Barack Obama" names two.
            match spans.last_mut() {
                Some(last) if last.1 == a && last.1 == last.0 + 1 && t != EntityType::Person => {
                    let kind = if last.2 == EntityType::Organization { last.2 } else { t };
                    *last = (last.0, b, kind);
                }
                // "Bank" + "of" + "Canada", each marked apart: one organisation.
                Some(last)
                    if last.1 == last.0 + 1
                        && last.1 + 1 == a
                        && word(text, toks, a - 1) == "of"
                        && ORG_OF_HEADS.contains(&word(text, toks, last.0)) =>
                {
                    covered[a - 1] = true;
                    *last = (last.0, b, EntityType::Organization);
                }
                _ => spans.push((a, b, t)),
            }
        }
    }
    // The article's own outlet named in full ("told Health Desk") is that outlet, whatever
    // the tagger made of its words ("Desk" a person); so is its name without the first
    // word after "the" ("told the Evening Star" in the Kellby Evening Star).
    if let (Some(outlet), Some(first), Some(last)) = (ctx.outlet, toks.first(), toks.last()) {
        let name = outlet.strip_prefix("The ").unwrap_or(outlet).trim();
        let (lo, hi) = (first.start, last.end);
        let short = crate::alias::outlet_short(outlet);
        let full = text[lo..hi].match_indices(name).map(|(at, _)| (at, name.len()));
        let short_after_the = short.into_iter().flat_map(|short| {
            text[lo..hi]
                .match_indices(short)
                .filter(|&(at, _)| text[..lo + at].ends_with("the ") || text[..lo + at].ends_with("The "))
                .map(move |(at, _)| (at, short.len()))
        });
        if name.len() > 2 {
            for (at, len) in full.chain(short_after_the) {
                let (s, e) = (lo + at, lo + at + len);
                let a = toks.iter().position(|t| t.start == s);
                let b = toks.iter().position(|t| t.end == e);
                if let (Some(a), Some(b)) = (a, b) {
                    spans.retain(|x| x.1 <= a || x.0 > b);
                    covered[a..=b].iter_mut().for_each(|c| *c = true);
                    spans.push((a, b + 1, EntityType::Organization));
                }
            }
            spans.sort_by_key(|x| x.0);
        }
    }
    // An organisation's head before `for` and a capitalised name is one organisation,
    // whatever the tagger made of its pieces: "the Australian Centre for Control of Iodine
    // Deficiency Disorders", "the Institute for Fiscal Studies", "the Party for Freedom".
    let mut k = 0;
    while k + 2 < toks.len() {
        if !(ORG_FOR_HEADS.contains(&word(text, toks, k)) && word(text, toks, k + 1) == "for" && is_cap(word(text, toks, k + 2))) {
            k += 1;
            continue;
        }
        let mut b = k + 2;
        loop {
            while b < toks.len() && is_cap(word(text, toks, b)) {
                b += 1;
            }
            if b + 1 < toks.len() && matches!(word(text, toks, b), "of" | "and" | "&" | "the") && is_cap(word(text, toks, b + 1)) {
                b += 1;
            } else {
                break;
            }
        }
        let mut a = k;
        while a > 0 && is_cap(word(text, toks, a - 1)) && !NAME_OPENERS.contains(&word(text, toks, a - 1)) {
            a -= 1;
        }
        spans.retain(|s| s.1 <= a || s.0 >= b);
        covered[a..b].iter_mut().for_each(|c| *c = true);
        spans.push((a, b, EntityType::Organization));
        k = b;
    }
    // Two to four capitalised words the tagger left alone that end in a company designator
    // are a company: "Heaven Sent Gaming", "Vellmar Motors". Not a run that opens with a
    // function word ("The Group", "A Studios").
    let mut i = 0;
    while i < toks.len() {
        if covered[i] || !is_cap(word(text, toks, i)) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < toks.len() && j < i + 4 && !covered[j] && is_cap(word(text, toks, j)) {
            j += 1;
        }
        let opener = NAME_OPENERS.contains(&word(text, toks, i));
        // "Royal Bank of Scotland" is left whole to the "<head> of <name>" rule below.
        let of_after = |k: usize| k + 1 < toks.len() && word(text, toks, k + 1) == "of";
        // A body's head does too: "Green Alliance", "Freedom Party", "Dock Workers Union".
        let head = |k: usize| is_org_designator(word(text, toks, k)) || BODY_HEADS.contains(&word(text, toks, k));
        if let Some(last) = (i + 1..j).rev().find(|&k| head(k)).filter(|&k| !opener && !of_after(k)) {
            covered[i..=last].iter_mut().for_each(|c| *c = true);
            spans.push((i, last + 1, EntityType::Organization));
            i = last + 1;
        } else {
            i = j.max(i + 1);
        }
    }
    // Capitalised words the tagger left alone after an organisation noun are an
    // organisation: "auto maker Fiat", "the Italian company, Fiat,".
    for i in 0..toks.len() {
        if covered[i] || !is_cap(word(text, toks, i)) || !org_noun_before(text, toks[i].start) {
            continue;
        }
        let mut j = i;
        while j < toks.len() && j < i + 4 && !covered[j] && is_cap(word(text, toks, j)) {
            j += 1;
        }
        covered[i..j].iter_mut().for_each(|c| *c = true);
        spans.push((i, j, EntityType::Organization));
    }
    // Seats of government the tagger left alone are facilities; when they speak
    // or act, the rule below makes them the government (`Downing Street said`).
    for i in 0..toks.len() {
        for seat in SEATS {
            let n = seat.len();
            if i + n <= toks.len() && !covered[i..i + n].iter().any(|&c| c) && (0..n).all(|k| word(text, toks, i + k) == seat[k]) {
                covered[i..i + n].iter_mut().for_each(|c| *c = true);
                spans.push((i, i + n, EntityType::Facility));
            }
        }
    }
    // A title before capitalised words the tagger left alone makes a person (`Chancellor Scholz`).
    let mut i = 0;
    while i + 1 < toks.len() {
        if is_cap(word(text, toks, i)) && is_title(word(text, toks, i)) && !covered[i + 1] && is_cap(word(text, toks, i + 1)) {
            let mut j = i + 1;
            while j < toks.len() && !covered[j] && is_cap(word(text, toks, j)) && !is_title(word(text, toks, j)) {
                j += 1;
            }
            // "General Motors", "National Airlines": a designator makes the title part of a company name.
            if j > i + 1 && is_org_designator(word(text, toks, j - 1)) {
                covered[i..j].iter_mut().for_each(|c| *c = true);
                spans.push((i, j, EntityType::Organization));
                i = j;
                continue;
            }
            if j > i + 1 && word(text, toks, i + 1).chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.') {
                covered[i + 1..j].iter_mut().for_each(|c| *c = true);
                spans.push((i + 1, j, EntityType::Person));
                i = j;
                continue;
            }
        }
        i += 1;
    }
    // An occupation or kin noun right before two or three capitalised words makes them a
    // person, whatever the tagger said: "senior researcher Mu Li", "analyst Bo Chen",
    // "interviewee R Saravanan", "his wife Manju Rao". Not a company ("analyst Vellmar Motors").
    // A compound of a title counts too: "co-chair Mats Lund", "ex-minister Ola Berg".
    let role = |k: usize| {
        let w = word(text, toks, k).to_lowercase();
        is_role_noun(&w)
            || ["co-", "vice-", "ex-", "deputy-"]
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .is_some_and(|rest| ROLE_NOUNS.contains(&rest) || is_title(rest))
    };
    let name_word = |k: usize| {
        let w = word(text, toks, k);
        is_cap(w) && !is_title(w) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
    };
    // A name set off after its role is the role's person too: "Its leader, Per Vold,
    // conceded" (the run of names must close with a comma).
    let set_off = |i: usize| {
        i >= 2 && word(text, toks, i - 1) == "," && (role(i - 2) || is_title(&word(text, toks, i - 2).to_lowercase())) && {
            let mut j = i;
            while j < toks.len() && j < i + 3 && name_word(j) {
                j += 1;
            }
            j >= i + 2 && j < toks.len() && word(text, toks, j) == ","
        }
    };
    for i in 1..toks.len() {
        if !(role(i - 1) || set_off(i)) || !name_word(i) {
            continue;
        }
        if covered[i] {
            if let Some(s) = spans.iter_mut().find(|s| s.0 == i) {
                let n = s.1 - s.0;
                if (2..=3).contains(&n)
                    && matches!(s.2, EntityType::Organization | EntityType::Place)
                    && (s.0..s.1).all(name_word)
                    && !is_org_designator(word(text, toks, s.1 - 1))
                {
                    s.2 = EntityType::Person;
                }
            }
            continue;
        }
        let mut j = i;
        while j < toks.len() && j < i + 3 && !covered[j] && name_word(j) {
            j += 1;
        }
        // "owner Per Lindqvist" where the tagger took the surname alone (and for a group):
        // the given name the tagger left joins it.
        if j == i + 1 && j < toks.len() && covered[j] {
            if let Some(k) = spans.iter().position(|s| s.0 == j && s.1 == j + 1 && name_word(j)) {
                spans.remove(k);
                covered[i] = true;
                spans.push((i, j + 1, EntityType::Person));
                spans.sort_by_key(|s| s.0);
                continue;
            }
        }
        if j >= i + 2 && !is_org_designator(word(text, toks, j - 1)) && !(j < toks.len() && is_cap(word(text, toks, j))) {
            covered[i..j].iter_mut().for_each(|c| *c = true);
            spans.push((i, j, EntityType::Person));
        }
    }
    // Two or three capitalised words set off before a person's description are that
    // person, whatever the tagger said: "said Anders Lie, a partner at the firm", "Tor
    // Eik, the former mayor,". With the surname alone tagged, the given name joins it.
    for i in 0..toks.len() {
        if covered[i]
            || !name_word(i)
            || (i > 0 && name_word(i - 1))
            || parallax_text::lexicon::is_stop(&word(text, toks, i).to_lowercase())
        {
            continue;
        }
        let mut j = i;
        while j < toks.len() && j < i + 3 && !covered[j] && name_word(j) {
            j += 1;
        }
        let lone_surname = (j == i + 1)
            .then(|| spans.iter().position(|s| s.0 == j && s.1 == j + 1 && s.2 == EntityType::Person && name_word(j)))
            .flatten();
        let (last, k) = match lone_surname {
            Some(k) => (j + 1, Some(k)),
            None => (j, None),
        };
        let calendar = (i..last).any(|t| parallax_text::lexicon::CALENDAR_WORDS.contains(&word(text, toks, t).to_lowercase().as_str()));
        if last < i + 2 || calendar || is_org_designator(word(text, toks, last - 1)) || !person_apposition_after(text, toks[last - 1].end) {
            continue;
        }
        if let Some(k) = k {
            spans.remove(k);
        }
        covered[i..last].iter_mut().for_each(|c| *c = true);
        spans.push((i, last, EntityType::Person));
        spans.sort_by_key(|s| s.0);
    }
    // A product line's model word after a one-word name: "the QuakeSafe Pro emergency kit",
    // "a Lumen Max" (the tagger took the maker's word alone).
    for s in spans.iter_mut().filter(|s| s.1 == s.0 + 1 && s.1 < toks.len()) {
        let next = word(text, toks, s.1);
        if !covered[s.1]
            && MODEL_WORDS.contains(&next)
            && toks[s.1].start == toks[s.0].end + 1
            && !matches!(s.2, EntityType::Person | EntityType::Place)
        {
            covered[s.1] = true;
            *s = (s.0, s.1 + 1, EntityType::Product);
        }
    }
    // A national statistics office: "Statistics Selka", "Statistics Norway" (the place the
    // tagger saw in it is the office's name).
    for i in 0..toks.len().saturating_sub(1) {
        if word(text, toks, i) != "Statistics" || covered[i] || !name_word(i + 1) {
            continue;
        }
        let place = spans.iter().position(|s| s.0 == i + 1 && s.1 == i + 2);
        if covered[i + 1] && place.is_none() {
            continue;
        }
        if let Some(k) = place {
            spans.remove(k);
        }
        covered[i..i + 2].iter_mut().for_each(|c| *c = true);
        spans.push((i, i + 2, EntityType::Organization));
        spans.sort_by_key(|s| s.0);
    }
    // A party or a movement the tagger left whole: "The Green Alliance won", "the Centre
    // Party": one to three capitalised words between "the" and a body's head.
    for k in 2..toks.len() {
        if covered[k] || !BODY_HEADS.contains(&word(text, toks, k)) {
            continue;
        }
        let mut a = k;
        while a > 0 && k - a < 3 && !covered[a - 1] && name_word(a - 1) && !word(text, toks, a - 1).eq_ignore_ascii_case("the") {
            a -= 1;
        }
        if a < k && a > 0 && word(text, toks, a - 1).eq_ignore_ascii_case("the") {
            covered[a..=k].iter_mut().for_each(|c| *c = true);
            spans.push((a, k + 1, EntityType::Organization));
        }
    }
    // A person's one-word name after a title or a dash, with a capitalised word the
    // tagger left alone right after it, runs on to that word: "— Commissioner Lena Dahl"
    // and "— Lena Dahl" at the end of a text gave "Lena".
    for s in spans.iter_mut().filter(|s| s.2 == EntityType::Person && s.1 == s.0 + 1 && s.0 > 0) {
        // (or an occupation: "Forecaster Jon Ask said", where "Ask" looked like a verb)
        let after_title_or_dash =
            is_title(word(text, toks, s.0 - 1)) || role(s.0 - 1) || matches!(word(text, toks, s.0 - 1), "—" | "–" | "-");
        if after_title_or_dash
            && s.1 < toks.len()
            && !parallax_text::lexicon::CALENDAR_WORDS.contains(&word(text, toks, s.1).to_lowercase().as_str())
            && !covered[s.1]
            && name_word(s.1)
            && toks[s.1].start == toks[s.0].end + 1
        {
            covered[s.1] = true;
            s.1 += 1;
        }
    }
    spans.sort_by_key(|s| s.0);
    // A title the tagger marked on its own before a person's name is the person's title,
    // not a name ("Minister" + "Petra Lund"). So is a generic body before "member" ("Council
    // member Petra Lind"): the council is no named organisation.
    let member_of_body = |w: &[(usize, usize, EntityType)]| {
        w[1].0 == w[0].1 + 1
            && word(text, toks, w[0].1).eq_ignore_ascii_case("member")
            && matches!(word(text, toks, w[0].0), "Council" | "Committee" | "Board" | "Panel" | "Cabinet" | "Jury" | "Crew" | "Staff")
    };
    let titles_alone: Vec<usize> = spans
        .windows(2)
        .filter(|w| {
            w[0].1 == w[0].0 + 1
                && w[1].2 == EntityType::Person
                && ((w[1].0 == w[0].1 && is_title(word(text, toks, w[0].0))) || member_of_body(w))
        })
        .map(|w| w[0].0)
        .collect();
    spans.retain(|s| !titles_alone.contains(&s.0));
    let mut skip_until = 0;
    for (mut a, mut b, mut kind) in spans {
        if a < skip_until {
            continue;
        }
        // A person's name followed by capitalised words ending in a facility head
        // names the facility: "Johnson Space Center", "Reagan National Airport".
        // So does a place's ("Johnson Space" + "Center", where the tagger stopped short).
        if matches!(kind, EntityType::Person | EntityType::Place) {
            if let Some(last) = capitalised_run_to(text, toks, b, 4, |w| FACILITY_HEADS.contains(&w) || NAMED_AFTER_HEADS.contains(&w)) {
                b = last + 1;
                skip_until = b;
                kind = EntityType::Facility;
            }
        }
        // Capitalised words after the name that end in a company designator make
        // one company: "China Eastern Airlines", "Northrop Grumman Corporation".
        if kind != EntityType::Vessel {
            if let Some(last) = capitalised_run_to(text, toks, b, 3, is_org_designator) {
                b = last + 1;
                skip_until = skip_until.max(b);
                kind = EntityType::Organization;
            }
        }
        // A place followed by a public body makes the body: "United States Senate",
        // "U.S. Air Force", "United States Federal Reserve".
        if kind == EntityType::Place {
            if let Some(last) = capitalised_run_to(text, toks, b, 3, |w| PUBLIC_BODY_HEADS.contains(&w)) {
                b = last + 1;
                skip_until = skip_until.max(b);
                kind = EntityType::Organization;
            }
        }
        // "Adam Air Flight 574", "Garuda Indonesia Flight 200": the airline that flies it.
        if matches!(kind, EntityType::Person | EntityType::Place)
            && b + 1 < toks.len()
            && word(text, toks, b) == "Flight"
            && word(text, toks, b + 1).starts_with(|c: char| c.is_ascii_digit())
        {
            kind = EntityType::Organization;
        }
        // "Air Canada", "Air India": an airline named after its country.
        if kind == EntityType::Place && a > 0 && word(text, toks, a - 1) == "Air" && !covered[a - 1] {
            a -= 1;
            kind = EntityType::Organization;
        }
        // "Environment Canada", "Statistics Norway": a government agency named by its
        // field and its country, whether the tagger took the field in or left it out.
        if kind == EntityType::Place {
            let field = |k: usize| AGENCY_FIELDS.contains(&word(text, toks, k));
            let country = |from: usize| COUNTRIES.contains(&&text[toks[from].start..toks[b - 1].end]);
            if b > a + 1 && field(a) && country(a + 1) {
                kind = EntityType::Organization;
            } else if a > 0 && !covered[a - 1] && field(a - 1) && country(a) {
                a -= 1;
                kind = EntityType::Organization;
            }
        }
        // A maker's name with a model number is the product: "Boeing 787", "Airbus A380"
        // (also where the tagger took a listed maker for a place).
        let maker = matches!(kind, EntityType::Organization | EntityType::Person)
            || (kind == EntityType::Place && crate::companies::is_company(&text[toks[a].start..toks[b - 1].end]));
        if maker
            && b < toks.len()
            && is_model_number(word(text, toks, b))
            && !text[toks[a].start..toks[b - 1].end].contains(|c: char| c.is_ascii_digit())
        {
            b += 1;
            skip_until = skip_until.max(b);
            kind = EntityType::Product;
        }
        // The same when the tagger took the model number into the name: "StormGuard X2".
        if matches!(kind, EntityType::Organization | EntityType::Person)
            && b > a + 1
            && is_model_number(word(text, toks, b - 1))
            && !text[toks[a].start..toks[b - 2].end].contains(|c: char| c.is_ascii_digit())
        {
            kind = EntityType::Product;
        }
        let name = &text[toks[a].start..toks[b - 1].end];
        let listed = crate::companies::is_company(name);
        // A model name ends in a model word: "MacBook Pro", "Vellmark Mini".
        if matches!(kind, EntityType::Organization | EntityType::Person)
            && b > a + 1
            && MODEL_WORDS.contains(&word(text, toks, b - 1))
            && word(text, toks, b - 2).starts_with(char::is_uppercase)
        {
            kind = EntityType::Product;
        }
        // A name right before the kind of product it names is the product: "the NEMISIS
        // database", "MacBook Air laptops". Not a listed maker ("Intel processors").
        if matches!(kind, EntityType::Organization | EntityType::Person)
            && b < toks.len()
            && PRODUCT_NOUNS.contains(&word(text, toks, b))
            && !listed
            && !has_org_designator(name)
        {
            kind = EntityType::Product;
        }
        // The kind of product right before a name of one word is what it names: "the web
        // browser Safari", "the e-mail client Mail", "the app Signal" (the tagger made
        // people of them). Not a listed maker ("smartphones Apple sells" is rare; "the
        // software maker Vell" has "maker" before it).
        if matches!(kind, EntityType::Organization | EntityType::Person | EntityType::Place)
            && b == a + 1
            && a > 0
            && !covered[a - 1]
            && !listed
        {
            let before = word(text, toks, a - 1);
            let mail_client = before == "client" && a > 1 && lower_at(text, toks, Some(a - 2)).ends_with("mail");
            if mail_client || (PRODUCT_NOUNS.contains(&before) && !before.ends_with('s') && before != "software") {
                kind = EntityType::Product;
            }
        }
        // A listed maker's name with a product line after it is the product: "Ford
        // Taurus", "Apple TV", "Intel Core Duo". Not a unit or branch of the maker
        // ("Apple Computer", "Boeing Commercial Airplanes", "Sony Europe"), nor two
        // companies ("Sony Ericsson").
        if kind == EntityType::Organization && !listed && !has_facility_head(name) {
            let words: Vec<&str> = (a..b).map(|i| word(text, toks, i)).collect();
            if let Some(k) = crate::companies::maker_prefix(&words) {
                let product_line = words[k..].iter().all(|w| {
                    is_cap(w)
                        && !is_org_designator(w)
                        && !MAKER_UNITS.contains(w)
                        && !COUNTRIES.contains(w)
                        && !crate::companies::is_company(w)
                });
                if product_line {
                    kind = EntityType::Product;
                }
            }
        }
        // "Port Aven", "Fort Wayne", "Mount Kenya", "Lake Geneva": a place, whatever the
        // tagger made of it, unless a designator or a facility head follows (tested below).
        // A facility without a facility head in its name is the place the facility is named
        // for: "the Port Aven ferry terminal" (the tagger's span stops at "Aven").
        let place_like = matches!(kind, EntityType::Person | EntityType::Place | EntityType::Organization)
            || (kind == EntityType::Facility && !has_facility_head(&text[toks[a].start..toks[b - 1].end]));
        if a > 0 && !covered[a - 1] && PLACE_PREFIXES.contains(&word(text, toks, a - 1)) && place_like {
            a -= 1;
            if kind == EntityType::Person {
                kind = EntityType::Place;
            }
        }
        if PLACE_PREFIXES.contains(&word(text, toks, a)) && b == a + 2 && place_like {
            kind = EntityType::Place;
        }
        // "the port of Kellby", "the city of Orlen": a place. A capitalised head ("Port of
        // Seattle") is part of a name and is left to the tagger.
        if a >= 2 && word(text, toks, a - 1) == "of" && PLACE_NOUNS.contains(&word(text, toks, a - 2)) && place_like {
            kind = EntityType::Place;
        }
        // "the Bank of Canada", "the University of Kent", "the Ministry of Transport" when the
        // tagger marked only what follows "of": one organisation, with the capitalised
        // words before its head ("Royal Bank of Scotland").
        if a >= 2
            && word(text, toks, a - 1) == "of"
            && ORG_OF_HEADS.contains(&word(text, toks, a - 2))
            && !covered[a - 2]
            && !covered[a - 1]
            && matches!(kind, EntityType::Place | EntityType::Organization | EntityType::Person)
        {
            a -= 2;
            while a > 0 && !covered[a - 1] && is_cap(word(text, toks, a - 1)) && !NAME_OPENERS.contains(&word(text, toks, a - 1)) {
                a -= 1;
            }
            kind = EntityType::Organization;
        }
        let first = word(text, toks, a);
        let prev = lower_at(text, toks, a.checked_sub(1));
        let prev_raw = a.checked_sub(1).map(|p| word(text, toks, p)).unwrap_or("");
        let next = lower_at(text, toks, Some(b));
        let mut metonymy = false;
        // Ships: a prefix inside or just before the name, or a ship noun before it.
        // A craft's kind as a capitalised title is a prefix too: "Space Shuttle Atlantis".
        let craft_title = b > a + 2 && first == "Space" && word(text, toks, a + 1) == "Shuttle";
        if (SHIP_PREFIXES.contains(&first) && b > a + 1) || craft_title {
            kind = EntityType::Vessel;
        } else if a >= 2 && word(text, toks, a - 2) == "Space" && prev_raw == "Shuttle" && !covered[a - 2] && !covered[a - 1] {
            a -= 2;
            kind = EntityType::Vessel;
        } else if SHIP_PREFIXES.contains(&prev_raw) {
            a -= 1;
            kind = EntityType::Vessel;
        } else if SHIP_NOUNS.contains(&prev.as_str()) && matches!(kind, EntityType::Person | EntityType::Product | EntityType::Facility) {
            kind = EntityType::Vessel;
        } else if kind == EntityType::Person
            && prev == "the"
            && !PERSON_HEADS.contains(&next.as_str())
            && !next.is_empty()
            && !family_name(&text[toks[a].start..toks[b - 1].end])
        {
            // `the Charles de Gaulle sailed`: a thing named after a person; one a listed
            // maker's name opens is its product (`the Vell Aspen, PT Cruiser`).
            let words: Vec<&str> = (a..b).map(|k| word(text, toks, k)).collect();
            kind = if crate::companies::maker_prefix(&words).is_some() {
                EntityType::Product
            } else if *ships.get_or_init(|| mentions_ships(text)) {
                EntityType::Vessel
            } else {
                EntityType::Facility
            };
        }
        let name = &text[toks[a].start..toks[b - 1].end];
        // Time zones are not names (`14:00 UTC`).
        // Letters after a name and its comma are an honour or a rank, not a name:
        // "Mark Vell, QC,", "Ana Lind, OBE".
        if a > 0
            && word(text, toks, a - 1) == ","
            && matches!(name, "QC" | "KC" | "SC" | "OBE" | "MBE" | "CBE" | "KBE" | "PhD" | "MD" | "Esq")
        {
            continue;
        }
        if parallax_text::lexicon::TIME_ZONES.contains(&name) {
            continue;
        }
        if currency_prefix(text, toks[a].start, toks[b - 1].end) {
            continue;
        }
        // A storm is an event, not a person or a company: "Cyclone Phailin", "Hurricane Katrina".
        if STORM_PREFIXES.contains(&word(text, toks, a)) {
            if b == a + 1 {
                continue;
            }
            kind = EntityType::Event;
        } else if a > 0 && !covered[a - 1] && STORM_PREFIXES.contains(&word(text, toks, a - 1)) {
            a -= 1;
            kind = EntityType::Event;
        }
        let name = &text[toks[a].start..toks[b - 1].end];
        // A measure is not a name ("500km of wiring"): it opens with a digit and no
        // capitalised word follows.
        if name.starts_with(|c: char| c.is_ascii_digit()) && !name.split_whitespace().skip(1).any(is_cap) {
            continue;
        }
        // A word inside a title is part of the title, not a name: "Chief Operating Officer".
        if b == a + 1 && a > 0 && b < toks.len() && is_title(word(text, toks, a - 1)) && is_title(word(text, toks, b)) {
            continue;
        }
        // A designator (`Chrysler LLC`) or an organisation noun before the
        // name (`automaker Chrysler`) makes an organisation.
        let org_noun = matches!(kind, EntityType::Person | EntityType::Place | EntityType::Product | EntityType::Law | EntityType::Work)
            && org_noun_before(text, toks[a].start);
        // So does a club's head ("Kellby United", "Dalsund Rovers"), and a journal's
        // ("Journal of Northern Medicine", "Annals of Surgery").
        let mut ws = name.split_whitespace();
        let (first, second) = (ws.next(), ws.next());
        let club = second.is_some() && name.split_whitespace().next_back().is_some_and(|w| CLUB_HEADS.contains(&w));
        let journal = matches!((first, second), (Some("Journal" | "Annals" | "Proceedings" | "Bulletin"), Some("of")));
        // A party's, union's or movement's name ("Green Alliance", typed a work in a
        // headline-cased lead).
        let body = second.is_some()
            && matches!(kind, EntityType::Work | EntityType::Person | EntityType::Product | EntityType::Event)
            && name.split_whitespace().next_back().is_some_and(|w| BODY_HEADS.contains(&w));
        if (kind != EntityType::Vessel && has_org_designator(name)) || org_noun || club || journal || body {
            kind = EntityType::Organization;
        } else if matches!(kind, EntityType::Organization | EntityType::Person | EntityType::Place) && has_facility_head(name) {
            kind = EntityType::Facility;
        } else if matches!(kind, EntityType::Organization | EntityType::Person | EntityType::Facility) && has_geographic_head(name) {
            // "the Orva River", "Lake Stor", "Mount Kell": a feature of the land is a place.
            kind = EntityType::Place;
        }
        // The place of an office: "the candidates for mayor of Kellby" (the tagger's
        // organisation, as Kellby was followed by a verb).
        if kind == EntityType::Organization
            && b == a + 1
            && a >= 2
            && word(text, toks, a - 1) == "of"
            && matches!(
                word(text, toks, a - 2).to_lowercase().as_str(),
                "mayor" | "governor" | "president" | "premier" | "bishop" | "archbishop" | "mp" | "senator"
            )
            && !has_org_designator(name)
        {
            kind = EntityType::Place;
        }
        // A holiday is a time, named like an event, never a place or a person ("over Easter").
        if HOLIDAYS.contains(&name) {
            kind = EntityType::Event;
        }
        // A capital or a country the tagger took for a person is a place ("Berlin urged
        // restraint"), and then, acting, its government.
        if kind == EntityType::Person && (CAPITALS.contains(&name) || COUNTRIES.contains(&name)) {
            kind = EntityType::Place;
        }
        // A place that speaks or acts is its government.
        if matches!(kind, EntityType::Place | EntityType::Facility) {
            let next2 = lower_at(text, toks, Some(b + 1));
            let next3 = lower_at(text, toks, Some(b + 2));
            let auxiliary = |w: &str| matches!(w, "has" | "had" | "have" | "will" | "would" | "did" | "does");
            let acts = acts_word(&next)
                || (auxiliary(&next) && ACT_VERBS.contains(&next2.as_str()))
                // "Washington has not said", "Moscow did not respond"
                || (auxiliary(&next) && matches!(next2.as_str(), "not" | "yet" | "also" | "already") && ACT_VERBS.contains(&next3.as_str()))
                || (next.ends_with("ly") && ACT_VERBS.contains(&next2.as_str()));
            // "officials in Kellby said": the place is not the subject.
            let object = matches!(prev.as_str(), "in" | "at" | "from" | "near" | "of" | "across" | "around" | "outside" | "inside");
            let according = prev == "to" && a >= 2 && word(text, toks, a - 2).eq_ignore_ascii_case("according");
            if (acts && !object) || according {
                kind = EntityType::Organization;
                metonymy = true;
            }
        }
        if ctx.outlet.is_some_and(|o| crate::alias::is_outlet(o, &crate::alias::outlet_key(name))) {
            kind = EntityType::Organization;
            metonymy = false;
        }
        // A title the tagger took into the name is the person's title, not their name:
        // "Professor Lars Hovde" is Lars Hovde (with two names left at least).
        if kind == EntityType::Person {
            while b >= a + 3 && is_title(word(text, toks, a)) && toks[a + 1..b].iter().all(|t| is_cap(&text[t.start..t.end])) {
                a += 1;
            }
        }
        // Title words before a person (`German Chancellor Olaf Scholz`), for nominal references.
        let mut title = None;
        if kind == EntityType::Person {
            let mut t = a;
            while t > 0 && is_title(word(text, toks, t - 1)) {
                t -= 1;
            }
            if t < a {
                title = Some(text[toks[t].start..toks[a - 1].end].to_string());
            } else {
                title = appositive_title(text, toks[a].start, toks[b - 1].end);
            }
        }
        // A ship's prefix the tagger marked on its own ("USS" as an organisation) is part
        // of the ship's name now, not a name of its own.
        if kind == EntityType::Vessel {
            while out.last().is_some_and(|m| m.start >= toks[a].start && m.end <= toks[b - 1].end) {
                out.pop();
            }
        }
        out.push(Mention { start: toks[a].start, end: toks[b - 1].end, kind, metonymy, title, entity: 0, nested: false });
        // An acronym in brackets right after a name is that name: "Singapore Airlines (SIA)".
        // The tagger's own type for the acronym gives way ("Johnson Space Center (JSC)").
        if b + 2 < toks.len() && word(text, toks, b) == "(" && word(text, toks, b + 2) == ")" {
            let acr = word(text, toks, b + 1);
            let letters = acr.chars().filter(char::is_ascii_uppercase).count();
            if (2..=6).contains(&letters) && acr.chars().all(|c| c.is_ascii_uppercase() || matches!(c, '&' | '-' | '.')) {
                out.push(Mention { start: toks[b + 1].start, end: toks[b + 1].end, kind, metonymy, title: None, entity: 0, nested: false });
                skip_until = skip_until.max(b + 2);
            }
        }
    }
}
