//! Word lists and stemming shared by the stages that compare texts
//! (stories, provenance).

/// English function words, reporting verbs and month names: words that
/// say nothing about which event or passage a text is about.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "said",
    "says",
    "say",
    "told",
    "according",
    "new",
    "one",
    "two",
    "year",
    "years",
    "also",
    "like",
    "get",
    "got",
    "may",
    "many",
    "much",
    "last",
    "first",
    "since",
    "still",
    "even",
    "well",
    "back",
    "week",
    "day",
    "days",
    "time",
    "people",
    "us",
    "mr",
    "mrs",
    "ms",
    "dr",
    "s",
    "t",
    "don",
    "it's",
    "that's",
    "re",
    "ve",
    "ll",
    "d",
    "m",
    "per",
    "via",
    "within",
    "without",
    "another",
    "around",
    "among",
    "though",
    "although",
    "however",
    "yet",
    "whether",
    "made",
    "make",
    "going",
    "go",
    "went",
    "come",
    "came",
    "take",
    "took",
    "see",
    "seen",
    "know",
    "think",
    "want",
    "way",
    "today",
    "yesterday",
    "tomorrow",
    "am",
    "pm",
    "news",
    "report",
    "reported",
    "reports",
    "reporting",
    "article",
    "story",
    "read",
    "continue",
    "share",
    "photo",
    "image",
    "video",
    "credit",
    "getty",
    "images",
    "ap",
    "reuters",
    "advertisement",
    "click",
    "here",
    "www",
    "com",
    "http",
    "https",
];

static STOP_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> = std::sync::LazyLock::new(|| STOP.iter().copied().collect());

/// Days of the week and months, lower-cased.
/// Time zones as news writes them after a clock time ("06:14 UTC"): no names.
pub const TIME_ZONES: &[&str] = &["UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST", "JST"];

pub const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `w` (lower-cased) is a stop word (weekdays and months are).
pub fn is_stop(w: &str) -> bool {
    STOP_SET.contains(w) || CALENDAR_WORDS.contains(&w)
}

thread_local! {
    static STEMMER: rust_stemmers::Stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
}

/// The English Snowball stem of a lower-cased word. Words are compared by stem ("evacuated", "evacuation" -> "evacu"); names and numbers as written.
pub fn stem(w: &str) -> String {
    STEMMER.with(|s| s.stem(w).into_owned())
}

/// The stop words and stemmer of one language, for the term statistics of stories: an
/// article in German is weighed by German words, not by "der", "die" and "und". English
/// (and an unknown language) uses [`is_stop`] and [`stem`]; another language uses its
/// Stopwords ISO list (the `stop-words` crate) and its Snowball stemmer where one exists,
/// else its words as written. Obtained with [`lexis`].
pub struct Lexis {
    /// The ISO 639-1 code ("en" for English and unknown languages).
    code: &'static str,
    /// A number per language, which keeps the stem caches of two languages apart.
    id: u8,
    stops: Option<std::collections::HashSet<&'static str>>,
    stemmer: Option<rust_stemmers::Stemmer>,
}

impl Lexis {
    /// The language's ISO 639-1 code ("en" for English and unknown languages).
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// A small number naming the language (0 for English), to key caches by.
    pub fn id(&self) -> u8 {
        self.id
    }

    /// Whether `w` (lower-cased) is a stop word of the language.
    pub fn is_stop(&self, w: &str) -> bool {
        match &self.stops {
            None => is_stop(w),
            // web furniture is no content in any language ("www", "http")
            Some(set) => set.contains(w) || matches!(w, "www" | "com" | "http" | "https"),
        }
    }

    /// The stem of a lower-cased word.
    pub fn stem(&self, w: &str) -> String {
        match (&self.stops, &self.stemmer) {
            (None, _) => stem(w),
            (Some(_), Some(s)) => s.stem(w).into_owned(),
            (Some(_), None) => w.to_string(),
        }
    }
}

/// Weekdays and months, lower-cased and separated by spaces, of the languages news is most
/// often read in here: stop words of their language, as in English (every report of a
/// Tuesday shares "Tuesday"). Added to the language's stop list once, when it is built.
const CALENDARS: &[(&str, &str)] = &[
    ("de", "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar märz april mai juni juli august september oktober november dezember"),
    ("fr", "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    ("es", "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"),
    ("it", "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    ("pt", "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    ("nl", "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november december"),
    ("sv", "måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni juli augusti september oktober november december"),
    ("da", "mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august september oktober november december"),
    ("no", "mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august september oktober november desember"),
    ("nb", "mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august september oktober november desember"),
];

/// The languages with a Snowball stemmer besides English.
const STEMMED: &[(&str, rust_stemmers::Algorithm)] = {
    use rust_stemmers::Algorithm::*;
    &[
        ("ar", Arabic),
        ("da", Danish),
        ("nl", Dutch),
        ("fi", Finnish),
        ("fr", French),
        ("de", German),
        ("el", Greek),
        ("hu", Hungarian),
        ("it", Italian),
        ("no", Norwegian),
        ("nb", Norwegian),
        ("nn", Norwegian),
        ("pt", Portuguese),
        ("ro", Romanian),
        ("ru", Russian),
        ("es", Spanish),
        ("sv", Swedish),
        ("ta", Tamil),
        ("tr", Turkish),
    ]
};

static ENGLISH: Lexis = Lexis { code: "en", id: 0, stops: None, stemmer: None };

/// Every language with a stop list, built once on first use.
static LEXES: std::sync::LazyLock<Vec<Lexis>> = std::sync::LazyLock::new(|| {
    stop_words::available_languages()
        .iter()
        .filter(|code| code.len() == 2 && **code != "en")
        .filter_map(|&code| Some((code, stop_words::lookup(code)?)))
        .enumerate()
        .map(|(i, (code, words))| Lexis {
            code,
            id: u8::try_from(i + 1).unwrap_or(u8::MAX),
            stops: Some({
                let calendar = CALENDARS.iter().filter(|(c, _)| *c == code).flat_map(|(_, ws)| ws.split(' '));
                words.iter().copied().chain(calendar).collect()
            }),
            stemmer: STEMMED.iter().find(|(c, _)| *c == code).map(|&(_, a)| rust_stemmers::Stemmer::create(a)),
        })
        .collect()
});

/// The stop words and stemmer for a language code (ISO 639-1, as [`crate::detect_language`]
/// gives it): English for `None`, "en", and a language with no stop list.
pub fn lexis(code: Option<&str>) -> &'static Lexis {
    match code {
        None | Some("en") => &ENGLISH,
        Some(code) => LEXES.iter().find(|l| l.code == code).unwrap_or(&ENGLISH),
    }
}

/// Titles before a person's name ("Minister", "Mayor", "Dr"), lower-cased: the
/// entity rules make the capitalised name after one a person, and story labels
/// pair no name with one.
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "chancellor",
    "minister",
    "premier",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "commissioner",
    "secretary",
    "ambassador",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "sheikh",
    "inspector",
    "detective",
    "officer",
    "coach",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "admiral",
    "marshal",
    "superintendent",
    "chief",
    "executive",
    "deputy",
    "vice",
    "prime",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "health",
    "justice",
    "economy",
    "trade",
    "state",
    "attorney",
    "sheriff",
    "constable",
    "pastor",
    "father",
    "sister",
    "brother",
    "emir",
    "sultan",
    "ayatollah",
    "dean",
    "principal",
    "treasurer",
    "auditor",
    "assemblyman",
    "assemblywoman",
    "alderman",
    "magistrate",
    "coroner",
    "president-elect",
    "mp",
    "mep",
];

#[cfg(test)]
mod lexis_tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_stop_words_and_stems() {
        let de = lexis(Some("de"));
        assert_eq!(de.code(), "de");
        assert!(de.is_stop("die") && de.is_stop("und") && !de.is_stop("feuerwehr"));
        // its calendar's words too, as in English
        assert!(de.is_stop("mittwoch") && de.is_stop("november") && lexis(Some("sv")).is_stop("onsdag"));
        assert_eq!(de.stem("fährhafens"), de.stem("fährhafen"));
        let fr = lexis(Some("fr"));
        assert!(fr.is_stop("les") && !fr.is_stop("incendie"));
        assert_eq!(fr.stem("incendies"), fr.stem("incendie"));
        // English and the unknown keep the English list and stemmer
        for en in [lexis(None), lexis(Some("en")), lexis(Some("xx"))] {
            assert_eq!(en.code(), "en");
            assert!(en.is_stop("the") && en.is_stop("monday") && !en.is_stop("die"));
            assert_eq!(en.stem("evacuated"), stem("evacuated"));
        }
        // a language with a stop list and no stemmer keeps words as written
        let pl = lexis(Some("pl"));
        assert_eq!(pl.code(), "pl");
        assert_eq!(pl.stem("pożaru"), "pożaru");
        assert_ne!(de.id(), fr.id());
    }
}
