//! Word lists and patterns: the cues, and the words that open, end or cannot be a speaker's phrase.

use regex::Regex;
use std::sync::LazyLock;

/// Cue words and phrases: verbs of saying, thinking and stance, in their
/// inflected forms (whether one is used as a cue is decided in `cue.rs`).
pub(crate) const CUES: &str = r"want|refused|refuses|refusing|sought|seeking|seeks|feel|felt|prefer|prefers|preferred|expressed|expresses|sees|spoke of|spoke about|talked about|talks about|talking about|warned against|voted against|called on|calls on|pointed to|points to|referred to|referring to|speaking of|speaking about|railed against|lashed out at|said|says|say|saying|told|tells|telling|added|adds|adding|wrote|writes|writing|stated|states|reiterated|reiterates|assured|assures|warned|warns|warning|claim|claimed|claims|claiming|denied|denies|noted|notes|noting|confirmed|confirms|argued|argues|arguing|insisted|insists|explained|explains|announced|announces|declared|declares|suggested|suggests|acknowledged|acknowledges|admitted|admits|asked|asks|replied|replies|responded|responds|recalled|predicted|predicts|tweeted|tweets|retweeted|commented|countered|retorted|groused|scoffed|fumed|griped|grumbled|mused|marveled|opined|recounted|reasoned|surmised|posited|texted|shot back|fired back|chimed in|underscores|reaffirmed|affirmed|proclaimed|emailed|learned|requested|finds|agree|accusing|touted|touts|touting|assailed|reminded|remembers|remembered|realized|bemoaned|made clear|made it clear|defending|portraying|refer to|refuse|pointing out|refers to|reported|reports|contended|contends|maintained|maintains|conceded|concedes|charged|charges|alleged|alleges|vowed|vows|promised|promises|pledged|believes|believed|thinks|thought|estimated|estimates|concluded|concludes|emphasized|emphasised|stressed|stresses|pointed out|points out|cautioned|told reporters|believe|expects|expected|hope|hopes|hoped|fear|fears|feared|wants|wanted|urged|urges|accused|accuses|criticized|criticised|criticizes|praised|praises|championed|champions|championing|blamed|blames|endorsed|endorses|backs|backed|described|describes|disputed|disputes|questioned|questions|revealed|reveals|showed|shows|found|indicated|indicates|signaled|signalled|called for|calls for|demanded|demands|complained|complains|boasted|boasts|joked|jokes|mocked|mocks|slammed|slams|attacked|attacks|defended|defends|proposed|proposes|agreed|agrees|disagreed|recommended|recommends|insisting|suggesting|explaining|acknowledging|describing|calling|called|calls|show|showing|indicate|indicating|reveal|revealing|declined|rejected|dismissed|blasted|acknowledge|add|admit|admitting|advise|advises|advising|allege|alleging|announce|announcing|answered|applaud|applauds|applauded|applauding|argue|ask|asking|assert|asserts|asserted|asserting|assure|assuring|blame|blaming|blasts|blasting|boast|boasting|brags|caution|cautions|cautioning|challenged|challenging|characterize|characterizes|characterized|characterizing|chant|chants|chanted|chanting|cite|cites|cited|citing|complain|complaining|conceding|conclude|concluding|condemn|condemns|condemned|condemning|confess|confesses|confessed|confessing|confirm|confirming|congratulate|congratulates|congratulated|congratulating|contend|contending|criticize|criticizing|criticise|criticises|criticising|decry|decries|decried|decrying|declare|declaring|denounce|denounces|denounced|denouncing|denying|deplore|deplores|deplored|deploring|describe|detailed|detailing|disagree|disagrees|disagreing|disclose|discloses|disclosed|disclosing|dismiss|dismisses|dismissing|disputing|doubts|doubted|doubting|downplay|downplays|downplayed|downplaying|echoed|echoing|emphasize|emphasizes|emphasizing|emphasise|emphasises|emphasising|endorse|endorsing|estimate|estimating|explain|expect|expecting|extol|extols|fearing|hails|hailed|hailing|highlight|highlighted|highlighting|hint|hints|hinted|hinting|hoping|imply|implies|implied|implying|insist|joking|knew|knows|knowing|know|known|labeled|labeling|lament|laments|lamented|lamenting|laud|lauds|lauded|lauding|mention|mentions|mentioned|mentioning|mocking|objects|objected|objecting|observe|observes|observed|observing|oppose|opposes|opposed|opposing|outlined|outlining|plead|pleads|pleaded|pleading|pledges|pledging|predict|predicting|praising|promising|propose|proposing|questioning|quip|quips|quipped|quipping|recall|recalls|recalling|recommend|recommending|reiterate|reiterating|reject|rejects|rejecting|remarked|remarking|repeated|repeating|replying|reporting|respond|responding|ridicule|ridicules|ridiculed|ridiculing|slam|speculate|speculates|speculated|speculating|stating|stressing|suggest|swore|swears|swearing|swear|sworn|testify|testifies|testified|testifying|thanked|thanking|thinking|think|threaten|threatens|threatened|threatening|tweeting|urge|urging|vowing|warn|worried|worrying|write|written|bragged|bragging|extolled|extolling|slamming|echoes|understand|understands|understood|understanding|wonder|wonders|wondered|wondering|consider|considers|considered|considering|wish|wished|planned|planning|decides|decided|deciding|discuss|discusses|discussed|discussing|offered|offering|demanding|admire|admires|admired|liken|likens|likened|convince|convinced|persuade|persuaded|persuading|encourage|encourages|encouraged|encouraging|supported|supporting|supports|support|see|plans|seemed|seems|appears|appeared|appear|reacted|voted for|voted to|signed|seen as|backing|call for|took aim at|takes aim at|taking aim at|took issue with|takes issue with|would like to|'d like to|’d like to|came out against|comes out against|spoke out against|campaigned against|turned against|argued against|fought against|pushed back against|spoken out against|clashed over|sparred over|battled over|clashed with|sparred with|spoke out|speak out|speaks out|speaking out|brought up|raised concerns|raised questions|raised the possibility|put it|puts it|made the case|makes the case|making the case|make the case|weighed in|weighs in|weigh in|weighing in|embraced|embraces|embrace|embracing|hammered|hammers|hammering|ripped|rips|knocked|knocks|bashed|bashes|bashing|derided|derides|chided|chides|lambasted|lambastes|scolded|rebuked|rebukes|needled|skewered|excoriated|hit back|hits back|hitting back|singled out|zeroed in on|concerned that|concerned about|confident that|convinced that|skeptical of|skeptical that|optimistic that|frustrated with|frustrated by|frustrated that|disappointed that|disappointed in|angry at|angry about|upset about|upset with|upset that|pleased with|pleased that|intends to|intend to|intended to|aims to|aimed to|determined to|eager to|willing to|reluctant to|sure that|aware that|aware of|certain that|ruled that|determined that|held that|deemed|dubbed|branded|termed|projected|call|saw|view|ordered|named|portrayed|portrays|portray|referenced|references|referencing|invoked|invokes|invoking|invoke|mock|recognize|recognized|recognizes|talked|worry about|worries about|worry|worries|favored|favors|favor|express|promote|promoted|promotes|promoting|pressed|apologized for|apologized|documented|shouted|reminding|informed|balked at|balked|titled|nominated|forecast|forecasts|promise to|promises to|promise|laid out|lays out|laying out|offer|offers|delivered|delivers|delivering|focused on|focusing on|focuses on|cast|identified|identifies|critical of|supportive of|proud of|confident in|upbeat about|hopeful that|hopeful about|wary of|sceptical of|optimistic about|pessimistic about|adamant that|adamant about|enthusiastic about|doubtful that|unhappy with|happy with|looking forward to|looks forward to|made no secret of|makes no secret of|mulling|considering whether|vying for|pushing for|pushed for|pushes for|lobbied for|lobbying for|campaigning for|fighting for|advocated|advocating|spoken about|talking up|talked up|played up|playing up|played down|playing down|issued a statement|issues a statement|issued a joint statement|issued a press release|went after|goes after|going after|hit out at|hits out at|insinuated|insinuates|alluded to|alludes to|alluding to|shrugged off|brushed off|brushed aside|shrugs off|disavowed|disavow|disavows|stood by|stands by|standing by|doubled down on|doubles down on|doubling down on|took credit for|takes credit for|taking credit for|claimed credit for|touched on|touches on|touching on|relished|relishes|savaged|savaging|savages|took shots at|taking shots at|taken shots at|takes shots at|took a shot at|taking a shot at|turned his fire on|turned her fire on|turns his fire on|turns her fire on|turned their fire on|welcomed|welcomes|welcoming|suspected|teased|teasing|teases|framed|framing|frames|would vote for|will vote for|plans to vote for|plan to vote for|praise for|lashing out at|lashes out at|lashed out against|pushed back|pushing back|pushes back|zeroing in on|zeroes in on|berated|berating|berates|spoke highly of|speaks highly of|spoken highly of|heralded|heralding|heralds|reassured|reassuring|reassures|contemplating|contemplated|contemplates|envisioned|envisions|envision|envisioning|took a jab at|taking a jab at|jabbed at|apologizing|apologizes|apologize|insulted|insulting|imagined|imagines|sounded off|sounding off|chiding|disparaged|disparaging|disparages|belittled|belittling|belittles|rebuking|assailing|assails|pressing for|pressed for|presses for|dismissive of|vocal about|vocal in|furious at|furious about|furious over|angry over|hostile to|skeptical about|sceptical about|voiced|distanced himself from|distanced herself from|distanced themselves from|distancing himself from|distancing herself from|sided with|siding with|sides with|attributed|unveiled|fierce critic of|vocal critic of|harsh critic of|outspoken critic of|staunch critic of|frequent critic of|sympathetic to|passionate about|makes no apologies for|made no apologies for|make no apologies for|mince words|exposed|devoted to|noticed|released a statement|vouched for|vouching for|vouches for|counting on|reflecting on|reflected on|reflects on|ticked off|took some shots at|trumpeting|trumpeted|trumpets|underscored|underscoring|quick to point out|split on|looking for|renounced|renouncing|renounces|gushed|gushing|gushes|pondered|pondering|ponders|point to|push for|balk at|balks at|balking at|chime in|chimes in|chiming in|single out|singles out|singling out|turn against|turns against|turning against|vote against|votes against|voting against|looked forward to|look forward to|speaks of|speaks about|speak of|speak about|commenting|recounts|recounting|proclaims|proclaiming|affirms|affirming|released the following statement|issued the following statement|put out a statement|puts out a statement|posted a statement|released a joint statement|releases a statement|posted|answers|yelled|yells|yelling|barked|barks|boomed|booms|jeered|jeers|interjected|interjecting|interjects|thundered|thunders|continued|went on|implored|implores|imploring|guessed|guesses|elaborated|elaborates|elaborating|clarified|clarifies|clarifying|confided|confides|reckoned|reckons|commended|commends|commending|rebutted|rebuts|refuted|refutes|contradicted|contradicts|concurred|concurs|gloated|gloats|crowed|taunted|taunts|depicted|depicts|depicting|calculated|calculates|assessed|assesses|hypothesized|postulated|suggestion that|suggestions that|assurances that|assurance that|promise that|pledge that|vow that|belief that|beliefs that|assertion that|assertions that|statement that|statements that|warnings that|argument that|insistence that|remark that|remarks that|contention that|acknowledgment that|acknowledgement that|report that|reports that|reply|accuse|stress that|note that|demand that|charge that|concede that|concede|question whether|questioned whether|questioning whether|suspect that|suspects that|assume that|assumes that|assumed that|figure that|figured that|figures that|published|publishes|retorting|retorts|fuming|fumes|musing|muses|griping|gripes|grumbling|grumbles|scoffing|scoffs|underlined|underlining|underlines|rebutting|opines|opining|countering|reaffirms|reaffirming|reasserted|reasserts|insinuating|scolding|scolds|reprimanded|reprimands";

/// Any cue of [`CUES`] as a whole word.
pub(crate) static CUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)(?:{CUES})(?-u:\b)")).unwrap());

/// Whether `w` is, all of it, one cue of [`CUES`] ("said"; not "unsaid" nor "said,").
pub(crate) fn is_cue_word(w: &str) -> bool {
    CUE.find(w).is_some_and(|m| m.start() == 0 && m.end() == w.len())
}

/// Whether `w` reads as a gerund or participle in "-ing" ("pointing", "wasting"): a
/// lowercase word of five letters or more; a compound adjective ("left-leaning") is none.
pub(crate) fn is_gerund(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase) && !w.contains('-')
}

/// The cues of a title-case headline, which capitalises every word ("Graham Says …",
/// "Sanders Promises …"), in any case; also a participle opening a sentence
/// ("Noting that …, Lind said").
pub(crate) static CUE_HEADLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)(?-u:\b)(?:{CUES})(?-u:\b)")).unwrap());

/// Adverbs that hedge a claim as someone else's without naming them.
pub(crate) static HEDGES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(reportedly|allegedly|purportedly|supposedly)(?-u:\b)").unwrap());

/// "according to" and "as reported by", cues whose source follows them.
/// "in their view", "in Professor Ahl's view": a holder's view set off in the clause it
/// reports (`holder` is the possessive; `cue` is "view").
pub(crate) static IN_VIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Ii]n (?P<holder>his|her|their|its|our|my|(?:[A-Z][\w.\-]* ){0,3}[A-Z][\w.\-]*(?:'s|’s|s'|s’)) (?P<cue>view|opinion)(?-u:\b)").unwrap()
});

pub(crate) static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Aa]ccording to|[Aa]s (?:(?:first|previously|originally|initially|also) )?(?:reported|noted|stated|described|revealed|detailed) by)(?-u:\b)").unwrap()
});

/// Cues that take a person or organisation as their whole content ("endorsed Lind").
pub(crate) const STANCE: &[&str] = &[
    "backed",
    "backs",
    "endorsed",
    "endorses",
    "attacked",
    "attacks",
    "criticized",
    "criticised",
    "criticizes",
    "praised",
    "praises",
    "blamed",
    "blames",
    "slammed",
    "slams",
    "accused",
    "accuses",
    "mocked",
    "mocks",
    "defended",
    "defends",
    "supported",
    "supports",
    "support",
    "blasted",
    "blasts",
    "condemned",
    "condemns",
    "denounced",
    "denounces",
    "lauded",
    "lauds",
    "thanked",
    "ridiculed",
    "questioned",
    "applauded",
    "hailed",
    "congratulated",
    "opposed",
    "opposes",
    "dismissed",
    "rejected",
    "chastised",
    "scolded",
    "critical of",
    "supportive of",
    "proud of",
    "wary of",
    "went after",
    "goes after",
    "hit out at",
    "pushed for",
    "pushing for",
    "oppose",
    "criticize",
    "criticise",
    "endorse",
];

/// Words that cannot be a speaker on their own.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "and",
    "but",
    "or",
    "so",
    "then",
    "also",
    "as",
    "which",
    "that",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "not",
    "never",
    "having",
    "being",
    "including",
    "previously",
    "later",
    "once",
    "repeatedly",
    "however",
    "recently",
    "together",
    "when",
    "where",
    "with",
    "the",
    "a",
    "an",
    "any",
    "to",
    "in",
    "of",
    "for",
    "on",
    "at",
    "by",
    "from",
    "it's",
    "there",
    "while",
    "because",
    "although",
    "though",
    "if",
    "unless",
    "whether",
];

/// Words ending in `-ly` that are no adverbs (some of them can speak).
pub(crate) const LY_NOUNS: &[&str] = &["family", "ally", "assembly", "monopoly", "rally", "italy", "supply", "july"];

/// Prepositions and subordinators that open a clause before its subject
/// ("During his years in office, …"); a clause they open says no content.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "when",
    "while",
    "if",
    "although",
    "since",
    "as",
    "for",
    "with",
    "without",
    "by",
    "from",
    "under",
    "despite",
    "over",
    "among",
    "because",
    "once",
    "throughout",
    "amid",
    "until",
    "across",
    "within",
    "through",
    "whenever",
    "unless",
    "like",
    "unlike",
    "beyond",
    "besides",
];

/// Words before a passive participle that leave out its "be" ("…, she said when asked
/// whether …", "after being asked about …"): the participle names no speaker.
pub(crate) const REDUCED_PASSIVE_OPENERS: &[&str] = &["when", "whenever", "if", "after", "while", "unless", "until", "being"];

/// Other openers of a sentence that are not its subject (with [`CLAUSE_OPENERS`]).
pub(crate) const NOT_SUBJECT: &[&str] = &[
    "though",
    "yesterday",
    "today",
    "last",
    "this",
    "but",
    "and",
    "so",
    "it",
    "there",
    "here",
    "what",
    "how",
    "why",
    "to",
    "earlier",
    "later",
    "still",
    "yet",
    "however",
    "meanwhile",
    "instead",
    "then",
    "now",
    "also",
    "again",
];

/// Words that open or link a clause, besides the auxiliaries and verbs of
/// [`SUBJECT_END`]: a phrase holding one is no noun phrase, and a piece
/// opening with one is no appositive.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "be", "been", "as", "when", "where", "after", "before", "because", "while", "if", "since", "until", "unless", "whether", "although",
    "though", "whom", "whose", "it's", "there",
];

/// Words that open a gerund's object or particle ("making it clear", "taking slams at",
/// "rushing to TV"): after a lowercase -ing word they make it a verb, not a noun's
/// modifier ("fundraising documents").
pub(crate) const GERUND_OBJECT_STARTS: &[&str] = &[
    "a", "an", "the", "her", "his", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some", "it", "him", "them",
    "me", "us", "on", "in", "into", "at", "to", "for", "about", "with", "over", "up", "out", "off", "down",
];

/// Determiners and quantifiers that open a noun phrase ("the mayor", "many engineers").
pub(crate) const DETERMINERS: &[&str] =
    &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "many", "most", "some", "several", "both", "these", "those"];

/// Personal pronouns that can be the subject of a cue.
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it"];

/// Days of the week and their relatives, lower-cased: a time, never a speaker.
pub(crate) const DAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"];

/// Words of a time phrase that may open a sentence before its subject ("Hours later, …").
pub(crate) const TIME_WORDS: &[&str] = &[
    "later",
    "earlier",
    "ago",
    "before",
    "after",
    "last",
    "next",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "day",
    "days",
    "morning",
    "afternoon",
    "evening",
    "night",
    "hours",
    "minutes",
    "moments",
    "decade",
    "weekend",
    "tonight",
    "today",
    "past",
    "hour",
    "yesterday",
];

/// Sentence adverbs that open a sentence before its subject ("Recently, the
/// council …"). A closed list: names end in `-ly` too ("Kelly, a ferry operator, …").
pub(crate) const OPENING_ADVERBS: &[&str] = &[
    "recently",
    "finally",
    "additionally",
    "separately",
    "similarly",
    "ultimately",
    "eventually",
    "currently",
    "previously",
    "initially",
    "originally",
    "subsequently",
    "consequently",
    "accordingly",
    "fortunately",
    "unfortunately",
    "notably",
    "importantly",
    "interestingly",
    "ironically",
    "clearly",
    "obviously",
    "apparently",
    "reportedly",
    "allegedly",
    "likewise",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "luckily",
    "unluckily",
    "happily",
    "unhappily",
    "sadly",
    "thankfully",
    "hopefully",
    "briefly",
];

/// Words that end a subject: the verb that follows it.
pub(crate) const SUBJECT_END: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does",
    "do", "sent", "told", "made", "took", "gave", "went", "came", "met", "wrote", "held", "won", "lost", "left", "led", "put", "set",
    "ran", "said", "says", "also", "not", "who", "which", "that", "drew", "drove", "spoke", "broke", "chose", "began", "fell", "rose",
    "grew", "knew", "threw", "flew", "saw", "felt", "kept", "brought", "bought", "thought", "caught", "fought", "sought", "stood",
    "became", "hit", "cut", "meant", "spent", "built", "paid", "laid", "sold", "heard", "found", "struck", "swore", "tore", "got", "faces",
    "faced", "shook", "sat", "shot", "wore", "withdrew", "hung", "stuck", "fled", "forgot", "froze", "swung", "sank", "woke", "dealt",
    "stole", "rode", "sang", "rang", "hid", "dug", "spun", "slid", "withheld", "upheld", "overtook", "mistook", "oversaw", "overcame",
    "forbade", "forgave", "slept", "wept", "swept", "lent", "bent", "sped", "fed", "bled", "bred", "clung", "flung", "stung", "strode",
    "strove", "arose", "awoke", "bid", "quit", "shut", "split", "spread", "cast", "burst", "thrust",
];

/// Whether `w` reads as a finite verb after a subject: a word of [`SUBJECT_END`] or a past
/// form in "-ed" of five letters or more ("was", "renewed"; not "red", "bed").
pub(crate) fn verb_like(w: &str) -> bool {
    SUBJECT_END.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
}

/// Lowercase prepositions that a run-in heading holds and a name does not
/// (names keep "of": "Bank of America").
pub(crate) const HEADING_PREPOSITIONS: &[&str] = &["on", "to", "by", "for", "in", "with", "at", "from", "about", "after", "over"];

/// Labels of any case before a colon that introduce a heading, a list or a
/// note, not a speaker ("Revealed: …", "The Latest: …", "Contributing: …").
pub(crate) const LEAD_LABELS: &[&str] = &[
    "revealed",
    "contributing",
    "correction",
    "breaking",
    "remember",
    "plus",
    "update",
    "related",
    "exclusive",
    "watch",
    "also",
    "bonus",
    "note",
    "editor's note",
    "the latest",
    "read more",
    "see also",
    "photos",
    "video",
    // connectives that open a summary or the next point ("Briefly: in our opinion …")
    "briefly",
    "finally",
    "lastly",
    "meanwhile",
    "however",
    "in short",
    "in sum",
    "in summary",
    "in conclusion",
    "in other words",
    "bottom line",
    "the bottom line",
];

/// Words after "declined" that make it a fall, not a refusal ("the white metal declined
/// once again", "shares declined by 4%"); an -ly adverb or a figure does too.
pub(crate) const DECLINE_FALLS: &[&str] = &[
    "once",
    "again",
    "further",
    "more",
    "less",
    "by",
    "from",
    "in",
    "after",
    "for",
    "over",
    "since",
    "during",
    "as",
    "than",
    "throughout",
    "below",
    "under",
    "toward",
    "towards",
    "into",
    "amid",
    "while",
    "until",
    "because",
    "and",
    "but",
    "or",
    "then",
    "even",
    "still",
    "too",
    "also",
    "steadily",
    "somewhat",
    "much",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
];

/// Words before "to" and a cue verb that make the infinitive nobody's report: "enough to
/// confirm", "reasons to consider", "when it comes to speaking about" ("the first to say",
/// "found ways to cast herself", "came to recognize" are reports).
pub(crate) const INFINITIVE_HEADS: &[&str] = &["enough", "reason", "reasons", "comes"];

/// What "a" or "an" after "declined" measures when the word is a fall: "declined a bit",
/// "declined a fraction".
pub(crate) const DECLINE_DEGREES: &[&str] =
    &["bit", "little", "lot", "further", "fraction", "point", "percent", "third", "quarter", "half", "tenth"];

/// Verbs contracted onto a pronoun, after the apostrophe: "he’s", "they're", "I'm".
pub(crate) const CONTRACTIONS: &[&str] = &["s", "re", "m", "ve", "ll", "d"];

/// Verbs that `verb_like` misses and that end an infinitive cue's subject ("Ramos used his
/// speech to call for …", "Lind didn't want to say …").
pub(crate) const VERBS_BEFORE_INFINITIVE: &[&str] =
    &["am", "been", "used", "uses", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t"];

/// Pronouns a verb is contracted onto in a speaker ("He’s", "they're", "I’m"); "let's",
/// "there's" and "that's" are no speakers to cut down to.
pub(crate) const CONTRACTING_PRONOUNS: &[&str] = &["he", "she", "it", "who", "they", "we", "you", "i"];

/// Capitalised labels before a colon that introduce an editor's note, not a speaker.
pub(crate) const NOTE_LABELS: &[&str] = &[
    "CLARIFICATION",
    "CORRECTION",
    "CORRECTIONS",
    "UPDATE",
    "UPDATED",
    "NOTE",
    "RELATED",
    "WATCH",
    "READ",
    "VIDEO",
    "PHOTOS",
    "BREAKING",
    "EXCLUSIVE",
    "ANALYSIS",
    "OPINION",
    "COMMENTARY",
    "ADVERTISEMENT",
    "DISCLOSURE",
    "PREVIOUSLY",
    "EARLIER",
];

/// How far after a quotation its cue may sit, in bytes: far enough for a
/// speaker with a long appositive ("…,” Scott Pruitt, the Republican attorney
/// general of Oklahoma, one of the states suing the agency, said).
pub(crate) const TAIL_CUE_REACH: usize = 140;

/// Auxiliaries, modals and adverbs that sit between a speaker and the cue ("has long
/// said", "may argue").
pub(crate) const CUE_AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "may",
    "might",
    "could",
    "can",
    "should",
    "must",
    "still",
    "also",
    "previously",
    "repeatedly",
    "long",
    "once",
    "again",
    "then",
    "later",
    "now",
    "even",
    "never",
    "already",
    "only",
    "just",
    "not",
    "first",
    "both",
    "be",
    "been",
    "did",
    "does",
    "do",
    "didn't",
    "didn’t",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "wouldn't",
    "wouldn’t",
    "cannot",
    "can't",
    "can’t",
    "couldn't",
    "couldn’t",
    "won't",
    "won’t",
    "shouldn't",
    "shouldn’t",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "isn't",
    "isn’t",
    "aren't",
    "aren’t",
    "hadn't",
    "hadn’t",
    "often",
    "usually",
    "sometimes",
    "always",
    "rarely",
    "seldom",
    "kept",
    "keeps",
    "began",
    "begins",
    "started",
    "starts",
];

/// Words that open another clause after a comma ("…, he said, but …").
pub(crate) const CLAUSE_LINKS: &[&str] = &["but", "and", "or", "so", "yet", "while", "although", "though"];

/// Cues of saying or thinking that can be set off by commas inside the words they report
/// ("This campaign, he says, is different"; "…, they say, but …").
pub(crate) const PARENTHETICAL_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "argued",
    "argues",
    "argue",
    "noted",
    "notes",
    "insisted",
    "insists",
    "concluded",
    "wrote",
    "writes",
    "believe",
    "believes",
    "think",
    "thinks",
    "warned",
    "warns",
    "claimed",
    "claims",
    "predicted",
];

/// Verbs of evidence that a record or a poll may be said to do, set off by commas after
/// the clause they report ("The ferry was insured for $35 million, records show, and …"),
/// with their source before them: never inverted as "…, show records".
pub(crate) const EVIDENCE_CUES: &[&str] = &["show", "shows", "showed", "found", "indicates", "indicate", "suggest", "suggests"];

/// Forms of "be" that make a participle after them passive ("was accused", "is expected").
pub(crate) const BE_FORMS: &[&str] = &["is", "was", "are", "were", "be", "been", "being"];

/// Dashes that set off an attribution or a clause.
pub(crate) const DASHES: [char; 3] = ['—', '–', '―'];

/// Verbs of speech that sign a quotation right after it, with a short subject: a
/// sentence that is only "Bush said." after a quotation, or an aside between dashes
/// ("- “…,” he said - and argued …").
pub(crate) const SIGNING_VERBS: &[&str] = &["said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "replied"];

/// Punctuation that ends a speaker's phrase after its cue.
pub(crate) const PHRASE_STOPS: [char; 9] = [',', ';', ':', '“', '"', '(', DASHES[0], DASHES[1], DASHES[2]];

/// When and where words were said, right after the cue: "Friday afternoon",
/// "in a statement", "on Twitter", "last week", and a date ("on November 10",
/// "on 12 March 2024", "in October", "in 2019").
pub(crate) static SETTING: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    let date = format!(
        r"(?:on\s+)?(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?(?:,?\s+\d{{4}})?)(?-u:\b)|in\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH}(?:\s+\d{{4}})?|\d{{4}})(?-u:\b)"
    );
    Regex::new(&format!(r"(?i)^\s*(?:{date}|(?:(?:(?:late|early|earlier|later) (?:this|last|on)|on|in|at|during|late|early|last|this|earlier|later|on a|in an?|at an?|during an?|in (?:his|her|their|its|the)|on (?:his|her|their|its|the)|at (?:his|her|their|its|the)|during (?:his|her|their|its|the))\s+(?:(?:joint|brief|short|written|separate|televised|emailed|prepared|lengthy|rare|new|recent|official|public|online|exclusive|later|earlier|second|weekly|national|local|(?:19|20)\d\d)\s+)?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|then|again|twice|repeatedly|previously|recently|privately|publicly|separately|week|month|statement|interview|speech|e-?mail|news conference|press conference|conference call|phone interview|telephone interview|television interview|tweet|twitter|facebook|post|briefing|hearing|filing|letter|memo|op-ed|column|remarks|testimony|address|book|video|podcast|blog|rally|radio show|campaign speech|campaign event|campaign stop|event|launch)(?-u:\b)(?:\s+(?:morning|afternoon|evening|night))?)"))
        .unwrap()
});

/// The medium a statement was given in, closing an object: "on its website", "in a brief
/// statement", "at a news conference on Monday".
pub(crate) static TRAILING_MEDIUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:in|on|at|during)\s(?:a|an|the|its|his|her|their)\s(?:[a-z-]+\s){0,2}(?:statement|website|interview|news conference|press conference|briefing|speech|post|tweet|letter|e-?mail|blog|video|broadcast|hearing|podcast)(?:\s(?:on|last|this)\s\w+)?$")
        .unwrap()
});

/// "in the latest CNN/ORC poll released Wednesday": a poll or survey closing a clause.
pub(crate) static POLL_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)in ((?:the |a |an |our |this |their |its )?(?:[^\s,.;:]+ ){0,8}?(?:poll|polls|survey|surveys)(?-u:\b)([^,.;:]*))")
        .unwrap()
});

/// Verbs that report words only right after a quotation ("…,” he continued").
pub(crate) static DIRECT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:continued|continues|went on|goes on|shouted|shouts|yelled|yells|exclaimed|whispered|sang|chanted|reads|read|barked|barks|boomed|booms|beamed|beams|cracked|cracks|roared|roars|screamed|screams|snapped|snaps|jeered|interjected|interjects|thundered|sighed|sighs|demurred|muttered|mutters|whispers|marveled|marvels|gushed|gushes|laughed|laughs|smiled|joked|quipped|insisted)(?-u:\b)",
    )
    .unwrap()
});

/// "continued:", "went on," right before a quotation; and the words written on a thing
/// ("The sign read “…”", "a hat reading, “…”").
pub(crate) static GOES_ON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(continued|continues|went on|goes on|read|reads|reading)\s*[:,]?\s*$").unwrap());

/// An attribution that closes a sentence: `, a ministry statement said.`
pub(crate) static TRAILING_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#",[\s"”’]*(?:[^\s,]+\s+){1,6}(?:said|says|added|adds|wrote|writes|noted|reported|reports|stated|explained)\s*[.!?]?\s*$"#)
        .unwrap()
});

/// A name set off by commas right before its verb, the subject of the next clause:
/// "…, Ana Lind, praised …" (a noun phrase with a participle, then the appositive).
pub(crate) static APPOSITIVE_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,\s+(?P<name>\p{Lu}[\w.'’-]*(?:\s\p{Lu}[\w.'’-]*){1,3}),\s+(?P<verb>[a-z]+)").unwrap());

/// "…, the broadcaster reported, citing a senior aide as saying …": the relayed speaker
/// after a participle; the relayer is the subject of the report before it.
pub(crate) static CITING_RELAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+(?:citing|quoting)\s+(?P<src>[^,;:]+?)\s+as\s*$").unwrap());

/// `REPORTER cited|quoted SOURCE as` just before a `saying` cue.
pub(crate) static RELAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;:]\s+)(?P<rep>[^,;:]+?)\s+(?:cited|quoted|has cited|has quoted)\s+(?P<src>.+?)\s+as\s*$").unwrap()
});

/// Numbers written as words, which can open an amount ("two phones", "twenty dollars").
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
];

/// Auxiliaries and modals that, after a subject pronoun, make a whole clause
/// whose verb is left out ("he would", "they could not").
pub(crate) const AUXILIARIES: &[&str] = &[
    "would",
    "will",
    "could",
    "can",
    "did",
    "does",
    "do",
    "should",
    "might",
    "may",
    "must",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "wouldn't",
    "won't",
    "couldn't",
    "can't",
    "didn't",
    "doesn't",
    "don't",
    "wasn't",
    "isn't",
    "hadn't",
    "hasn't",
    "haven't",
    "cannot",
    "can’t",
    "won’t",
    "didn’t",
    "doesn’t",
    "don’t",
    "wouldn’t",
    "couldn’t",
    "shouldn't",
    "shouldn’t",
];

/// Documents whose findings speak for themselves, set before the clause they
/// report ("In a CNN poll released Monday, 50 percent chose Clinton").
pub(crate) const FINDING_DOCUMENTS: &[&str] =
    &["poll", "polls", "survey", "surveys", "study", "report", "analysis", "ruling", "complaint", "lawsuit", "document"];

/// Someone's own words in writing or speech, set before the clause they report;
/// the subject after the comma speaks ("In an interview with ABC, Clinton laughed off …").
pub(crate) const OWN_WORDS_DOCUMENTS: &[&str] = &[
    "interview",
    "statement",
    "letter",
    "memo",
    "filing",
    "op-ed",
    "editorial",
    "column",
    "tweet",
    "post",
    "speech",
    "ad",
    "email",
    "essay",
    "book",
];

/// Subordinators (and a free relative "what") that open a clause inside a phrase
/// before a cue; the clause's own subject is the speaker ("… turned ugly when the
/// candidate said", "… against what the campaign sees as …").
pub(crate) const SUBORDINATORS: &[&str] =
    &["when", "while", "because", "although", "though", "whereas", "if", "unless", "until", "after", "before", "what"];

/// Cues that may name a hearer before what they report ("assured the crowd he …").
pub(crate) const HEARER_CUES: &[&str] =
    &["assured", "reminded", "warned", "informed", "promised", "convinced", "notified", "cautioned", "advised", "asked", "persuaded"];

/// Verbs of saying whose addressee may stand before "that": "explained to reporters that …".
pub(crate) const SAYING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "explained",
    "explains",
    "complained",
    "complains",
    "admitted",
    "admits",
    "wrote",
    "writes",
    "confided",
    "confides",
    "conceded",
    "concedes",
    "insisted",
    "insists",
    "noted",
    "acknowledged",
    "confirmed",
    "revealed",
    "disclosed",
    "boasted",
    "bragged",
    "stressed",
    "indicated",
    "hinted",
    "mentioned",
];

/// Words an addressee after "to" opens with (besides a name): a determiner, an object
/// pronoun or a plural of people ("to reporters that …").
pub(crate) const ADDRESSEE_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "me",
    "him",
    "us",
    "them",
    "you",
    "reporters",
    "supporters",
    "voters",
    "residents",
    "lawmakers",
    "colleagues",
    "friends",
    "aides",
    "donors",
    "journalists",
];

/// Things that say their own words, after "to" before a participle ("went to ads extolling …").
pub(crate) const MEDIA_AFTER_TO: &[&str] =
    &["ad", "ads", "email", "emails", "mailers", "commercials", "spots", "videos", "billboards", "signs"];

/// Subordinators that open a sentence's first clause ("After Kerr said …, the crews …");
/// not "as": "As the Post reported, the board met …" reports its main clause.
pub(crate) const OPENING_SUBORDINATORS: &[&str] =
    &["when", "after", "before", "while", "since", "because", "although", "though", "if", "once", "until", "unless", "whenever"];

/// Verbs whose object is an infinitive's subject: "The announcement led some to speculate …".
/// (A verb of asking keeps its subject: "Manafort begged reporters to ask …" is his plea.)
pub(crate) const OBJECT_CONTROL_VERBS: &[&str] = &[
    "prompted", "prompts", "led", "leads", "requires", "required", "require", "forced", "forces", "allowed", "allows", "spurred", "caused",
    "causes", "inspired", "inspires",
];

/// Words a subject before an infinitive's verb never starts or ends with: "by waiting to …",
/// "Asked why he had yet to …".
pub(crate) const NOT_A_SUBJECT_END: &[&str] =
    &["by", "and", "or", "but", "why", "how", "what", "whether", "of", "for", "all", "asked", "with"];

/// Subjects that are no one: "There are more productive ways to …".
pub(crate) const NO_ONE_SUBJECTS: &[&str] = &["there", "here", "it", "it's", "it’s", "that's", "that’s", "this", "what"];

/// Copulas, auxiliaries and degree words a speaker read back from its cue may end with, and
/// is cut before: "Ryan has been very (vocal in …)".
pub(crate) const COPULA_TAIL: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "been",
    "become",
    "became",
    "becomes",
    "very",
    "more",
    "most",
    "so",
    "too",
    "since",
    "also",
    "now",
    "still",
    "increasingly",
    "slightly",
    "generally",
    "far",
    "less",
    "quite",
    "remain",
    "remains",
    "remained",
    "seem",
    "seems",
    "seemed",
    "apparently",
    "never",
    "can",
    "can't",
    "can’t",
    "didn't",
    "didn’t",
];

/// Words a speaker never ends with once its tail is cut: an article, a conjunction or a
/// sentence opener.
pub(crate) const NOT_A_SPEAKER_END: &[&str] =
    &["the", "a", "an", "what's", "what’s", "perhaps", "why", "those", "this", "that", "and", "or", "but"];

/// Auxiliaries and adverbs between a subject and the verb whose phrase a participle cue
/// follows, cut from the speaker: "She also sent a tweet saying …".
pub(crate) const AUXILIARIES_BEFORE_VERB: &[&str] = &[
    "will", "would", "has", "have", "had", "also", "both", "then", "just", "already", "later", "still", "can", "could", "may", "might",
    "once", "again",
];

/// Time nouns a relative "when" follows ("the days when …", "a time when …"): the clause
/// after them is part of the noun phrase, not a subordinate clause of its own.
pub(crate) const TIME_NOUNS_BEFORE_WHEN: &[&str] =
    &["days", "day", "era", "time", "times", "years", "year", "moment", "period", "age", "night", "morning", "week", "month", "decades"];

/// Adverbs of frequency or time between a subject and its verb, cut from the subject: "He’s
/// often been careful not to …".
pub(crate) const FREQUENCY_ADVERBS: &[&str] = &["often", "also", "now", "still", "even", "never", "always"];
