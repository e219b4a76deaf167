//! The data model every Parallax stage reads and writes.
//!
//! These types *are* the JSON contract documented in `docs/schema.md`:
//! field names and enum spellings here must not change without bumping
//! [`SCHEMA_VERSION`]. Every offset is a byte offset into [`Article::text`].

use serde::{Deserialize, Serialize};

/// Version of the JSON output schema (`docs/schema.md`).
pub const SCHEMA_VERSION: &str = "1.1";

/// Where a document came from: the path or URL as the user gave it, and the
/// record number inside a multi-article file (JSONL line, WARC record, feed item).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The path as given on the command line (or walked from a folder), or `-` for stdin.
    pub path: String,
    /// 1-based record number inside a container file (JSONL line number, WARC record, feed item).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
    /// The format the document was read as.
    pub format: Format,
}

impl Source {
    /// `path` or `path#record`, the form used in messages.
    pub fn display(&self) -> String {
        match self.record {
            Some(r) => format!("{}#{}", self.path, r),
            None => self.path.clone(),
        }
    }
}

/// Input formats Parallax reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Html,
    Text,
    Markdown,
    Jsonl,
    Warc,
    Feed,
}

/// How precise a date is. A partial date is never padded to a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Year,
    Month,
    Day,
    /// A day with a time of day (value carries `THH:MM`).
    Minute,
}

/// Where a date was found, in the order they are trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A field of a structured record (JSONL field, feed item, front matter).
    Field,
    /// schema.org JSON-LD (`datePublished`, `dateModified`).
    JsonLd,
    /// `<meta>` tags (`article:published_time`, `pubdate`, Dublin Core, ...).
    Meta,
    /// `<time datetime>` elements and `itemprop` attributes.
    TimeElement,
    /// A date in the URL path (`/2024/03/12/`).
    Url,
    /// A date written in the text near the top of the article.
    Text,
}

/// A date with its precision and provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateInfo {
    /// ISO 8601 at the given granularity: `2024`, `2024-03`, `2024-03-12`, `2024-03-12T09:30`.
    pub value: String,
    pub granularity: Granularity,
    pub source: DateSource,
    /// What the date was read from, e.g. `meta[property=article:published_time]` or the URL.
    pub evidence: String,
    /// The raw string as it appeared.
    pub raw: String,
}

impl DateInfo {
    /// The `YYYY-MM-DD` day, when the date is at least day-precise.
    pub fn day(&self) -> Option<&str> {
        (self.granularity >= Granularity::Day).then(|| &self.value[..10])
    }
}

/// The detected (or declared) language of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1 code where one exists, else ISO 639-3.
    pub code: String,
    /// `detected` from the text, or `declared` by the document when the text is too short to tell.
    pub source: String,
    /// Detector confidence in [0, 1]; absent for declared languages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

impl Language {
    /// Detected from the text as another language than English, with confidence 0.5 or
    /// more: the English-only stages (quotes, entities) leave such a text alone.
    pub fn surely_not_english(&self) -> bool {
        self.code != "en" && self.source == "detected" && self.confidence.is_some_and(|c| c >= 0.5)
    }
}

/// A `[start, end)` byte range in [`Article::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start after end");
        Span { start, end }
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A dateline such as `PARIS —` or `LONDON, March 3 (Wire) -`, kept in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    pub start: usize,
    pub end: usize,
    /// The place named by the dateline, e.g. `PARIS`.
    pub place: String,
    /// A credited agency in parentheses, e.g. `Coastline Wire` in `PORT AVEN (Coastline Wire) —`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

/// Why a piece of text was removed from the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// The headline repeated at the top of the body (kept as `title`).
    Title,
    /// A `By ...` line (kept as `byline`).
    Byline,
    /// A publication date line (kept as `published`).
    DateLine,
    /// A section label above the headline (`WORLD`, `Politics | Europe`).
    SectionLabel,
    /// Photo or image credit (`Photo: ...`, `Image credit ...`).
    ImageCredit,
    /// An image caption (kept in `captions`).
    Caption,
    /// A markdown image line (its alt text kept in `captions`).
    MarkdownImage,
    /// Newsletter / subscription / paywall prompts.
    SubscribePrompt,
    /// "Download our app" prompts.
    AppPrompt,
    /// `Related:` / `Read more:` link lists.
    RelatedLinks,
    /// Share widgets (`Share on Facebook`, lists of network names).
    ShareWidget,
    /// Affiliate disclosures and product blurbs.
    Affiliate,
    /// A paragraph that is only a URL.
    LinkOnly,
    /// An author biography line (`Jane Roe is a reporter for ...`).
    AuthorBio,
    /// An advertising label (`ADVERTISEMENT`, `Anzeige`).
    AdLabel,
    /// A notice about the page rather than the story (JavaScript required, comment policy, shortcodes).
    PageNotice,
    /// Raw HTML markup or stylesheet rules that leaked into the text (`<img src=...>`,
    /// `.bio { width:100%; }`).
    Markup,
    /// A company description closing a press release (`Acme is a leading provider of ...`).
    AboutBoilerplate,
    /// An editor's correction or clarification (`Correction: An earlier version of this
    /// article said ...`): about the article, not the story; kept in `removed`.
    Correction,
}

impl RemovalReason {
    pub const ALL: [RemovalReason; 19] = [
        RemovalReason::Title,
        RemovalReason::Byline,
        RemovalReason::DateLine,
        RemovalReason::SectionLabel,
        RemovalReason::ImageCredit,
        RemovalReason::Caption,
        RemovalReason::MarkdownImage,
        RemovalReason::SubscribePrompt,
        RemovalReason::AppPrompt,
        RemovalReason::RelatedLinks,
        RemovalReason::ShareWidget,
        RemovalReason::Affiliate,
        RemovalReason::LinkOnly,
        RemovalReason::AuthorBio,
        RemovalReason::AdLabel,
        RemovalReason::PageNotice,
        RemovalReason::Markup,
        RemovalReason::AboutBoilerplate,
        RemovalReason::Correction,
    ];

    /// The snake_case name used in JSON and on the command line (`--keep`).
    pub fn name(self) -> &'static str {
        match self {
            RemovalReason::Title => "title",
            RemovalReason::Byline => "byline",
            RemovalReason::DateLine => "date_line",
            RemovalReason::SectionLabel => "section_label",
            RemovalReason::ImageCredit => "image_credit",
            RemovalReason::Caption => "caption",
            RemovalReason::MarkdownImage => "markdown_image",
            RemovalReason::SubscribePrompt => "subscribe_prompt",
            RemovalReason::AppPrompt => "app_prompt",
            RemovalReason::RelatedLinks => "related_links",
            RemovalReason::ShareWidget => "share_widget",
            RemovalReason::Affiliate => "affiliate",
            RemovalReason::LinkOnly => "link_only",
            RemovalReason::AuthorBio => "author_bio",
            RemovalReason::AdLabel => "ad_label",
            RemovalReason::PageNotice => "page_notice",
            RemovalReason::Markup => "markup",
            RemovalReason::AboutBoilerplate => "about_boilerplate",
            RemovalReason::Correction => "correction",
        }
    }

    pub fn from_name(name: &str) -> Option<RemovalReason> {
        RemovalReason::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// A piece of text removed from the body, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    pub reason: RemovalReason,
    /// The removed text as it stood in the extracted text.
    pub text: String,
    /// The rule that fired, in words (e.g. `line starts with "Photo:"`).
    pub rule: String,
}

/// A clean article: metadata, the clean text, and its segmentation.
///
/// **Invariant:** every span in the article lies on `char` boundaries of `text`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: hash of the source path and record number.
    pub id: String,
    pub source: Source,
    pub title: Option<String>,
    /// Site or outlet name.
    pub outlet: Option<String>,
    /// The byline as written (`By Jane Doe and Sam Roe`).
    pub byline: Option<String>,
    /// Individual author names split from the byline.
    pub authors: Vec<String>,
    /// Canonical URL when known, else the URL the document was fetched from.
    pub url: Option<String>,
    pub published: Option<DateInfo>,
    pub modified: Option<DateInfo>,
    pub language: Option<Language>,
    pub word_count: usize,
    /// The clean text. Every offset in the output refers to this string.
    pub text: String,
    /// Paragraphs, as byte ranges of `text`, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, as byte ranges of `text`, in order; each lies inside one paragraph.
    pub sentences: Vec<Span>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// Image captions found and kept out of the body.
    pub captions: Vec<String>,
    /// What was stripped from the body, and why.
    pub removed: Vec<Removal>,
    /// Character encoding the bytes were decoded from.
    pub encoding: String,
    /// Time expressions in `text`, anchored on `published` (its day) when known.
    pub time_expressions: Vec<TimeExpression>,
    /// Quotes and attributions in `text`.
    pub quotes: Vec<QuoteSpan>,
    /// Named mentions in `text` (people, organisations, places and other names).
    #[serde(default)]
    pub mentions: Vec<EntityMention>,
    /// The article's entities: mentions of one name merged (aliases); `EntityMention::entity` indexes this list.
    #[serde(default)]
    pub entities: Vec<ArticleEntity>,
    /// How the body was found: `fast` or `trafilatura` (HTML main-text
    /// extractors), `whole_page` (no main text found, page paragraphs kept),
    /// `text` (plain text, markdown or a record's text field), `fragment` (HTML from a feed or record).
    pub extractor: String,
}

/// A time expression in the text, normalised to a TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpression {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value (`2026-11-10`, `2026-W46`, `P3Y`, `PRESENT_REF`); absent when the
    /// expression is relative and the article has no publication date (`unanchored`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// True when the value was resolved against the publication date.
    pub relative: bool,
}

/// An attributed statement: what was said (content), the cue, and who said it (source).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteSpan {
    /// `direct`, `indirect` or `mixed`.
    pub kind: String,
    pub content: Span,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<Span>,
    /// The speaker as the text names them (`the influential US daily`, `she`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Span>,
    /// The speaker resolved to one of the article's entities, when it can be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// Others the source names jointly with the speaker, in text order (`Jonas Aune` in
    /// `Foreign ministers Jonas Aune and Mirela Dovan said`, where Dovan is `speaker`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_speakers: Vec<Speaker>,
    /// Who relays the quote, when the text says so (`Reuters` in `Reuters cited an aide as saying`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relayed_by: Option<Span>,
    /// `relayed_by` resolved to one of the article's entities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<Speaker>,
}

/// Who a quote's source is: an entity of the article, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Index into `Article::entities`.
    pub entity: usize,
    /// The entity's name.
    pub name: String,
    /// `name` (the source names it), `pronoun` (`she said`: the last person named before),
    /// `relative` (`Obama, who said`), `nominal` (`the chancellor said`: the person last named
    /// with that title) or `interview` (`A:` turns: the person the introduction names; `Q:`: the
    /// author or outlet).
    pub via: String,
}

/// A named mention: `[start, end)` in `text`, its type and its article entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `person`, `organization`, `place`, `facility`, `group`, `product`, `event`, `work`, `law` or `vessel`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Index into `Article::entities`.
    pub entity: usize,
    /// A place name that stands for its government (`Beijing warned`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub metonymy: bool,
    /// A name inside a longer mention (`US` in `US Air Force`), which follows it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nested: bool,
}

/// One entity of an article: the longest name used, the other forms, how often it is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub aliases: Vec<String>,
    pub mentions: usize,
    /// `participant`, `outlet` (the article's own outlet) or `author` (named in the byline).
    pub role: String,
    /// Titles written before the name (`chancellor`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
    /// The folded name that joins this entity across articles.
    pub key: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub metonymy: bool,
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    /// The input (file or record) produced no article.
    Error,
}

/// A problem with an input, naming the file and where possible the record or line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
    /// Lowercase, one line, says what is wrong.
    pub message: String,
}

impl Diagnostic {
    pub fn new(severity: Severity, path: impl Into<String>, record: Option<u64>, message: impl Into<String>) -> Self {
        Diagnostic { severity, path: path.into(), record, message: message.into() }
    }
    pub fn error(path: impl Into<String>, record: Option<u64>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, path, record, message)
    }
    pub fn warning(path: impl Into<String>, record: Option<u64>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, path, record, message)
    }
    pub fn info(path: impl Into<String>, record: Option<u64>, message: impl Into<String>) -> Self {
        Self::new(Severity::Info, path, record, message)
    }
    /// `path#record: message`.
    pub fn location(&self) -> String {
        match self.record {
            Some(r) => format!("{}#{}", self.path, r),
            None => self.path.clone(),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}: {}", self.location(), self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removal_reason_names_round_trip() {
        for r in RemovalReason::ALL {
            assert_eq!(RemovalReason::from_name(r.name()), Some(r));
        }
        assert_eq!(RemovalReason::from_name("nope"), None);
    }

    #[test]
    fn day_only_for_day_precise_dates() {
        let mk = |value: &str, granularity| DateInfo {
            value: value.into(),
            granularity,
            source: DateSource::Meta,
            evidence: String::new(),
            raw: String::new(),
        };
        assert_eq!(mk("2024-03", Granularity::Month).day(), None);
        assert_eq!(mk("2024-03-12", Granularity::Day).day(), Some("2024-03-12"));
        assert_eq!(mk("2024-03-12T09:30", Granularity::Minute).day(), Some("2024-03-12"));
    }
}
