//! Boilerplate that survives extraction or comes with plain text: section
//! labels, repeated headlines, bylines, date lines, image credits and captions,
//! subscribe and app prompts, related-link lists, share widgets, affiliate
//! blurbs. Each removal records its reason and the rule that fired, so a user
//! can see it and switch the rule off (`--keep REASON`).

use std::collections::HashSet;
use std::sync::LazyLock;

use parallax_model::{Removal, RemovalReason};
use regex::Regex;

use crate::blocks::{Block, BlockKind};
use crate::dates::find_written;

/// Everything the cleaner learned besides the kept blocks.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub blocks: Vec<Block>,
    pub removed: Vec<Removal>,
    pub captions: Vec<String>,
    /// A `By ...` line found at the top.
    pub byline: Option<String>,
    /// A date line found at the top (raw text).
    pub date_line: Option<String>,
    /// The outlet named before the date on a date line ("Northgate Ledger, 3 March 2026").
    pub outlet: Option<String>,
}

/// "Northgate Ledger, 3 March 2026", "Selka Business Wire — 28 October 2026": an outlet's
/// name of one to five capitalised words ending in an outlet's head word, then only a date.
/// Returns the name and where the date starts.
fn outlet_date_line(text: &str) -> Option<(&str, usize)> {
    let named = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        // A site's one-word name in camel case ("TrendyNewsHub, 24 November 2026"): no place is
        // written so.
        let camel = |w: &str| {
            w.starts_with(char::is_uppercase)
                && w.chars().skip(1).any(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars().all(char::is_alphanumeric)
        };
        if let [one] = words.as_slice() {
            if camel(one) {
                return true;
            }
        }
        (1..=5).contains(&words.len())
            && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) || *w == "of" || *w == "the")
            && words.last().is_some_and(|w| parallax_entities::alias::NEWSPAPER_NOUNS.contains(&w.to_lowercase().as_str()))
    };
    let dated = |date: &str| date_only_line(date) || DAY_AND_MONTH.is_match(date.trim());
    [", ", " — ", " – ", " | ", " · ", " - "]
        .iter()
        .find_map(|sep| {
            let (i, _) = text.match_indices(sep).next()?;
            let name = text[..i].trim();
            (named(name) && dated(&text[i + sep.len()..])).then_some((name, i + sep.len()))
        })
        // The name's line over the date's, joined into one block: "Ostmark State News
        // Agency\n22 September 2026" (a date opening with a day or a month).
        .or_else(|| {
            text.match_indices(char::is_whitespace).take(6).find_map(|(i, _)| {
                let name = text[..i].trim();
                let date = text[i..].trim_start();
                (named(name) && date.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()) && date_only_line(date))
                    .then_some((name, text.len() - date.len()))
            })
        })
}

/// A day of a month without its year, perhaps after its weekday: "10 February", "Tuesday,
/// Feb. 10", "March 3rd".
static DAY_AND_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    re(&format!(
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH}|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?)$"
    ))
});

fn re(s: &str) -> Regex {
    Regex::new(s).unwrap()
}

/// `Jane Roe, ASSOCIATED PRESS`, `AP Photo/Jane Roe`: a credit line naming a photo agency.
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[,/]\s*)?(?i:the\s+)?(?:ASSOCIATED PRESS|AP(?: PHOTO)?|AFP(?: via Getty Images)?|Getty Images|REUTERS|EPA(?:-EFE)?|Shutterstock|iStock|Bloomberg|dpa|ANP|PA(?: Wire)?|Xinhua|Sipa|Alamy)(?:\s*[,/]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$",
    )
});
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\(?\s*(?:(?:photo|image|picture|illustration|graphic|video|foto|bild)s?\s*(?:credit|courtesy|by|source)?|credits?|source)\s*[:：]|^(?:photo|image)\s+(?:credit|courtesy|by)(?-u:\b)|^\(?(?:getty images|ap photo|afp|reuters|shutterstock|istock)(?:\s*/.*)?\)?$",
    )
});
static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\s*[(\[]?\s*(?:(?:photo|image|picture|foto)s?\s*(?:credit)?\s*[:：]|credit\s*[:：]|©)\s*[^()\[\]]{2,80}[)\]]?\s*$")
});
static MD_IMAGE: LazyLock<Regex> = LazyLock::new(|| re(r"^!\[([^\]]*)\]\(([^)]*)\)\s*(.*)$"));
static SUBSCRIBE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:subscribe(?-u:\b)|sign up(?-u:\b)|join our newsletter|get (?:our|the) [\w\s]{0,30}newsletter|already a (?:subscriber|member)|become a (?:member|subscriber|supporter)|to continue reading|support (?:our|independent) journalism|create a free account|log in to (?:continue|read)|this (?:article|story) is for subscribers|support \p{Lu}[\p{L}.]* (?:so|and|to|with|today)(?-u:\b)|make a (?:donation|contribution)|donate (?:now|today)|(?:sie sind|you are) (?:aktuell |currently )?(?:nicht eingeloggt|not logged in)|ich bin abonnent|i am a subscriber|(?:immediate )?online access to all issues|je fais un don)|(?-u:\b)(?:subscribe to (?:our|the)|sign up (?:for|to) (?:our|the)|our (?:daily |weekly |free )?newsletters?(?-u:\b)|delivered (?:straight )?to your inbox|unlock (?:this|unlimited) (?:article|access))",
    )
});
static APP: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:download|get|install) (?:our|the)(?-u:\b)[^.]{0,40}(?-u:\b)apps?(?-u:\b)|(?-u:\b)(?:app store|google play)(?-u:\b)")
});
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:related(?: stories| articles| coverage| content)?|read (?:more|also|next)|see also|more from [\w\s]{1,30}|recommended(?: for you)?|also read|further reading|more on this(?: story)?|you (?:may|might) also like|most (?:read|popular)|trending(?: now)?|latest news|lesen sie auch|mehr zum thema|ähnliche (?:beiträge|artikel|themen)|weitere (?:artikel|beiträge|nachrichten)|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|vous aimerez aussi|leer más|lee también|le puede interesar|te puede interesar|también te puede interesar|leia também|czytaj (?:też|także|również)|zobacz (?:też|także)|dowiedz się więcej|leggi anche|potrebbe interessarti|você (?:pode|também pode) gostar|veja também|leia mais|saiba mais|confira também|relacionad[oa]s)\s*[:：]?",
    )
});
static SHARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:share (?:this|on|via|the|it|with)(?-u:\b)|share$|click to share|tweet this|teilen$|partager|compartilhe|comparte|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|(?:den|diesen) (?:artikel|beitrag) (?:mit anderen )?teilen)",
    )
});
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "email",
    "e-mail",
    "mail",
    "whatsapp",
    "reddit",
    "pinterest",
    "telegram",
    "print",
    "share",
    "tweet",
    "copy",
    "link",
    "messenger",
    "flipboard",
    "bluesky",
    "threads",
    "sms",
    "comments",
    "article",
    "reprints",
    "order",
    "text",
    "size",
    "save",
    "gift",
    "listen",
    "follow",
    "pin",
    "more",
];
static AFFILIATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:if you (?:buy|purchase) (?:something|anything|a product) through|may (?:get|earn|receive) a (?:share|portion|small share) of (?:the )?(?:sale|revenue))|(?-u:\b)we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|money|a share)|(?-u:\b)affiliate (?:links?|commission|partner)|(?-u:\b)as an amazon associate|(?-u:\b)buy (?:it |now |one )?(?:on|at|from) (?:amazon|\w+)(?-u:\b).{0,40}\$|(?-u:\b)use (?:the )?(?:promo |discount )?code [A-Z0-9]{3,}|(?-u:\b)(?:sponsored|paid) (?:content|post|partnership)|(?-u:\b)shop now(?-u:\b)|(?-u:\b)check (?:the )?price(?-u:\b)|(?-u:\b)prices? (?:start|starting) (?:at|from)(?-u:\b)|\$\d+(?:\.\d\d)? at [A-Z]",
    )
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:(?:posted|written|words|story|text)\s+)?(?i:by|von|par|por|di)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|(?i:and|und|et|y|e|de|van|von|da|del|la|le)|&|,))*)",
    )
});
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:published|posted|updated|last updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|am|on|date|stand)?\s*[:：]?\s*",
    )
});
/// Words that may stand around a date in a date line: weekdays, times, zones, "updated".
static DATE_NOISE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?(?-u:\b)|(?-u:\b)(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?-u:\b)|(?-u:\b)\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|uhr|h)?(?-u:\b)|(?-u:\b)(?:a\.?m\.?|p\.?m\.?|utc|gmt|[ecmp][sd]?t|cet|cest|bst|et|pt|uhr)(?-u:\b)|(?-u:\b)(?:segunda|terça|quarta|quinta|sexta)-feira(?-u:\b)|(?-u:\b)(?:sábado|domingo|lunes|martes|miércoles|jueves|viernes)(?-u:\b)|(?-u:\b)(?:updated|posted|published|original|last|modified|on|at|um|le|à|às|a las|el|de|the|and)(?-u:\b)|[|/,:;·•()\-–—]",
    )
});
static AD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:advertisement|advertising|advert|ad|ads|sponsored|anzeige|werbung|publicidad|publicité|pubblicità|reklama|publicidade|story continues below(?: advertisement)?|continue reading below|article continues below)$",
    )
});
static PAGE_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:requires? javascript|enable javascript|javascript (?:is )?(?:disabled|required)|your browser does not support|tell us what (?:you|YOU) think|leave a (?:comment|reply)|comments? (?:are|is) (?:closed|moderated)|will not be (?:approved|published) by the moderator|não serão aprovados|post a comment|add a comment|join the (?:conversation|discussion)|report an error|report a typo|we use cookies|this website uses cookies|was this (?:article|page|post) (?:helpful|useful)|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)|no ratings yet|noch keine bewertungen|alle angaben ohne gewähr|all information without guarantee|like this:)(?-u:\b)|^gefällt mir\W*$|^\[/?[a-z_]{3,}(?:\s[^\]]*)?\]|^(?:reading time|read time|estimated reading time|lesezeit|lesedauer|tempo de leitura|temps de lecture|tiempo de lectura|tempo di lettura)\s*[:：]?\s*\d+|^\d+\s*(?:min(?:ute)?s?|minuten|minutos)\.?\s*(?:read|lesezeit|de leitura|de lectura)$|^(?:back to top|to top|top|nach oben|haut de page|voltar ao topo|volver arriba|torna su)$",
    )
});
/// An editor's note on the article itself: "Correction: An earlier version of this article
/// said …", "Clarification: …", "This story has been corrected to show …".
static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s*_(\[]*(?:(?:correction|corrections|clarification|editor'?s note|editor’s note)\s*[:：—–-]|an earlier version of this (?:article|story|report|post)|this (?:article|story|report) (?:has been|was) (?:corrected|updated to correct|amended))",
    )
});
/// Sentences of page furniture that share a paragraph with story text in
/// crawled pages: the prompts of embedded tweets and videos, web-archive
/// collection notes, account, newsletter and comment-form prompts, reprint
/// notices. Matched at the start of a sentence.
static FURNITURE_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^[\s(),.:;-]*(?:",
        // Embedded tweets and videos.
        r"tweet with a location\b|you always have the option to delete your tweet location|add a location to your tweets|",
        r"you can switch location on/off before each tweet|add this (?:tweet|video) to your website by copying the code|",
        r"rating is available when the video has been rented|this feature is not available right now|",
        r"the interactive transcript could not be loaded|(?:advertisement\s*\(\s*)?click prev or next to continue viewing|",
        // Web-archive collection notes.
        r"these crawls are part of an effort to archive|that way, as the pages that are referenced are changed|",
        r"crawls of supported\W+no more 404|starting in \d{4}, alexa internet has been donating|",
        r"flowing in every day, these data are added to the wayback machine|(?:focused|wide) crawls are collections of|",
        r"the seed for (?:this crawl|wide\d+)\b|these files are currently not publicly accessible|",
        // Account, newsletter and comment-form prompts.
        r"we have sent you a verification email|if you do not receive the verification (?:message|email)|",
        r"please check your email and click on the link to activate|(?:notice:? )?you must log in to continue|",
        r"sign up thank you for signing up|get push notifications with|there was a problem saving your notification|",
        r"your notification has been saved|email notifications are only sent|breaking news emails get breaking news alerts|",
        r"(?:close )?get email notifications on .{1,60} daily\b|whenever .{1,60} posts new content, you ?'? ?ll get an email|",
        r"the news and stories that matter, delivered|get daily updates directly to your inbox|",
        r"add as an interest to stay up to date|this will appear next to all of your comments|",
        // Reprint notices.
        r"dow jones reprints|this copy is for your personal,? non-commercial use|to order presentation-ready copies|",
        r"please try again later\.?$|learn more\.?$",
        r")",
    ))
});
/// The opening of a page that stands in for the article: an error page, a cookie,
/// login or subscription wall, a browser check, a web archive's collection page.
/// Its paragraph goes whole, whatever follows the opening (`PAGE_WALL_MAX_WORDS`).
static PAGE_WALL: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^[\s(),.:;*-]*(?:",
        // Error pages.
        r"sorry,? the page you requested (?:was|could) not (?:be )?found|we can'?’?t (?:seem to )?find the page you'?’?re looking for|",
        // Cookie walls.
        r"(?:our apologies\.\s*)?an error occurred while setting your user cookie|please enable cookies (?:on|in) your (?:web )?browser|",
        r"\S+(?: \S+)? will not work properly unless browser cookie support is enabled|",
        // Login and subscription walls.
        r"(?:login )?login with your .{1,40} username and password|log into our community|already registered\? just log in|",
        r"sign in using your? account with|thank you for reading\.\s*please purchase a subscription|",
        r"just one more thing\.{3}\s*we have sent you a verification email|",
        // Browser checks.
        r"we'?’?ve detected that javascript is disabled in your browser|",
        // Web-archive collection pages.
        r"crawl of outlinks from|web wide crawl with|this is a set of web collections curated by|this crawl of online resources of",
        r")",
    ))
});
/// The longest paragraph `PAGE_WALL` removes: a login page with its password-reset
/// help runs to about 200 words.
const PAGE_WALL_MAX_WORDS: usize = 250;
/// A sentence naming a web crawl and a web archive together is a collection note.
static CRAWL_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:web ?crawls?|crawl(?:s|ed|er)?|seed ?list|warc files?|the seed for wide\d+)\b"));
static ARCHIVE_NAME: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:wayback machine|internet archive|archive-it)\b"));
/// Cheap pre-check for `strip_furniture`: every pattern above holds one of these words.
static FURNITURE_HINT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)tweet|video|transcript|click prev|crawl|wayback|archive|pages that are referenced|seed for|publicly accessible|verification|log in|sign up|notification|email|inbox|interest|stories that matter|comments|reprints|non-commercial|presentation-ready|try again later|feature is not available|learn more",
    )
});

/// Whether one sentence is page furniture. Furniture sentences are short: a long
/// one is story text that a stray quotation mark ran together, and is kept whole.
fn furniture_sentence(sentence: &str) -> bool {
    let n = words(sentence);
    // A web archive's collection note runs on without full stops for up to a hundred
    // words, and stands alone on the archive's page.
    let archive = CRAWL_WORD.is_match(sentence) || ARCHIVE_NAME.is_match(sentence);
    (FURNITURE_SENTENCE.is_match(sentence) && (n <= FURNITURE_MAX_WORDS || (archive && n <= 100)))
        || (n <= FURNITURE_MAX_WORDS && CRAWL_WORD.is_match(sentence) && ARCHIVE_NAME.is_match(sentence))
}

/// The longest sentence `furniture_sentence` removes: the longest notices (a reprint
/// notice, a tweet-location prompt) run to 27 words; longer ones hold story words.
const FURNITURE_MAX_WORDS: usize = 30;

/// Split the furniture sentences off a paragraph: `(kept text, removed pieces)`.
/// `None` when there are none, which is almost always. Sentences are cut again at
/// every full stop, question or exclamation mark before a space, whatever follows:
/// lower-cased or run-together text ("…weekday mornings. / updated by …") keeps its
/// story words when a notice is glued to them.
fn strip_furniture(text: &str) -> Option<(String, Vec<String>)> {
    if !FURNITURE_HINT.is_match(text) {
        return None;
    }
    let (gone, kept): (Vec<&str>, Vec<&str>) = pieces(text).into_iter().partition(|p| furniture_sentence(p));
    (!gone.is_empty()).then(|| (kept.join(" "), gone.into_iter().map(str::to_string).collect()))
}

/// The sentences of a paragraph, cut again at every full stop, question or
/// exclamation mark before a space (lower-cased and run-together text), trimmed.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for span in parallax_text::split_sentences(text) {
        let sentence = text[span.start..span.end].trim();
        let mut from = 0;
        for cut in PIECE_END.find_iter(sentence).map(|m| m.end()).chain([sentence.len()]) {
            if cut > from {
                let piece = sentence[from..cut].trim();
                if !piece.is_empty() {
                    out.push(piece);
                }
                from = cut;
            }
        }
    }
    out
}

/// For the rules that find a phrase anywhere in a short paragraph (page notices,
/// subscribe and app prompts, affiliate blurbs): the same test on one sentence.
fn phrase_rule(reason: RemovalReason) -> Option<&'static Regex> {
    Some(match reason {
        RemovalReason::PageNotice => &PAGE_NOTICE,
        RemovalReason::SubscribePrompt => &SUBSCRIBE,
        RemovalReason::AppPrompt => &APP,
        RemovalReason::Affiliate => &AFFILIATE,
        _ => return None,
    })
}

/// A paragraph that a phrase rule (`phrase_rule`) flagged, cut into the short
/// sentences that carry the phrase and the rest: `(gone, stay)`. `None` when the
/// paragraph goes whole: another rule, one sentence, or every sentence carries it.
fn notice_sentences(text: &str, reason: RemovalReason) -> Option<(Vec<&str>, Vec<&str>)> {
    let matcher = phrase_rule(reason)?;
    let parts = pieces(text);
    if parts.len() < 2 {
        return None;
    }
    let (gone, stay): (Vec<&str>, Vec<&str>) = parts.into_iter().partition(|p| words(p) <= FURNITURE_MAX_WORDS && matcher.is_match(p));
    (!stay.is_empty()).then_some((gone, stay))
}

/// The end of a piece of a sentence for `strip_furniture`.
static PIECE_END: LazyLock<Regex> = LazyLock::new(|| re(r#"[.!?]["')\]”’]*\s+"#));

static GALLERY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:image|photo|picture|slide|bild|foto|imagen)\s+\d+\s+(?:of|von|de|sur|di|/)\s+\d+$"));
static MARKUP: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:<[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>\s*|</[a-zA-Z][a-zA-Z0-9]*>\s*)+$"));
/// "Acme is a global solutions provider focused on ...": the company paragraph of a press release.
static ABOUT_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:About\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s*[:\n]\s*)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,3}(?:\s*\([A-Z:. ]+\))?,?\s+(?:is|are)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}(?:provider|company|leader|manufacturer|developer|supplier|firm|organi[sz]ation|group|network|platform|maker|producer|pioneer|specialist)(?-u:\b)",
    )
});
/// "About Vellmar Technologies": the heading of a press release's company section.
static ABOUT_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^About\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}(?:\s*:?\s*$|\s+\p{Lu})"));
/// "Media contact: …", "Press enquiries: …", "Contact: …".
static PRESS_CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|for more information)\s*:")
});
static RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)$|^il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)$|^hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses?|años?)$",
    )
});
static UPDATED_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:updated|posted|published|last updated)(?: at| on)?\s+\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+[a-z]{2,4})?\.?$")
});
static URL_ONLY: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:https?://|www\.)\S+$"));
static AUTHOR_BIO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s+(?:is|was|has been)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer|author|fellow|intern|analyst)(?-u:\b)",
    )
});
const SECTIONS: &[&str] = &[
    "world",
    "politics",
    "business",
    "economy",
    "markets",
    "sport",
    "sports",
    "opinion",
    "tech",
    "technology",
    "science",
    "health",
    "local",
    "national",
    "europe",
    "asia",
    "africa",
    "americas",
    "middle east",
    "uk",
    "us",
    "breaking",
    "breaking news",
    "exclusive",
    "analysis",
    "culture",
    "arts",
    "environment",
    "climate",
    "news",
    "latest",
    "live",
    "features",
    "investigations",
    "commentary",
    "editorial",
    "lifestyle",
    "travel",
    "weather",
    "crime",
    "justice",
    "metro",
    "region",
    "regional",
    "international",
    "domestic",
    "finance",
    "energy",
    "transport",
];

/// First letter lowercased (messages are lowercase).
pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// A caption without its trailing photo credit.
pub fn strip_credit(caption: &str) -> String {
    TRAILING_CREDIT.replace(caption, "").trim().to_string()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn normalise(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

pub(crate) fn section_label(text: &str) -> Option<&'static str> {
    let t = text.trim();
    let separators = [" » ", " > ", " › ", " / ", " | ", " :: "].iter().map(|s| t.matches(s).count()).max().unwrap_or(0);
    if separators >= 2 && words(t) <= 14 && t.len() <= 120 && !t.ends_with(['.', '!', '?']) {
        return Some("breadcrumb trail above the headline");
    }
    if words(t) > 5 || t.ends_with(['.', '!', '?', ':', ',']) || t.len() > 60 {
        return None;
    }
    if t.contains(" | ") || t.contains(" > ") || t.contains(" / ") || t.contains(" › ") || t.contains(" » ") {
        return Some("short breadcrumb line above the headline");
    }
    if SECTIONS.contains(&t.to_lowercase().as_str()) {
        return Some("known section name above the headline");
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && words(t) <= 3 {
        return Some("short all-caps label above the headline");
    }
    None
}

/// A line that is only a date (optionally "Published: ...", weekdays, times), e.g. `Updated 5:27 am CST, Wednesday, November 20, 2019`.
pub fn date_only_line(text: &str) -> bool {
    let t = text.trim();
    if words(t) > 16 || t.len() > 120 || !has_year(t) {
        return false;
    }
    let rest = DATE_PREFIX.find(t).map(|m| &t[m.end()..]).unwrap_or(t);
    match find_written(rest).or_else(|| crate::dates::parse_date(rest).map(|d| (d, 0, rest.len()))) {
        Some((d, start, end)) => {
            if d.month.is_none() {
                return false; // a bare year is a heading or a copyright line, not a date line
            }
            let around = format!("{} {}", &rest[..start], &rest[end..]);
            // Whatever else stands on the line must be date noise (or another date).
            let stripped = DATE_NOISE.replace_all(&around, " ");
            let stripped = match find_written(&stripped) {
                Some((_, s, e)) => format!("{}{}", &stripped[..s], &stripped[e..]),
                None => stripped.into_owned(),
            };
            stripped.chars().filter(|c| c.is_alphabetic()).count() <= 3
        }
        None => false,
    }
}

/// A line that is only a related-content label ("Related stories", "Você pode gostar...").
pub fn is_related_label(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['.', '…', ':', '：']).trim();
    !t.is_empty() && words(t) <= 6 && RELATED.find(t).is_some_and(|m| m.start() == 0 && t[m.end()..].trim().is_empty())
}

/// Where the name part of "By X / Monday, November 18, 2019" (or "Posted by X on
/// November 21, 2026") ends, when the rest is a timestamp.
fn dated_byline_cut(text: &str) -> Option<usize> {
    // (" " last: "By Ola Strand, Markets Reporter Published 2026-11-20", two lines of one block)
    let cut = [" / ", " | ", " - ", " · ", " — ", ", ", " on ", " "]
        .iter()
        .filter_map(|sep| text.match_indices(sep).find(|(i, sep)| date_only_line(&text[i + sep.len()..])).map(|(i, _)| i))
        .min()?;
    Some(cut)
}

/// The date after a [`dated_byline_cut`]: without the separator before it ("| ", "on ").
fn date_after(text: &str, cut: usize) -> &str {
    let date = text[cut..].trim_start_matches([' ', '/', '|', '-', '·', '—', ',', '»', '>', '›']).trim();
    date.strip_prefix("on ").unwrap_or(date)
}

/// Cheap pre-check: four digits in a row (a year) somewhere in the text.
fn has_year(t: &str) -> bool {
    let mut run = 0;
    for b in t.bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run == 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// A style rule: a selector and a block of `property: value` declarations.
static CSS_RULE: LazyLock<Regex> = LazyLock::new(|| re(r"[.#@]?[A-Za-z][\w.#:>~+\[\]=\x22' -]*\{\s*[a-z-]+\s*:[^{}]*\}"));

/// A media query opening a block of rules ("@media screen and (max-width: 600px) {").
static CSS_MEDIA: LazyLock<Regex> = LazyLock::new(|| re(r"@media[^{}]*\{"));

/// Whether a paragraph is a stylesheet that leaked into the text: two or more style
/// rules making most of it, or one rule (after a media query or not) making nearly
/// all of it and closing its declarations with a semicolon, as stylesheets do and
/// prose in braces does not. Found on an opinion site's text: ".gmobile { width:100%; …
/// } .image-wrap { margin-right:15px; … }" after the story put "text-align, width,
/// image-wrap" into its story's label; then one rule to a paragraph
/// (".facebook-bio {\n padding-left: 80px;\n}.") kept "facebook-bio" there.
fn stylesheet(text: &str) -> bool {
    if !text.contains('{') {
        return false;
    }
    let solid = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let (mut rules, mut closed, mut covered) = (0, 0, 0);
    for m in CSS_RULE.find_iter(text) {
        rules += 1;
        closed += usize::from(m.as_str().trim_end_matches('}').trim_end().ends_with(';'));
        covered += solid(m.as_str());
    }
    covered += CSS_MEDIA.find_iter(text).map(|m| solid(m.as_str())).sum::<usize>();
    let total = solid(text);
    rules >= 2 && covered * 10 >= total * 7 || rules == 1 && closed == 1 && covered * 10 >= total * 9
}

fn share_widget(text: &str) -> bool {
    if SHARE.is_match(text.trim()) && words(text) <= 8 {
        return true;
    }
    let tokens: Vec<String> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | '/'))
        .filter(|t| !t.is_empty())
        .map(|t| t.to_lowercase())
        .collect();
    (tokens.len() >= 2 && tokens.len() <= 8 && tokens.iter().all(|t| SHARE_WORDS.contains(&t.as_str())))
        || matches!(
            text.trim().to_lowercase().as_str(),
            "print" | "email" | "share" | "tweet" | "comments" | "text size" | "order reprints" | "print article"
        )
}

/// Strip boilerplate from `blocks`. `title` is the known headline (if any);
/// `keep` lists reasons the user switched off.
pub fn clean(blocks: Vec<Block>, title: Option<&str>, keep: &HashSet<RemovalReason>) -> Cleaned {
    let mut out = Cleaned::default();
    let title_norm = title.map(normalise).filter(|t| !t.is_empty());
    let mut in_related_list = false;
    let mut seen_body = false;
    let mut related_tail = false;
    let total = blocks.len();
    for (i, mut block) in blocks.into_iter().enumerate() {
        if !keep.contains(&RemovalReason::PageNotice) {
            // A page that stands in for the article goes whole, before its sentences
            // are looked at one by one.
            if PAGE_WALL.is_match(&block.text) && words(&block.text) <= PAGE_WALL_MAX_WORDS {
                out.removed.push(Removal {
                    reason: RemovalReason::PageNotice,
                    text: block.text.trim().to_string(),
                    rule: "error, cookie, login or subscription page, not the story".into(),
                });
                continue;
            }
            if let Some((kept, removed)) = strip_furniture(&block.text) {
                for text in removed {
                    out.removed.push(Removal {
                        reason: RemovalReason::PageNotice,
                        text,
                        rule: "page furniture sentence (embed, web-archive, account or reprint notice)".into(),
                    });
                }
                if kept.is_empty() {
                    continue;
                }
                block.text = kept;
            }
        }
        if related_tail && !keep.contains(&RemovalReason::RelatedLinks) {
            out.removed.push(Removal {
                reason: RemovalReason::RelatedLinks,
                text: block.text.trim().to_string(),
                rule: "after a related-content label near the end".into(),
            });
            continue;
        }
        let text = block.text.trim().to_string();
        let n_words = words(&text);
        let top = !seen_body && i < 12;
        let short = n_words <= 40;
        let decision: Option<(RemovalReason, &str)> = (|| {
            if MD_IMAGE.is_match(&text) {
                return Some((RemovalReason::MarkdownImage, "markdown image line"));
            }
            if top {
                if let Some(t) = &title_norm {
                    if normalise(&text) == *t {
                        return Some((RemovalReason::Title, "repeats the headline"));
                    }
                }
                // (before the breadcrumb rule: "Ostmark State Broadcaster | 29.11.2026" reads
                // as one, but names the outlet)
                if outlet_date_line(&text).is_some() {
                    return Some((RemovalReason::DateLine, "outlet and date line at the top"));
                }
                if title_norm.is_some() || i + 1 < total {
                    if let Some(rule) = section_label(&text) {
                        // Only before the headline or the first body paragraph.
                        if block.kind != BlockKind::ListItem {
                            return Some((RemovalReason::SectionLabel, rule));
                        }
                    }
                }
                if n_words <= 12 && BYLINE.is_match(&text) && out.byline.is_none() {
                    return Some((RemovalReason::Byline, "\"By ...\" line at the top"));
                }
                // "By Ada Lind | November 18, 2019 at 2:26 PM": byline and timestamp on one line.
                if n_words <= 30 && BYLINE.is_match(&text) && out.byline.is_none() && dated_byline_cut(&text).is_some() {
                    return Some((RemovalReason::Byline, "\"By ...\" line with a timestamp"));
                }
                if date_only_line(&text) {
                    return Some((RemovalReason::DateLine, "date-only line at the top"));
                }
            }
            if block.kind == BlockKind::Caption {
                return Some((RemovalReason::Caption, "figure caption"));
            }
            if text.starts_with('<') && MARKUP.is_match(&text) {
                return Some((RemovalReason::Markup, "raw html markup"));
            }
            if stylesheet(&text) {
                return Some((RemovalReason::Markup, "stylesheet rules (css)"));
            }
            // A bare "Related stories" / "You may also like" label in the second half: the rest is teasers.
            if (i + 1) * 2 > total && i > 0 && is_related_label(&text) {
                return Some((RemovalReason::RelatedLinks, "related-content label near the end; the rest follows it"));
            }
            if n_words <= 8 && (UPDATED_TIME.is_match(&text) || RELATIVE_TIME.is_match(&text)) {
                return Some((RemovalReason::DateLine, "timestamp line"));
            }
            // The company paragraph closing a press release: only as the last block.
            if i + 1 == total && n_words <= 120 && ABOUT_COMPANY.is_match(&text) {
                return Some((RemovalReason::AboutBoilerplate, "company description at the end"));
            }
            // A press release's tail: "About Vellmar Technologies" (with its paragraph, when
            // the lines were joined) and "Media contact: …", among the last three blocks.
            if i + 3 >= total && i > 0 && n_words <= 120 && ABOUT_HEADING.is_match(&text) {
                return Some((RemovalReason::AboutBoilerplate, "\"About <company>\" section at the end"));
            }
            if i + 3 >= total && i > 0 && n_words <= 30 && PRESS_CONTACT.is_match(&text) {
                return Some((RemovalReason::AboutBoilerplate, "press contact at the end"));
            }
            if URL_ONLY.is_match(&text) {
                return Some((RemovalReason::LinkOnly, "paragraph is a bare url"));
            }
            if short && AUTHOR_BIO.is_match(&text) {
                return Some((RemovalReason::AuthorBio, "\"<name> is a reporter/writer ...\" line"));
            }
            if n_words <= 6 && AD_LABEL.is_match(text.trim_matches(|c: char| !c.is_alphanumeric())) {
                return Some((RemovalReason::AdLabel, "advertising label"));
            }
            if short && PAGE_NOTICE.is_match(&text) {
                return Some((RemovalReason::PageNotice, "notice about the page, not the story"));
            }
            if n_words <= 80 && CORRECTION.is_match(&text) {
                return Some((RemovalReason::Correction, "editor's correction or clarification"));
            }
            if n_words <= 5 && GALLERY.is_match(&text) {
                return Some((RemovalReason::ImageCredit, "gallery counter"));
            }
            // A timestamp line (date with a time, weekday or "updated") is page furniture anywhere.
            if !top
                && n_words <= 16
                && date_only_line(&text)
                && (text.contains(':') || DATE_NOISE.find(&text).is_some_and(|m| m.as_str().chars().any(|c| c.is_alphabetic())))
            {
                return Some((RemovalReason::DateLine, "timestamp line"));
            }
            if n_words <= 10 && AGENCY_CREDIT.is_match(&text) {
                return Some((RemovalReason::ImageCredit, "photo agency credit"));
            }
            if short && CREDIT.is_match(&text) {
                return Some((RemovalReason::ImageCredit, "line starts with a photo/image credit"));
            }
            if short && n_words >= 4 && TRAILING_CREDIT.is_match(&text) && !text.contains('“') && !text.contains('"') {
                return Some((RemovalReason::Caption, "caption ending in a photo credit"));
            }
            if short && SUBSCRIBE.is_match(&text) {
                return Some((RemovalReason::SubscribePrompt, "subscription or newsletter prompt"));
            }
            if short && APP.is_match(&text) {
                return Some((RemovalReason::AppPrompt, "app download prompt"));
            }
            if short && RELATED.is_match(&text) && (n_words <= 20 || text.contains(':')) {
                return Some((RemovalReason::RelatedLinks, "related-links label"));
            }
            if in_related_list && block.kind == BlockKind::ListItem && n_words <= 20 {
                return Some((RemovalReason::RelatedLinks, "item of a related-links list"));
            }
            if short && share_widget(&text) {
                return Some((RemovalReason::ShareWidget, "share buttons"));
            }
            if short && AFFILIATE.is_match(&text) {
                return Some((RemovalReason::Affiliate, "affiliate disclosure or product blurb"));
            }
            None
        })();
        // A short paragraph of several sentences loses only the sentences that carry the
        // notice ("Lind said 40 people came. Please enable JavaScript to watch this video.");
        // when no sentence carries it alone, the paragraph stays whole.
        let mut text = text;
        let decision = match decision {
            Some((reason, rule)) if !keep.contains(&reason) => match notice_sentences(&text, reason) {
                Some((gone, stay)) => {
                    for g in &gone {
                        out.removed.push(Removal { reason, text: g.to_string(), rule: format!("{rule} (one sentence of the paragraph)") });
                    }
                    if !gone.is_empty() {
                        text = stay.join(" ");
                    }
                    None
                }
                None => Some((reason, rule)),
            },
            other => other,
        };
        match decision {
            Some((reason, rule)) if !keep.contains(&reason) => {
                if reason == RemovalReason::RelatedLinks && rule.starts_with("related-content label near the end") {
                    related_tail = true;
                }
                in_related_list = reason == RemovalReason::RelatedLinks || (in_related_list && block.kind == BlockKind::ListItem);
                match reason {
                    RemovalReason::Byline => {
                        let cut = dated_byline_cut(&text);
                        out.byline = Some(cut.map(|c| text[..c].trim().to_string()).unwrap_or_else(|| text.clone()));
                        // The date after the names is the article's, as on a line of its own.
                        if let Some(c) = cut.filter(|_| out.date_line.is_none()) {
                            out.date_line = Some(date_after(&text, c).to_string());
                        }
                    }
                    RemovalReason::DateLine => match outlet_date_line(&text) {
                        Some((name, at)) => {
                            out.outlet.get_or_insert_with(|| name.to_string());
                            // (a day without its year dates nothing)
                            if date_only_line(&text[at..]) {
                                out.date_line = Some(text[at..].to_string());
                            }
                        }
                        None => out.date_line = Some(text.clone()),
                    },
                    // "Opinion | 27 November 2026": the date after a section's name.
                    RemovalReason::SectionLabel if out.date_line.is_none() => {
                        if let Some(c) = dated_byline_cut(&text) {
                            out.date_line = Some(date_after(&text, c).to_string());
                        }
                    }
                    RemovalReason::Caption => {
                        out.captions.push(text.clone());
                    }
                    RemovalReason::MarkdownImage => {
                        if let Some(c) = MD_IMAGE.captures(&text) {
                            let alt = c[1].trim();
                            if !alt.is_empty() {
                                out.captions.push(alt.to_string());
                            }
                            // Text after the image on the same line stays.
                            let tail = c[3].trim();
                            if !tail.is_empty() {
                                out.blocks.push(Block::new(tail, block.kind));
                            }
                        }
                    }
                    _ => {}
                }
                out.removed.push(Removal { reason, text, rule: rule.to_string() });
            }
            _ => {
                in_related_list = false;
                // The top region ends at the first real body paragraph.
                if block.kind != BlockKind::Heading && (n_words >= 15 || text.ends_with(['.', '!', '?', '"', '”'])) {
                    seen_body = true;
                }
                out.blocks.push(Block { text, kind: block.kind });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: &str) -> Block {
        Block::new(t, BlockKind::Paragraph)
    }

    fn run(blocks: Vec<Block>, title: Option<&str>) -> Cleaned {
        clean(blocks, title, &HashSet::new())
    }

    fn reasons(c: &Cleaned) -> Vec<RemovalReason> {
        c.removed.iter().map(|r| r.reason).collect()
    }

    #[test]
    fn top_matter_is_stripped_with_reasons() {
        let c = run(
            vec![
                p("WORLD"),
                p("Ferry service halted after harbour fire"),
                p("By Ada Lind and Tomas Vell"),
                p("Published: March 12, 2024"),
                p("The harbour authority suspended all ferry crossings on Tuesday."),
            ],
            Some("Ferry service halted after harbour fire"),
        );
        assert_eq!(reasons(&c), [RemovalReason::SectionLabel, RemovalReason::Title, RemovalReason::Byline, RemovalReason::DateLine]);
        assert_eq!(c.byline.as_deref(), Some("By Ada Lind and Tomas Vell"));
        assert_eq!(c.date_line.as_deref(), Some("Published: March 12, 2024"));
        assert_eq!(c.blocks.len(), 1);
    }

    #[test]
    fn credits_captions_prompts_and_widgets() {
        let c = run(
            vec![
                p("The harbour authority suspended all ferry crossings on Tuesday."),
                p("Photo: Mara Quint / Coastline Wire"),
                p("Firefighters work on the burning pier late on Monday. (Photo: Mara Quint)"),
                Block::new("Crews at the pier", BlockKind::Caption),
                p("Sign up for our morning newsletter to get the news first."),
                p("Download the Harbour Times app for breaking alerts."),
                p("Related: Port strike ends after two weeks"),
                p("Share on Facebook"),
                p("Facebook Twitter Email WhatsApp"),
                p("This article contains affiliate links; we may earn a commission."),
                p("Officials said the pier would reopen next month."),
            ],
            None,
        );
        assert_eq!(
            reasons(&c),
            [
                RemovalReason::ImageCredit,
                RemovalReason::Caption,
                RemovalReason::Caption,
                RemovalReason::SubscribePrompt,
                RemovalReason::AppPrompt,
                RemovalReason::RelatedLinks,
                RemovalReason::ShareWidget,
                RemovalReason::ShareWidget,
                RemovalReason::Affiliate,
            ]
        );
        assert_eq!(c.captions, ["Firefighters work on the burning pier late on Monday. (Photo: Mara Quint)", "Crews at the pier"]);
        assert_eq!(strip_credit(&c.captions[0]), "Firefighters work on the burning pier late on Monday.");
        let kept: Vec<&str> = c.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            kept,
            ["The harbour authority suspended all ferry crossings on Tuesday.", "Officials said the pier would reopen next month."]
        );
    }

    #[test]
    fn furniture_sentences_are_cut_out_of_story_paragraphs() {
        let c = run(
            vec![
                p("Tweet with a location you can add location information to your tweets, such as your city. You always have the option to delete your tweet location history. Learn more"),
                p("Dow Jones Reprints: This copy is for your personal, non-commercial use only. The harbour authority suspended all ferry crossings on Tuesday. Officials said the pier would reopen next month."),
                p("Starting in 1996, a search company has been donating its crawl data to the Internet Archive. These crawls are part of an effort to archive pages as they are created."),
                p("The Wayback Machine shows that the ferry timetable was changed twice in May."),
                p("Crews worked through the night. Please try again later"),
            ],
            None,
        );
        let kept: Vec<&str> = c.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            kept,
            [
                "The harbour authority suspended all ferry crossings on Tuesday. Officials said the pier would reopen next month.",
                "The Wayback Machine shows that the ferry timetable was changed twice in May.",
                "Crews worked through the night.",
            ]
        );
        assert_eq!(c.removed.len(), 7);
        assert!(c.removed.iter().all(|r| r.reason == RemovalReason::PageNotice));
        // A notice glued to story words by lower-cased or run-together text goes alone;
        // a long run-on sentence that only mentions a crawl and the Internet Archive stays.
        let c = run(
            vec![
                p("The news and stories that matter, delivered weekday mornings. / updated by the desk the pier reopened on friday."),
                p("Drogan Vell said 40 people came. \" if the tide turns, the search area grows. Starting in 1996, a search company has been donating its crawl data to the Internet Archive, and the harbour museum kept every old timetable it could find for the ferry line."),
            ],
            None,
        );
        let kept: Vec<&str> = c.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(kept[0], "/ updated by the desk the pier reopened on friday.");
        assert!(kept[1].contains("Drogan Vell said 40 people came.") && kept[1].contains("every old timetable"), "{kept:?}");
        // A crawl's seed note runs on for 79 words without a full stop, naming neither
        // a crawl nor an archive: its opening says what it is.
        let seed = "The seed for wide00014 was: - slash pages from every domain on the web: -- a ranking of all urls that have more than one \
                    incoming inter-domain link ( rank was determined by number of incoming links using wide00012 inter domain links ) -- up to \
                    a maximum of 100 most highly ranked urls per domain - top ranked pages ( up to a max of 100 ) from every linked-to domain \
                    using the wide00012 inter-domain navigational link graph";
        let c = run(vec![p(seed), p("The pier reopened on Friday.")], None);
        let kept: Vec<&str> = c.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(kept, ["The pier reopened on Friday."]);
        // `--keep page_notice` keeps every word.
        let keep: HashSet<RemovalReason> = [RemovalReason::PageNotice].into_iter().collect();
        let c = clean(vec![p("Tweet with a location you can add location information to your tweets.")], None, &keep);
        assert_eq!(c.blocks.len(), 1);
    }

    /// Regression: a one-paragraph text whose notice sentence made it "short" lost all of
    /// its story words ("no article text found" on a generated benchmark article).
    #[test]
    fn a_short_paragraph_loses_only_its_notice_sentence() {
        let c = run(
            vec![p(
                "Ines Moro said 40 people were involved. Crews cleared the pier by noon. Please enable JavaScript to watch this video.",
            )],
            None,
        );
        let kept: Vec<&str> = c.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(kept, ["Ines Moro said 40 people were involved. Crews cleared the pier by noon."]);
        assert_eq!(reasons(&c), [RemovalReason::PageNotice]);
        assert_eq!(c.removed[0].text, "Please enable JavaScript to watch this video.");
        // A paragraph that is only the notice still goes whole.
        let c = run(vec![p("The harbour authority closed the pier."), p("Please enable JavaScript to watch this video.")], None);
        assert_eq!(c.blocks.len(), 1);
        assert_eq!(reasons(&c), [RemovalReason::PageNotice]);
        // A like button goes; a reviewer's "gefällt mir" and a footnote marker are story text.
        let c = run(
            vec![
                p("Gefällt mir"),
                p("Die Fähre fährt wieder. Besonders gut gefällt mir, dass sie pünktlich ist."),
                p("[iv] The council met on Monday. It voted to rebuild the pier."),
            ],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::PageNotice]);
        assert_eq!(c.blocks.len(), 2);
    }

    /// Found on Multi-News leads: whole pages that stand in for an article (a 404 page, a
    /// cookie or login wall, a web archive's collection page) grouped as one story
    /// across unrelated clusters, 5 to 18 leads each.
    #[test]
    fn a_page_that_stands_in_for_the_article_goes_whole() {
        for wall in [
            "Sorry, the page you requested was not found. Please check the URL for proper spelling. Try the Harbour Times home page.",
            "We can't seem to find the page you're looking for. It's possible the content has expired or has been moved.",
            "Our apologies. An error occurred while setting your user cookie. Please set your browser to accept cookies to continue.",
            "Please enable cookies on your web browser in order to continue. We use cookies to customize your experience.",
            "Harbourjobs will not work properly unless browser cookie support is enabled. Learn how to enable cookies.",
            "Login login with your Harbour Journals username and password. Forgot your password? Enter the email address you registered with.",
            "Log into our community please enter your user id and password below. Thank you!",
            "Already registered? just log in: * fields are required e-mail: * password: * forgot your password?",
            "Sign in using you account with: { * loginwidget * } sign in using your harbour profile welcome back.",
            "Thank you for reading. Please purchase a subscription to continue reading. You can come back at the end of your 30-day period.",
            "Just one more thing... We have sent you a verification email. Please check your email. Close",
            "We've detected that JavaScript is disabled in your browser. Would you like to proceed to legacy Chirper? Yes",
            "Crawl of outlinks from a wiki started March, 2016. Properties of this collection.",
            "This is a set of web collections curated by a librarian using a web archive service.",
        ] {
            let c = run(vec![p("The harbour authority closed the pier on Tuesday."), p(wall)], None);
            let kept: Vec<&str> = c.blocks.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(kept, ["The harbour authority closed the pier on Tuesday."], "{wall}");
            assert_eq!(reasons(&c), [RemovalReason::PageNotice], "{wall}");
        }
        // Story text that only mentions such a page stays.
        for story in [
            "The page you requested was not found, the council's website said on Tuesday, after the pier closed.",
            "Thank you for reading the council's report, the mayor told reporters on Tuesday.",
            "Visitors said they could not log into the ferry company's booking site on Tuesday.",
        ] {
            let c = run(vec![p(story)], None);
            assert_eq!(c.blocks.len(), 1, "{story}");
        }
    }

    #[test]
    fn every_family_of_furniture_sentence_is_found() {
        // One notice of each kind before a story sentence: the pre-check must let each through.
        for notice in [
            "Add a location to your tweets when you tweet with a location.",
            "Add this video to your website by copying the code below.",
            "Rating is available when the video has been rented.",
            "This feature is not available right now.",
            "The interactive transcript could not be loaded.",
            "That way, as the pages that are referenced are changed, the old links keep working.",
            "The seed for this crawl was a list of every host.",
            "These files are currently not publicly accessible.",
            "We have sent you a verification email.",
            "Notice: you must log in to continue.",
            "Email notifications are only sent once a day.",
            "Close Get email notifications on Ada Lind daily!",
            "Whenever Ada Lind posts new content, you'll get an email delivered to your inbox with a link.",
            "The news and stories that matter, delivered weekday mornings.",
            "Get daily updates directly to your inbox.",
            "This will appear next to all of your comments.",
            "To order presentation-ready copies for distribution, visit the reprints desk.",
            "Please try again later.",
        ] {
            let c = run(vec![p(&format!("{notice} The pier reopened on Friday."))], None);
            let kept: Vec<&str> = c.blocks.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(kept, ["The pier reopened on Friday."], "{notice}");
        }
    }

    #[test]
    fn related_list_items_follow_their_label() {
        let c = run(
            vec![
                p("Body text of the story goes here and is long enough."),
                p("Read more:"),
                Block::new("Port strike ends", BlockKind::ListItem),
                Block::new("New ferry ordered", BlockKind::ListItem),
                p("Final body paragraph."),
            ],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::RelatedLinks; 3]);
        assert_eq!(c.blocks.len(), 2);
    }

    #[test]
    fn date_lines_with_weekdays_times_and_updates() {
        assert!(date_only_line("Updated 5:27 am CST, Wednesday, November 20, 2019"));
        assert!(date_only_line("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018"));
        assert!(date_only_line("Nov. 19, 2019, 8:41 AM UTC"));
        assert!(!date_only_line("The ferry will sail again on November 20, 2026, officials said."));
        assert!(!date_only_line("2019"));
    }

    #[test]
    fn urls_bios_and_toolbar_words() {
        let c = run(
            vec![
                p("The harbour authority suspended all ferry crossings on Tuesday, officials said."),
                p("https://harbourtimes.example/news/2026/11/10/fire"),
                p("Print"),
                p("Order Reprints"),
                p("Ada Lind is a senior reporter for the Harbour Times."),
            ],
            None,
        );
        assert_eq!(
            reasons(&c),
            [RemovalReason::LinkOnly, RemovalReason::ShareWidget, RemovalReason::ShareWidget, RemovalReason::AuthorBio]
        );
    }

    #[test]
    fn ads_notices_galleries_and_timestamps() {
        let c = run(
            vec![
                p("The harbour authority suspended all ferry crossings on Tuesday, officials said."),
                p("ADVERTISEMENT"),
                p("This slideshow requires JavaScript."),
                p("[button link=\"x\"] Send us your review[/button]"),
                p("Image 2 of 5"),
                p("segunda-feira, 22 de janeiro de 2018 às 0:13"),
                p("Officials said the pier would reopen next month."),
            ],
            None,
        );
        assert_eq!(
            reasons(&c),
            [
                RemovalReason::AdLabel,
                RemovalReason::PageNotice,
                RemovalReason::PageNotice,
                RemovalReason::ImageCredit,
                RemovalReason::DateLine
            ]
        );
        assert_eq!(c.blocks.len(), 2);
    }

    #[test]
    fn a_related_label_near_the_end_takes_the_teasers_with_it() {
        let c = run(
            vec![
                p("The harbour authority suspended all ferry crossings on Tuesday, officials said."),
                p("Officials said the pier would reopen next month, after repairs."),
                Block::new("You may also like", BlockKind::Heading),
                p("Port strike ends after two weeks of talks between unions and owners."),
                p("New ferry ordered for the Selka route, the council confirmed."),
            ],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::RelatedLinks; 3]);
        assert_eq!(c.blocks.len(), 2);
    }

    #[test]
    fn leaked_markup_is_removed() {
        let c = run(
            vec![p("Body text here."), p("<img height=\"1\" width=\"1\" src=\"https://t.example/p\"> <iframe src=\"x\"></iframe>")],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::Markup]);
    }

    #[test]
    fn a_stylesheet_in_the_text_is_markup() {
        let css =
            ".gmobile { width:100%; padding-top:20px; border-top:1px solid #cccccc; } .image-wrap { margin-right:15px; float:left; } \
                   .image-wrap img { width:100px; height:100px; } .bio-text { text-align:left; font-family:Helvetica, Arial, sans-serif; }";
        let c = run(vec![p("Body text here about the ferry strike in Selka."), p(css)], None);
        assert_eq!(reasons(&c), [RemovalReason::Markup]);
        // One rule to a paragraph, after a media query or alone.
        for one in [
            "@media screen and (max-width: 600px) {\n.gmobile {\nheight: 275px !important;\n}.",
            ".facebook-bio {\n    padding-left: 80px;\n}.",
        ] {
            let c = run(vec![p("Body text here about the ferry strike in Selka."), p(one)], None);
            assert_eq!(reasons(&c), [RemovalReason::Markup], "{one}");
        }
        // Prose that holds braces is no stylesheet.
        let c = run(
            vec![
                p("Body text here about the ferry strike in Selka."),
                p("The union's set {pay: up; hours: down} was read out, and the crews {all of them} cheered."),
                p("The crews' demands {pay: up; hours: down}."),
            ],
            None,
        );
        assert!(reasons(&c).is_empty(), "{:?}", reasons(&c));
    }

    #[test]
    fn credits_reading_times_and_dated_bylines() {
        let c = run(
            vec![
                p("By Mike Wuerthele and Malcolm Owen / Monday, November 18, 2019, 04:05 pm PT"),
                p("The harbour authority suspended all ferry crossings on Tuesday, officials said."),
                p("Patrick Semansky, ASSOCIATED PRESS"),
                p("Tempo de leitura: 1 minuto"),
                p("Share it with a friend!"),
                p("If you buy something through this post, the site may get a share of the sale."),
                p("Back to top"),
            ],
            None,
        );
        assert_eq!(
            reasons(&c),
            [
                RemovalReason::Byline,
                RemovalReason::ImageCredit,
                RemovalReason::PageNotice,
                RemovalReason::ShareWidget,
                RemovalReason::Affiliate,
                RemovalReason::PageNotice
            ]
        );
        assert_eq!(c.byline.as_deref(), Some("By Mike Wuerthele and Malcolm Owen"));
        assert_eq!(c.date_line.as_deref(), Some("Monday, November 18, 2019, 04:05 pm PT"));
    }

    /// Found on a storm round-up: a correction at the top ("An earlier version of this
    /// article said the terminal would reopen on Wednesday") stood in the body, and its
    /// wrong date became an event of the story.
    #[test]
    fn an_editor_s_correction_is_about_the_article() {
        let c = run(
            vec![
                p("Correction: An earlier version of this article said the terminal would reopen on Wednesday. It will reopen on Thursday."),
                p("Storm Halvar swept across the coast overnight on Sunday, cutting power to 62,000 homes."),
                p("The correction of prices on the exchange went on for a week, traders said."),
                p("Editor's note: This story has been updated with comment from the operator."),
            ],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::Correction, RemovalReason::Correction]);
        assert_eq!(c.blocks.len(), 2);
    }

    /// Found on an opinion column: "Opinion | 27 November 2026" was a section label, and
    /// the date went with it.
    #[test]
    fn a_date_beside_a_section_s_name_dates_the_article() {
        let c = run(vec![p("Opinion | 27 November 2026"), p("Once again the government has decided that it knows best.")], None);
        assert_eq!(reasons(&c), [RemovalReason::SectionLabel]);
        assert_eq!(c.date_line.as_deref(), Some("27 November 2026"));
    }

    /// Found on a markets report in plain text: the byline and a "Published" line were one
    /// block, and the date was lost (every relative date went unanchored).
    #[test]
    fn a_published_line_under_the_byline_dates_the_article() {
        let c = run(
            vec![
                p("By Ola Strand, Markets Reporter Published 2026-11-20"),
                p("Shares in Vellmark Industries fell 14 percent on Thursday after a profit warning."),
            ],
            None,
        );
        assert_eq!(c.byline.as_deref(), Some("By Ola Strand, Markets Reporter"));
        assert_eq!(c.date_line.as_deref(), Some("Published 2026-11-20"));
    }

    #[test]
    fn a_blog_s_posted_by_line_is_a_byline() {
        // A blog's meta line names the author and the day; it is no sentence of the post
        // (it showed up as an event in the story's timeline).
        let c = run(
            vec![
                p("Posted by Kim Sallow on November 21, 2026"),
                p("Ferry crossings between Port Aven and the islands restarted on Friday."),
                p("Posted by popular demand, here is the full list of crossings for the winter."),
            ],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::Byline]);
        assert_eq!(c.byline.as_deref(), Some("Posted by Kim Sallow"));
    }

    #[test]
    fn press_release_boilerplate_timestamps_and_appeals() {
        let c = run(
            vec![
                p("The harbour authority suspended all ferry crossings on Tuesday, officials said."),
                p("Updated at 1:23 p.m."),
                p("Support Snopes and make a difference for readers everywhere."),
                p("Harbour Systems is a global solutions provider focused on port logistics and ferry scheduling software."),
            ],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::DateLine, RemovalReason::SubscribePrompt, RemovalReason::AboutBoilerplate]);
        // Found on a press release: the company section under its heading (lines joined into
        // one block) and the contact line after it.
        let c = run(
            vec![
                p("Vellmar Technologies today announced the Lumen 4, a phone that runs for seven days."),
                p("About 200 people queued outside the Tessvik store on launch day."),
                p("About Vellmar Technologies Vellmar Technologies ASA (OSE: VELL) designs phones for the Nordic market."),
                p("Media contact: press@vellmar.example"),
            ],
            None,
        );
        assert_eq!(reasons(&c), [RemovalReason::AboutBoilerplate, RemovalReason::AboutBoilerplate]);
        assert_eq!(c.blocks.len(), 2);
        let c = run(
            vec![
                p("Body text of the story."),
                p("2 months ago"),
                p("Was this article helpful?"),
                p("Möchten Sie den Artikel teilen?"),
                p("Sie sind aktuell nicht eingeloggt."),
            ],
            None,
        );
        assert_eq!(
            reasons(&c),
            [RemovalReason::DateLine, RemovalReason::PageNotice, RemovalReason::ShareWidget, RemovalReason::SubscribePrompt]
        );
        // Only at the very end: the same sentence mid-article is content.
        let c = run(vec![p("Harbour Systems is a global provider of port software."), p("It won the contract on Monday.")], None);
        assert!(c.removed.is_empty());
    }

    #[test]
    fn keep_switches_a_rule_off() {
        let keep: HashSet<RemovalReason> = [RemovalReason::ImageCredit].into_iter().collect();
        let c = clean(vec![p("Body."), p("Photo: Mara Quint")], None, &keep);
        assert!(c.removed.is_empty());
        assert_eq!(c.blocks.len(), 2);
    }

    #[test]
    fn body_sentences_that_mention_keywords_are_kept() {
        let c = run(vec![
            p("Ferry crossings resumed."),
            p("The minister said the newsletter scandal had cost the party dearly, and that voters would subscribe to a different view of events before long, according to two aides who spoke on condition of anonymity about internal polling and strategy sessions held over the weekend."),
            p("By the end of the day, crews had cleared the pier."),
        ], None);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn markdown_images_become_captions() {
        let c = run(vec![p("Body."), p("![Crews at the pier](pier.jpg)")], None);
        assert_eq!(reasons(&c), [RemovalReason::MarkdownImage]);
        assert_eq!(c.captions, ["Crews at the pier"]);
    }
}
