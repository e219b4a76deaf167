//! Whole HTML pages: main text through the `trafilatura` crate, metadata and
//! dates from one fast `tl` pass over the page (JSON-LD, meta tags, `<time>`).

use parallax_model::{DateInfo, DateSource};
use serde_json::Value;

use crate::blocks::{html_to_blocks, Block};
use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{date_from_url, find_written, parse_date};

/// Class or id of an element that usually holds the publication date.
static DATE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)date|datum|fecha|publish|posted|pubdate|entry-meta|post-meta|article-meta|postmeta|meta-info|byline|dateline|zeitstempel|timestamp").unwrap()
});
static NOT_DATE_CLASS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i-u)update|modif|comment|related|sidebar|widget|footer|archive|calendar|nav|today|current").unwrap());

/// Metadata read from a page, each date candidate with its source.
#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub canonical: Option<String>,
    pub lang: Option<String>,
    /// Publication date candidates, best first.
    pub published: Vec<DateInfo>,
    /// Modification date candidates, best first.
    pub modified: Vec<DateInfo>,
    /// `<figcaption>` texts, which main-text extraction drops with their figures.
    pub captions: Vec<String>,
}

/// Result of extracting a page.
pub struct PageExtraction {
    pub blocks: Vec<Block>,
    pub meta: PageMeta,
    /// Set when the main-text extractor found nothing and the whole page text was used.
    pub fallback: Option<String>,
    pub extractor: Extractor,
}

/// Meta keys (property / name / itemprop, lowercased) that carry a publication date, best first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "originalpublicationdate",
    "date",
    "og:pubdate",
    "release_date",
    "cxenseparse:recs:publishtime",
    "article_date_original",
    "pub_date",
    "created",
];
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "modified_time",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "article.updated",
    "updated_time",
];

fn attr(tag: &tl::HTMLTag<'_>, name: &str) -> Option<String> {
    let v = tag.attributes().get(name)??;
    Some(html_escape::decode_html_entities(&v.as_utf8_str()).trim().to_string())
}

fn clean_str(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// Read page metadata with `tl` (a fast, forgiving parser).
pub fn page_meta(html: &str, url_hint: Option<&str>) -> PageMeta {
    let prepared = crate::prepare::prepare(html);
    let meta = match tl::parse(&prepared, tl::ParserOptions::default()) {
        Ok(dom) => meta_from_dom(&dom, url_hint),
        Err(_) => PageMeta::default(),
    };
    meta
}

fn meta_from_dom(dom: &tl::VDom<'_>, url_hint: Option<&str>) -> PageMeta {
    let mut meta = PageMeta::default();
    let parser = dom.parser();
    let mut meta_pub: Vec<(usize, DateInfo)> = Vec::new();
    let mut meta_mod: Vec<(usize, DateInfo)> = Vec::new();
    let mut jsonld_pub = Vec::new();
    let mut jsonld_mod = Vec::new();
    let mut time_pub = Vec::new();
    let mut time_any = Vec::new();
    let mut element_dates: Vec<DateInfo> = Vec::new();
    let (mut og_title, mut tw_title, mut title_tag, mut og_site, mut app_name, mut og_url) = (None, None, None, None, None, None);
    let mut meta_authors = Vec::new();
    let mut ld_authors = Vec::new();
    let (mut ld_headline, mut ld_publisher) = (None, None);

    for node in dom.nodes() {
        let Some(tag) = node.as_tag() else { continue };
        let name = tag.name().as_utf8_str().to_ascii_lowercase();
        match name.as_str() {
            "html" if meta.lang.is_none() => meta.lang = attr(tag, "lang").or_else(|| attr(tag, "xml:lang")),
            "title" if title_tag.is_none() => {
                title_tag = clean_str(&html_escape::decode_html_entities(&tag.inner_text(parser)));
            }
            "link" => {
                let rel = attr(tag, "rel").unwrap_or_default().to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && meta.canonical.is_none() {
                    meta.canonical = attr(tag, "href").filter(|h| h.starts_with("http"));
                }
            }
            "meta" => {
                let key = attr(tag, "property")
                    .or_else(|| attr(tag, "name"))
                    .or_else(|| attr(tag, "itemprop"))
                    .or_else(|| attr(tag, "http-equiv"));
                let Some(key) = key.map(|k| k.to_ascii_lowercase()) else { continue };
                let Some(content) = attr(tag, "content").or_else(|| attr(tag, "datetime")) else { continue };
                if content.is_empty() {
                    continue;
                }
                if let Some(rank) = PUBLISHED_META.iter().position(|k| *k == key) {
                    if let Some(d) = parse_date(&content) {
                        meta_pub.push((rank, d.info(DateSource::Meta, format!("meta[{key}]"), content.clone())));
                    }
                } else if let Some(rank) = MODIFIED_META.iter().position(|k| *k == key) {
                    if let Some(d) = parse_date(&content) {
                        meta_mod.push((rank, d.info(DateSource::Meta, format!("meta[{key}]"), content.clone())));
                    }
                }
                match key.as_str() {
                    "og:title" => og_title = og_title.or(clean_str(&content)),
                    "twitter:title" => tw_title = tw_title.or(clean_str(&content)),
                    "og:site_name" => og_site = og_site.or(clean_str(&content)),
                    "application-name" => app_name = app_name.or(clean_str(&content)),
                    "og:url" => og_url = og_url.or(Some(content.clone()).filter(|u| u.starts_with("http"))),
                    "author" | "article:author" | "dc.creator" | "parsely-author" | "sailthru.author" | "byl"
                        if !content.starts_with("http") =>
                    {
                        meta_authors.push(content.clone());
                    }
                    _ => {}
                }
            }
            "script" => {
                let ty = attr(tag, "type").unwrap_or_default().to_ascii_lowercase();
                if ty == "application/ld+json" {
                    let raw = tag.inner_text(parser);
                    if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
                        let mut ld = LdFound::default();
                        walk_ld(&v, &mut ld, 0);
                        jsonld_pub.extend(ld.published);
                        jsonld_mod.extend(ld.modified);
                        ld_authors.extend(ld.authors);
                        ld_headline = ld_headline.or(ld.headline);
                        ld_publisher = ld_publisher.or(ld.publisher);
                    }
                }
            }
            _ if element_dates.len() < 3 && is_date_element(tag) => {
                let text = html_escape::decode_html_entities(&tag.inner_text(parser)).into_owned();
                let text = text.trim();
                if !text.is_empty() && text.len() <= 200 {
                    if let Some((d, s, e)) = find_written(text) {
                        if d.day.is_some() {
                            let class = attr(tag, "class").or_else(|| attr(tag, "id")).unwrap_or_default();
                            element_dates.push(d.info(
                                DateSource::Text,
                                format!("date in a <{name} class/id=\"{}\"> element", clip(&class, 40)),
                                &text[s..e],
                            ));
                        }
                    }
                }
            }
            "figcaption" => {
                if let Some(c) = clean_str(&html_escape::decode_html_entities(&tag.inner_text(parser))) {
                    meta.captions.push(c);
                }
            }
            "time" => {
                let Some(dt) = attr(tag, "datetime") else { continue };
                let Some(d) = parse_date(&dt) else { continue };
                let itemprop = attr(tag, "itemprop").unwrap_or_default().to_ascii_lowercase();
                let class = attr(tag, "class").unwrap_or_default().to_ascii_lowercase();
                let is_pub = itemprop == "datepublished" || tag.attributes().contains("pubdate") || class.contains("publish");
                if itemprop == "datemodified" || class.contains("updated") || class.contains("modified") {
                    meta_mod.push((usize::MAX, d.info(DateSource::TimeElement, "time[datetime] marked as modified", dt)));
                } else if is_pub {
                    time_pub.push(d.info(DateSource::TimeElement, "time[datetime] marked as published", dt));
                } else {
                    time_any.push(d.info(DateSource::TimeElement, "first time[datetime] on the page", dt));
                }
            }
            _ => {}
        }
    }

    meta_pub.sort_by_key(|(r, _)| *r);
    meta_mod.sort_by_key(|(r, _)| *r);
    meta.published.extend(jsonld_pub);
    meta.published.extend(meta_pub.into_iter().map(|(_, d)| d));
    meta.published.extend(time_pub);
    meta.canonical = meta.canonical.or(og_url);
    let url_for_date = meta.canonical.clone().or(url_hint.map(str::to_string));
    if let Some(u) = url_for_date {
        if let Some(d) = date_from_url(&u) {
            // A month-only URL date is refined by a day-precise page date in the same month.
            let refined =
                (d.day.is_none()).then(|| element_dates.iter().chain(time_any.iter()).find(|e| e.value.starts_with(&d.value()))).flatten();
            match refined {
                Some(e) => meta.published.push(DateInfo {
                    source: DateSource::Url,
                    evidence: format!("month in the url path, day from the page ({})", e.raw),
                    ..e.clone()
                }),
                None => meta.published.push(d.info(DateSource::Url, "date in the url path", u)),
            }
        }
    }
    meta.published.extend(time_any.into_iter().take(1));
    meta.published.extend(element_dates.into_iter().take(1));
    meta.modified.extend(jsonld_mod);
    meta.modified.extend(meta_mod.into_iter().map(|(_, d)| d));

    meta.title = ld_headline.or(og_title).or(tw_title).or(title_tag);
    meta.outlet = og_site.or(ld_publisher).or(app_name);
    let authors = if ld_authors.is_empty() { meta_authors } else { ld_authors };
    let mut seen = std::collections::HashSet::new();
    meta.authors = authors.into_iter().filter_map(|a| clean_str(&a)).filter(|a| seen.insert(a.to_lowercase())).collect();
    meta
}

fn clip(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Elements whose class or id says they carry the publication date.
fn is_date_element(tag: &tl::HTMLTag<'_>) -> bool {
    let name = tag.name().as_utf8_str();
    if matches!(name.as_ref(), "html" | "body" | "head" | "script" | "style" | "meta" | "link" | "main" | "article" | "section") {
        return false;
    }
    let class = attr(tag, "class").unwrap_or_default();
    let id = attr(tag, "id").unwrap_or_default();
    let both = format!("{class} {id}");
    DATE_CLASS.is_match(&both) && !NOT_DATE_CLASS.is_match(&both)
}

#[derive(Default)]
struct LdFound {
    published: Vec<DateInfo>,
    modified: Vec<DateInfo>,
    authors: Vec<String>,
    headline: Option<String>,
    publisher: Option<String>,
}

fn is_article_type(v: &Value) -> bool {
    let types: Vec<&str> = match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => return false,
    };
    types.iter().any(|t| {
        t.ends_with("Article")
            || matches!(
                *t,
                "BlogPosting"
                    | "ReportageNews"
                    | "LiveBlogPosting"
                    | "WebPage"
                    | "Report"
                    | "Posting"
                    | "OpinionNewsArticle"
                    | "AnalysisNewsArticle"
            )
    })
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean_str(s),
        Value::Object(o) => o.get("name").and_then(Value::as_str).and_then(clean_str),
        _ => None,
    }
}

fn walk_ld(v: &Value, out: &mut LdFound, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| walk_ld(x, out, depth + 1)),
        Value::Object(o) => {
            if is_article_type(v) {
                let webpage = matches!(o.get("@type"), Some(Value::String(s)) if s == "WebPage");
                for (key, list) in [("datePublished", &mut out.published), ("dateModified", &mut out.modified)] {
                    if let Some(raw) = o.get(key).and_then(Value::as_str) {
                        if let Some(d) = parse_date(raw) {
                            let info = d.info(DateSource::JsonLd, format!("json-ld {key}"), raw);
                            // A WebPage date is weaker than an Article date.
                            if webpage {
                                list.push(info)
                            } else {
                                list.insert(0, info)
                            }
                        }
                    }
                }
                if !webpage {
                    if out.headline.is_none() {
                        out.headline = o.get("headline").and_then(Value::as_str).and_then(clean_str);
                    }
                    match o.get("author") {
                        Some(Value::Array(a)) => out.authors.extend(a.iter().filter_map(name_of)),
                        Some(a) => out.authors.extend(name_of(a)),
                        None => {}
                    }
                    if out.publisher.is_none() {
                        out.publisher = o.get("publisher").and_then(name_of);
                    }
                }
            }
            if let Some(g) = o.get("@graph") {
                walk_ld(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Share of blocks that are short fragments (five words or fewer, no sentence end).
fn fragment_share(blocks: &[Block]) -> f32 {
    if blocks.is_empty() {
        return 1.0;
    }
    let fragments =
        blocks.iter().filter(|b| b.text.split_whitespace().count() <= 5 && !b.text.trim_end().ends_with(['.', '!', '?', '"', '”'])).count();
    fragments as f32 / blocks.len() as f32
}

/// Share of `inner`'s characters whose paragraph also appears in `outer`.
fn contained_share(inner: &[Block], outer: &[Block]) -> f32 {
    let outer_text: String = outer.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
    let total: usize = inner.iter().map(|b| b.text.len()).sum();
    if total == 0 {
        return 0.0;
    }
    let inside: usize = inner.iter().filter(|b| outer_text.contains(b.text.as_str())).map(|b| b.text.len()).sum();
    inside as f32 / total as f32
}

/// Sentence ends per word: prose has about one per 15 to 25 words; a dump
/// of menus and teaser titles has almost none.
fn sentence_density(blocks: &[Block]) -> f32 {
    let words: usize = blocks.iter().map(|b| b.text.split_whitespace().count()).sum();
    if words == 0 {
        return 0.0;
    }
    let ends: usize = blocks.iter().map(|b| b.text.matches(['.', '!', '?', '。', '！', '？']).count()).sum();
    ends as f32 / words as f32
}

/// Which extractor produced a page's main text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extractor {
    /// The fast `tl`-based extractor (`fast.rs`), when it was confident.
    Fast,
    /// The `trafilatura` crate.
    Trafilatura,
    /// Neither found main text: the page's own paragraphs were kept.
    WholePage,
}

impl Extractor {
    /// The name used in the article's `extractor` field.
    pub fn name(self) -> &'static str {
        match self {
            Extractor::Fast => "fast",
            Extractor::Trafilatura => "trafilatura",
            Extractor::WholePage => "whole_page",
        }
    }
}

/// How to choose the extractor (for measurement; `Auto` is the product).
/// The binary sets it from `PARALLAX_EXTRACTOR` (`fast`, `trafilatura`), once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Strategy {
    /// Fast extractor first, the `trafilatura` crate when it is not confident.
    #[default]
    Auto,
    FastOnly,
    TrafilaturaOnly,
}

impl Strategy {
    /// `fast`, `trafilatura` or `auto`.
    pub fn from_name(name: &str) -> Option<Strategy> {
        match name {
            "auto" => Some(Strategy::Auto),
            "fast" => Some(Strategy::FastOnly),
            "trafilatura" => Some(Strategy::TrafilaturaOnly),
            _ => None,
        }
    }
}

/// Extract the main text of a page as blocks.
pub fn extract_page(html: &str, url_hint: Option<&str>, strategy: Strategy) -> PageExtraction {
    let prepared = crate::prepare::prepare(html);
    let dom = tl::parse(&prepared, tl::ParserOptions::default()).ok();
    let mut meta = dom.as_ref().map(|d| meta_from_dom(d, url_hint)).unwrap_or_default();
    let mut fast_result = None;
    if strategy != Strategy::TrafilaturaOnly {
        if let Some(dom) = &dom {
            let fast = crate::fast::extract(dom);
            if fast.confident || (strategy == Strategy::FastOnly && !fast.blocks.is_empty()) {
                return PageExtraction { blocks: fast.blocks, meta, fallback: None, extractor: Extractor::Fast };
            }
            fast_result = Some(fast);
        }
    }
    if crate::blocks::nests_deeper_than(&prepared, crate::blocks::DEEP_NESTING) {
        // Too deep for the HTML5 tree builder the fallback uses (quadratic in depth):
        // the fast extractor's result stands, confident or not.
        let blocks = match (fast_result, &dom) {
            (Some(fast), _) => fast.blocks,
            (None, Some(dom)) => crate::fast::extract(dom).blocks,
            (None, None) => Vec::new(),
        };
        return PageExtraction { blocks, meta, fallback: None, extractor: Extractor::Fast };
    }
    let mut opts = trafilatura::Options::default();
    opts.exclude_comments = true;
    opts.html_date_mode = trafilatura::HtmlDateMode::Disabled;
    if let Some(u) = url_hint.and_then(|u| u.parse().ok()) {
        opts.original_url = Some(u);
    }
    // The prepared page: no scripts, styles or noscript blocks, whose text the
    // crate would otherwise keep as content (tracking-pixel markup), and less to parse.
    match trafilatura::extract(&prepared, &opts) {
        Ok(result) => {
            let m = &result.metadata;
            if meta.title.is_none() {
                meta.title = clean_str(&m.title);
            }
            if meta.outlet.is_none() {
                meta.outlet = clean_str(&m.sitename);
            }
            if meta.authors.is_empty() {
                meta.authors = m.author.split(';').filter_map(clean_str).collect();
            }
            let mut blocks = html_to_blocks(&result.content_html);
            if blocks.is_empty() {
                let text = result.content_text.trim();
                if !text.is_empty() {
                    blocks.push(Block::new(text, crate::blocks::BlockKind::Paragraph));
                }
            }
            // The fallback sometimes returns a whole-page dump (menus, teasers): mostly
            // short fragments. Then the fast extractor's smaller, prose-like result is better.
            if let Some(fast) = fast_result {
                let dump = fragment_share(&blocks) > 0.5 || sentence_density(&blocks) < 0.02;
                let prose = fragment_share(&fast.blocks) < 0.3 && sentence_density(&fast.blocks) >= 0.03;
                if fast.chars >= 200 && dump && prose {
                    return PageExtraction { blocks: fast.blocks, meta, fallback: None, extractor: Extractor::Fast };
                }
                // The fast result holds (nearly) all the fallback found, and more prose:
                // the same body, more completely.
                let fallback_chars: usize = blocks.iter().map(|b| b.text.chars().count()).sum();
                if prose && fast.chars > fallback_chars && contained_share(&blocks, &fast.blocks) >= 0.9 {
                    return PageExtraction { blocks: fast.blocks, meta, fallback: None, extractor: Extractor::Fast };
                }
            }
            PageExtraction { blocks, meta, fallback: None, extractor: Extractor::Trafilatura }
        }
        Err(e) => {
            // The extractor judged the page to have no main text: keep the page's
            // own paragraphs so nothing is lost, and say so.
            let blocks: Vec<Block> = html_to_blocks(html).into_iter().filter(|b| b.text.split_whitespace().count() >= 4).collect();
            PageExtraction { blocks, meta, fallback: Some(e.to_string()), extractor: Extractor::WholePage }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_100k_nested_divs_keeps_its_text_without_overflowing_the_stack() {
        // Fuzzed input: the process aborted with a stack overflow in the fast extractor's walks.
        let n = 100_000;
        let html = format!(
            "<html><body>{}<p>Ana Lind said the pier will reopen on Monday after repairs to the terminal.</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        for strategy in [Strategy::Auto, Strategy::TrafilaturaOnly] {
            let page = extract_page(&html, None, strategy);
            assert!(page.blocks.iter().any(|b| b.text.contains("the pier will reopen")), "{strategy:?}: {:?}", page.blocks);
        }
    }
    use parallax_model::Granularity;

    #[test]
    fn dates_are_ranked_by_source() {
        let html = r#"<html lang="en-GB"><head>
            <meta property="og:site_name" content="Harbour &amp; Hill Times">
            <meta name="pubdate" content="2024-03-11">
            <meta property="article:modified_time" content="2024-03-13T08:00:00Z">
            <link rel="canonical" href="https://hh.test/2024/03/10/ferry">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Ferry halted","datePublished":"2024-03-12T09:30:00+01:00","author":[{"@type":"Person","name":"Ada Lind"}],"publisher":{"@type":"Organization","name":"HH Times"}}]}</script>
            <title>Ferry halted | HH</title></head><body><time datetime="2024-01-01">x</time></body></html>"#;
        let m = page_meta(html, None);
        let sources: Vec<DateSource> = m.published.iter().map(|d| d.source).collect();
        assert_eq!(sources, [DateSource::JsonLd, DateSource::Meta, DateSource::Url, DateSource::TimeElement]);
        assert_eq!(m.published[0].value, "2024-03-12T09:30");
        assert_eq!(m.published[0].granularity, Granularity::Minute);
        assert_eq!(m.modified[0].value, "2024-03-13T08:00");
        assert_eq!(m.title.as_deref(), Some("Ferry halted"));
        assert_eq!(m.outlet.as_deref(), Some("Harbour & Hill Times"));
        assert_eq!(m.authors, ["Ada Lind"]);
        assert_eq!(m.lang.as_deref(), Some("en-GB"));
        assert_eq!(m.canonical.as_deref(), Some("https://hh.test/2024/03/10/ferry"));
    }

    #[test]
    fn partial_meta_date_is_not_padded() {
        let m = page_meta(r#"<meta name="date" content="2019-10">"#, None);
        assert_eq!(m.published[0].value, "2019-10");
        assert_eq!(m.published[0].day(), None);
    }
}
