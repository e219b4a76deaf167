//! A fast main-text extractor over the `tl` DOM (the same parse the metadata
//! pass uses). Readability-style: paragraphs vote for their ancestors with a
//! score from their length and commas, scores are damped by link density and
//! adjusted by class/id hints, the best container wins together with its
//! strong siblings, and the blocks inside it are emitted without the
//! boilerplate sub-trees (share bars, related lists, comments, ...).
//!
//! It reports how sure it is; the caller falls back to the `trafilatura`
//! crate when it is not (see `html::extract_page`).

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{Block, BlockKind};

static UNLIKELY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|signup|share|sharing|promo|recommend|trending|most-popular|mostread|most-read|outbrain|taboola|nav(?-u:\b)|navbar|masthead|toolbar|print-only|hidden|modal|overlay")
        .unwrap()
});
static MAYBE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i-u)and|article|body|column|content|main|shadow|story|post|entry|text").unwrap());
static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption|credit").unwrap()
});
static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose|rich-?text").unwrap()
});

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tag {
    P,
    Div,
    Heading,
    Li,
    List,
    Quote,
    Pre,
    Caption,
    Td,
    A,
    Br,
    Inline,
    Body,
    Article,
    Section,
    Other,
}

fn classify(name: &str) -> Option<Tag> {
    Some(match name {
        "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "title" | "button" | "select" | "textarea" | "nav" | "aside"
        | "footer" | "form" | "input" | "label" | "object" | "embed" | "canvas" | "video" | "audio" | "map" | "dialog" | "menu" => {
            return None
        }
        "p" => Tag::P,
        "div" | "main" | "center" => Tag::Div,
        "article" => Tag::Article,
        "section" => Tag::Section,
        "body" => Tag::Body,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Tag::Heading,
        "li" | "dd" | "dt" => Tag::Li,
        "ul" | "ol" | "dl" => Tag::List,
        "blockquote" => Tag::Quote,
        "pre" => Tag::Pre,
        "figcaption" => Tag::Caption,
        "td" | "th" => Tag::Td,
        "a" => Tag::A,
        "br" => Tag::Br,
        "span" | "b" | "strong" | "i" | "em" | "u" | "small" | "sup" | "sub" | "mark" | "abbr" | "cite" | "q" | "time" | "font"
        | "code" | "s" | "del" | "ins" | "dfn" | "kbd" | "var" | "bdi" | "bdo" | "wbr" => Tag::Inline,
        _ => Tag::Other,
    })
}

struct El {
    tag: Tag,
    parent: usize,
    children: Vec<Item>,
    /// Characters of text in the subtree (white space collapsed).
    text_len: u32,
    /// Characters of text at this level: own text nodes and inline children
    /// (text written straight into a `div` next to block children counts as a paragraph).
    inline_len: u32,
    link_len: u32,
    commas: u32,
    /// A block child (p, div, list, ...) exists below.
    has_block: bool,
    negative: bool,
    class_weight: f32,
    /// Hash of the class attribute (0 when there is none), to find repeated containers.
    class_hash: u64,
    score: f32,
}

enum Item {
    El(usize),
    Text(String),
}

struct Tree {
    els: Vec<El>,
}

fn class_id(tag: &tl::HTMLTag<'_>) -> String {
    let mut s = String::new();
    if let Some(Some(c)) = tag.attributes().get("class") {
        s.push_str(&c.as_utf8_str());
    }
    if let Some(Some(i)) = tag.attributes().get("id") {
        s.push(' ');
        s.push_str(&i.as_utf8_str());
    }
    s
}

fn hidden(tag: &tl::HTMLTag<'_>) -> bool {
    if tag.attributes().contains("hidden") {
        return true;
    }
    if let Some(Some(st)) = tag.attributes().get("style") {
        let st = st.as_utf8_str().to_ascii_lowercase().replace(' ', "");
        return st.contains("display:none") || st.contains("visibility:hidden");
    }
    false
}

fn collapse(raw: &str) -> String {
    let decoded = html_escape::decode_html_entities(raw);
    let mut out = String::with_capacity(decoded.len());
    let mut space = false;
    for c in decoded.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

impl El {
    fn new(tag: Tag, parent: usize, negative: bool, class_weight: f32, class_hash: u64) -> El {
        El {
            tag,
            parent,
            children: Vec::new(),
            text_len: 0,
            inline_len: 0,
            link_len: 0,
            commas: 0,
            has_block: false,
            negative,
            class_weight,
            class_hash,
            score: 0.0,
        }
    }
}

impl Tree {
    fn build(dom: &tl::VDom<'_>, strip_unlikely: bool) -> Tree {
        let mut t = Tree { els: Vec::with_capacity(dom.nodes().len() / 2 + 1) };
        t.els.push(El::new(Tag::Body, 0, false, 0.0, 0));
        // Depth of each element; past MAX_DEPTH an element's content joins its parent's.
        let mut depth: Vec<u16> = vec![0];
        let parser = dom.parser();
        // Iterative DFS: (handle, parent element index, depth).
        let mut stack: Vec<(tl::NodeHandle, usize)> = dom.children().iter().rev().map(|h| (*h, 0)).collect();
        while let Some((h, parent)) = stack.pop() {
            let Some(node) = h.get(parser) else { continue };
            match node {
                tl::Node::Raw(b) => {
                    let text = collapse(&b.as_utf8_str());
                    if !text.trim().is_empty() || text == " " {
                        t.els[parent].children.push(Item::Text(text));
                    }
                }
                tl::Node::Tag(tag) => {
                    let name = tag.name().as_utf8_str().to_ascii_lowercase();
                    let Some(kind) = classify(&name) else { continue };
                    if hidden(tag) {
                        continue;
                    }
                    if usize::from(depth[parent]) >= MAX_DEPTH {
                        // Nesting this deep is no layout (hostile or broken markup): the text
                        // stays, in the deepest element kept, so every walk below is bounded.
                        let kids: Vec<tl::NodeHandle> = tag.children().top().iter().copied().collect();
                        stack.extend(kids.into_iter().rev().map(|c| (c, parent)));
                        continue;
                    }
                    let ci = class_id(tag);
                    let unlikely = strip_unlikely
                        && !ci.is_empty()
                        && !matches!(kind, Tag::Body | Tag::Article | Tag::A | Tag::Inline)
                        && UNLIKELY.is_match(&ci)
                        && !MAYBE.is_match(&ci);
                    let mut weight = 0.0;
                    if !ci.is_empty() {
                        if NEGATIVE.is_match(&ci) {
                            weight -= 25.0;
                        }
                        if POSITIVE.is_match(&ci) {
                            weight += 25.0;
                        }
                    }
                    let class_hash = match tag.attributes().class() {
                        Some(c) if !c.as_bytes().is_empty() => xxhash_rust::xxh3::xxh3_64(c.as_bytes()),
                        _ => 0,
                    };
                    let idx = t.els.len();
                    t.els.push(El::new(kind, parent, unlikely, weight, class_hash));
                    depth.push(depth[parent] + 1);
                    t.els[parent].children.push(Item::El(idx));
                    if unlikely {
                        continue; // keep the node (for structure) but not its content
                    }
                    let kids: Vec<tl::NodeHandle> = tag.children().top().iter().copied().collect();
                    stack.extend(kids.into_iter().rev().map(|c| (c, idx)));
                }
                tl::Node::Comment(_) => {}
            }
        }
        // Bottom-up sums: children always have larger indices than parents.
        for i in (1..t.els.len()).rev() {
            let mut own = 0u32;
            let mut inline = 0u32;
            let mut commas = 0u32;
            for c in &t.els[i].children {
                match c {
                    Item::Text(s) => {
                        own += s.trim().chars().count() as u32;
                        commas += s.matches([',', '，', '、']).count() as u32;
                    }
                    Item::El(j) => {
                        if matches!(t.els[*j].tag, Tag::Inline | Tag::A) {
                            inline += t.els[*j].text_len;
                        }
                    }
                }
            }
            let e = &mut t.els[i];
            e.inline_len = own + inline;
            e.text_len += own;
            e.commas += commas;
            if e.tag == Tag::A {
                e.link_len = e.text_len;
            }
            let (tl_, ll, cm, tag) = (e.text_len, e.link_len, e.commas, e.tag);
            let p = e.parent;
            let pe = &mut t.els[p];
            pe.text_len += tl_;
            pe.link_len += ll;
            pe.commas += cm;
            if !matches!(tag, Tag::Inline | Tag::A | Tag::Br) {
                pe.has_block = true;
            }
        }
        t
    }

    fn link_density(&self, i: usize) -> f32 {
        let e = &self.els[i];
        if e.text_len == 0 {
            0.0
        } else {
            e.link_len as f32 / e.text_len as f32
        }
    }

    fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut cur = i;
        std::iter::from_fn(move || {
            if cur == 0 {
                return None;
            }
            cur = self.els[cur].parent;
            Some(cur)
        })
    }
}

/// The deepest element the fast extractor keeps apart from its parent; the
/// sub-tree walks (text, lead lines, blocks) recurse at most this deep. The
/// same bar keeps markup from html5ever ([`crate::blocks::DEEP_NESTING`]).
const MAX_DEPTH: usize = crate::blocks::DEEP_NESTING;

/// Fewest characters of main text for the fast extractor to be trusted.
const MIN_CONFIDENT_CHARS: usize = 300;

/// The outcome of the fast extractor.
pub struct FastResult {
    pub blocks: Vec<Block>,
    /// True when the choice of container was clear-cut.
    pub confident: bool,
    /// Characters of text in the chosen blocks.
    pub chars: usize,
}

fn base_score(tag: Tag) -> f32 {
    match tag {
        Tag::Div | Tag::Article | Tag::Section => 5.0,
        Tag::Pre | Tag::Td | Tag::Quote => 3.0,
        Tag::List | Tag::Li => -3.0,
        Tag::Heading => -5.0,
        _ => 0.0,
    }
}

/// Extract main-text blocks from a parsed page. When stripping "unlikely"
/// containers (by class/id) leaves too little text, as when a page wrapper is
/// named `with-sidebar`, the page is scored again without that step.
pub fn extract(dom: &tl::VDom<'_>) -> FastResult {
    let first = extract_with(dom, true);
    if first.chars >= MIN_CONFIDENT_CHARS {
        return first;
    }
    let second = extract_with(dom, false);
    if second.chars > first.chars {
        second
    } else {
        first
    }
}

fn extract_with(dom: &tl::VDom<'_>, strip_unlikely: bool) -> FastResult {
    let mut t = Tree::build(dom, strip_unlikely);
    let n = t.els.len();
    // 1. Paragraph votes.
    let mut initialised = vec![false; n];
    for i in 1..n {
        let e = &t.els[i];
        let vote_len = match e.tag {
            Tag::P | Tag::Pre | Tag::Td => e.text_len,
            Tag::Div | Tag::Section | Tag::Article | Tag::Other if !e.has_block => e.text_len,
            // Stray text beside block children votes like a paragraph of that length.
            Tag::Div | Tag::Section | Tag::Article | Tag::Other => e.inline_len,
            _ => 0,
        };
        if e.negative || vote_len < 25 {
            continue;
        }
        let vote = 1.0 + e.commas.min(40) as f32 + (vote_len as f32 / 100.0).floor().min(3.0);
        // Stray text in a container is a paragraph *of* that container: the container
        // itself takes the first share of the vote, as if the text were wrapped in a <p>.
        let stray = matches!(e.tag, Tag::Div | Tag::Section | Tag::Article | Tag::Other) && e.has_block;
        let ancestors: Vec<usize> =
            if stray { std::iter::once(i).chain(t.ancestors(i).take(4)).collect() } else { t.ancestors(i).take(5).collect() };
        for (level, a) in ancestors.into_iter().enumerate() {
            if a == 0 {
                break;
            }
            if !initialised[a] {
                initialised[a] = true;
                t.els[a].score += base_score(t.els[a].tag) + t.els[a].class_weight;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            t.els[a].score += vote / divider;
        }
    }
    // 2. Damp by link density; pick the best.
    let mut best: Option<(usize, f32)> = None;
    let mut second = 0.0f32;
    for (i, &scored) in initialised.iter().enumerate().skip(1) {
        if !scored {
            continue;
        }
        let s = t.els[i].score * (1.0 - t.link_density(i));
        t.els[i].score = s;
        match best {
            Some((_, b)) if s <= b => second = second.max(s),
            _ => {
                if let Some((_, b)) = best {
                    second = second.max(b);
                }
                best = Some((i, s));
            }
        }
    }
    let Some((mut top, mut top_score)) = best else {
        return FastResult { blocks: Vec::new(), confident: false, chars: 0 };
    };
    // 2b. A body split over several containers: when at least three strong
    // candidates share an ancestor with the top one, that ancestor is the article.
    let strong: Vec<usize> = (1..n).filter(|&i| i != top && initialised[i] && t.els[i].score >= top_score * 0.75).collect();
    if strong.len() >= 3 {
        let strong_ancestors: Vec<Vec<usize>> = strong.iter().map(|&c| t.ancestors(c).collect()).collect();
        let mut cur = t.els[top].parent;
        while cur != 0 && t.els[cur].tag != Tag::Body {
            let sharing = strong_ancestors.iter().filter(|a| a.contains(&cur)).count();
            if sharing >= 3 {
                top = cur;
                break;
            }
            cur = t.els[cur].parent;
        }
    }
    // 2c. Climb while the parent holds (nearly) only this candidate.
    loop {
        let p = t.els[top].parent;
        if p == 0 || t.els[p].tag == Tag::Body || t.els[p].text_len > t.els[top].text_len + t.els[top].text_len / 10 + 20 {
            break;
        }
        top = p;
    }
    top_score = top_score.max(t.els[top].score);
    // 3. The top candidate and its strong siblings.
    let parent = t.els[top].parent;
    let threshold = (top_score * 0.2).max(10.0);
    let mut chosen: Vec<usize> = Vec::new();
    for c in &t.els[parent].children {
        let Item::El(s) = *c else { continue };
        if s == top {
            chosen.push(s);
            continue;
        }
        let e = &t.els[s];
        if e.negative {
            continue;
        }
        let mut bonus = 0.0;
        if e.class_weight > 0.0 && e.class_weight == t.els[top].class_weight {
            bonus = top_score * 0.2;
        }
        let ld = t.link_density(s);
        let top_el = &t.els[top];
        // Repeated containers: the body split into sections of the same class.
        let same_kind = e.class_hash != 0 && e.class_hash == top_el.class_hash && e.tag == top_el.tag && ld < 0.3 && e.text_len > 0;
        let keep = same_kind
            || (initialised[s] && e.score + bonus >= threshold)
            || (e.tag == Tag::P
                && ((e.text_len > 80 && ld < 0.25) || (e.text_len > 0 && e.text_len <= 80 && ld == 0.0 && ends_sentence(&t, s))));
        if keep {
            chosen.push(s);
        }
    }
    // 3b. A lead paragraph kept outside the body container (a standfirst, a
    // first paragraph in its own wrapper): prose just before the chosen nodes.
    let leads = find_leads(&t, top, &chosen);
    // 4. Emit blocks, then drop runs of name-like fragments (staff lists, menus).
    let mut raw = Vec::new();
    for &c in leads.iter().chain(chosen.iter()) {
        emit(&t, c, &mut raw);
    }
    let mut blocks = drop_link_blocks(raw);
    drop_fragment_runs(&mut blocks);
    let chars: usize = blocks.iter().map(|b: &Block| b.text.chars().count()).sum();
    let page_chars = t.els[0].text_len.max(1) as f32;
    // Confident when a real body came out of a container that is not a link list.
    // (Measured on both extraction datasets: the fast output is as good as the
    // fallback's once it holds a few paragraphs.)
    let confident =
        chars >= MIN_CONFIDENT_CHARS && t.link_density(top) < 0.5 && (second < top_score * 0.8 || chars as f32 > page_chars * 0.5);
    FastResult { blocks, confident, chars }
}

/// Prose elements right before the content, found among the previous siblings
/// of the top candidate and of its two nearest ancestors, in document order.
fn find_leads(t: &Tree, top: usize, chosen: &[usize]) -> Vec<usize> {
    let mut leads = Vec::new();
    let mut node = top;
    for _ in 0..3 {
        let parent = t.els[node].parent;
        if parent == 0 {
            break;
        }
        let siblings: Vec<usize> =
            t.els[parent].children.iter().filter_map(|c| if let Item::El(j) = c { Some(*j) } else { None }).collect();
        let Some(pos) = siblings.iter().position(|&j| j == node) else { break };
        let first_chosen = siblings.iter().position(|j| chosen.contains(j)).unwrap_or(pos);
        let mut found = Vec::new();
        for &prev in siblings[..first_chosen.min(pos)].iter().rev().take(4) {
            let e = &t.els[prev];
            if e.negative || e.text_len < 25 {
                continue; // figures, spacers, empty wrappers
            }
            if e.text_len >= 80 && t.link_density(prev) < 0.2 && e.text_len <= 1500 && ends_sentence(t, prev) {
                found.push(prev);
            } else {
                break;
            }
        }
        found.reverse();
        leads.splice(0..0, found);
        node = parent;
        if t.els[node].tag == Tag::Body {
            break;
        }
    }
    leads
}

/// A fragment: two or three words, no sentence punctuation, not a heading.
fn is_fragment(b: &Block) -> bool {
    let w = b.text.split_whitespace().count();
    b.kind != BlockKind::Heading && (2..=3).contains(&w) && !b.text.contains(['.', '!', '?', ',', ':', '"', '“'])
}

/// Remove runs of three or more consecutive fragments.
fn drop_fragment_runs(blocks: &mut Vec<Block>) {
    let mut keep = vec![true; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        if is_fragment(&blocks[i]) {
            let mut j = i;
            while j < blocks.len() && is_fragment(&blocks[j]) {
                j += 1;
            }
            if j - i >= 3 {
                keep[i..j].iter_mut().for_each(|k| *k = false);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let mut k = keep.into_iter();
    blocks.retain(|_| k.next().unwrap_or(true));
}

fn ends_sentence(t: &Tree, i: usize) -> bool {
    let mut b = Buf::default();
    collect_into(t, i, &mut b, false);
    b.text.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

/// The first line of text in a sub-tree (up to ~80 characters).
fn lead_text(t: &Tree, i: usize, out: &mut String) {
    for c in &t.els[i].children {
        if out.len() > 80 {
            return;
        }
        match c {
            Item::Text(s) => {
                if !s.trim().is_empty() {
                    out.push_str(s);
                    if t.els[i].tag != Tag::Inline && t.els[i].tag != Tag::A {
                        return;
                    }
                }
            }
            Item::El(j) => {
                if t.els[*j].tag == Tag::Br && !out.trim().is_empty() {
                    return;
                }
                if !t.els[*j].negative {
                    lead_text(t, *j, out);
                    if !out.trim().is_empty() && !matches!(t.els[*j].tag, Tag::Inline | Tag::A) {
                        return;
                    }
                }
            }
        }
    }
}

/// Whether a sub-tree inside the content is boilerplate to drop.
fn drop_conditionally(t: &Tree, i: usize) -> bool {
    let e = &t.els[i];
    if e.negative {
        return true;
    }
    // A section introduced by a related-content label ("Related stories", "Leia também").
    if matches!(e.tag, Tag::Div | Tag::Section | Tag::List | Tag::Other) && e.text_len < 5000 {
        let mut lead = String::new();
        lead_text(t, i, &mut lead);
        if crate::clean::is_related_label(&lead) {
            return true;
        }
    }
    if !matches!(e.tag, Tag::Div | Tag::Section | Tag::List | Tag::Td | Tag::Other | Tag::Quote) {
        return false;
    }
    let ld = t.link_density(i);
    if e.class_weight < 0.0 && e.text_len < 400 {
        return true;
    }
    (e.text_len < 250 && ld > 0.5) || (ld > 0.35 && e.class_weight <= 0.0 && e.text_len > 0 && e.commas < 10)
}

fn kind_of(tag: Tag) -> BlockKind {
    match tag {
        Tag::Heading => BlockKind::Heading,
        Tag::Li => BlockKind::ListItem,
        Tag::Quote => BlockKind::Quote,
        Tag::Pre => BlockKind::Preformatted,
        Tag::Caption => BlockKind::Caption,
        _ => BlockKind::Paragraph,
    }
}

/// A block being built: its text and how much of it is link text.
#[derive(Default)]
struct Buf {
    text: String,
    link_chars: usize,
}

fn collect_into(t: &Tree, i: usize, buf: &mut Buf, in_link: bool) {
    let in_link = in_link || t.els[i].tag == Tag::A;
    for c in &t.els[i].children {
        match c {
            Item::Text(s) => {
                buf.text.push_str(s);
                if in_link {
                    buf.link_chars += s.trim().chars().count();
                }
            }
            Item::El(j) => {
                if t.els[*j].tag == Tag::Br {
                    buf.text.push('\n');
                } else if !t.els[*j].negative {
                    collect_into(t, *j, buf, in_link);
                }
            }
        }
    }
}

fn emit(t: &Tree, i: usize, out: &mut Vec<(Block, usize)>) {
    if drop_conditionally(t, i) {
        return;
    }
    let e = &t.els[i];
    if matches!(e.tag, Tag::Inline | Tag::A | Tag::Br) {
        // An inline element at container level: its text is a paragraph.
        let mut b = Buf::default();
        collect_into(t, i, &mut b, false);
        push_block(out, b, BlockKind::Paragraph);
        return;
    }
    let mut buf = Buf::default();
    let kind = kind_of(e.tag);
    // After a "Related posts" label, siblings are teasers until prose resumes.
    let mut in_related = false;
    for c in &e.children {
        match c {
            Item::Text(s) => {
                if !in_related {
                    buf.text.push_str(s)
                }
            }
            Item::El(j) => {
                let ce = &t.els[*j];
                if in_related {
                    let prose = ce.tag == Tag::P && ce.text_len >= 100 && t.link_density(*j) < 0.2;
                    if !prose {
                        continue;
                    }
                    in_related = false;
                }
                match ce.tag {
                    Tag::Br => buf.text.push('\n'),
                    Tag::Inline | Tag::A => {
                        if !ce.negative {
                            collect_into(t, *j, &mut buf, false);
                        }
                    }
                    _ => {
                        if ce.text_len < 80 && matches!(ce.tag, Tag::Heading | Tag::P | Tag::Div | Tag::Other) {
                            let mut label = Buf::default();
                            collect_into(t, *j, &mut label, false);
                            if crate::clean::is_related_label(&label.text) {
                                push_block(out, std::mem::take(&mut buf), kind);
                                in_related = true;
                                continue;
                            }
                        }
                        push_block(out, std::mem::take(&mut buf), kind);
                        emit(t, *j, out);
                    }
                }
            }
        }
    }
    push_block(out, buf, kind);
}

fn push_block(out: &mut Vec<(Block, usize)>, buf: Buf, kind: BlockKind) {
    let lines: Vec<&str> = buf.text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return;
    }
    // A single line break stays inside the paragraph.
    out.push((Block::new(lines.join("\n"), kind), buf.link_chars));
}

/// Drop short blocks that are mostly link text (related lists, tag clouds),
/// then headings left with nothing under them.
fn drop_link_blocks(blocks: Vec<(Block, usize)>) -> Vec<Block> {
    let kept: Vec<Block> = blocks
        .into_iter()
        .filter(|(b, links)| {
            let chars = b.text.chars().count().max(1);
            let words = b.text.split_whitespace().count();
            // Quotes (embedded posts) carry their links as attribution; a linked
            // sentence ("Ousted CEO can still name directors, ... reports.") is prose.
            let sentence = words >= 12 && b.text.trim_end().ends_with(['.', '!', '?', '"', '”']);
            b.kind == BlockKind::Quote || sentence || !(*links * 2 > chars && words < 40)
        })
        .map(|(b, _)| b)
        .collect();
    let n = kept.len();
    let orphan: Vec<bool> =
        (0..n).map(|i| kept[i].kind == BlockKind::Heading && (i + 1 == n || kept[i + 1].kind == BlockKind::Heading)).collect();
    kept.into_iter().zip(orphan).filter(|(_, o)| !o).map(|(b, _)| b).collect()
}

/// Developer aid: (elements, root text length, paragraph-like candidates) of a page.
#[doc(hidden)]
pub fn debug_stats(dom: &tl::VDom<'_>) -> (usize, u32, usize) {
    let t = Tree::build(dom, true);
    let paras = t.els.iter().filter(|e| matches!(e.tag, Tag::P) && e.text_len >= 25).count();
    (t.els.len(), t.els[0].text_len, paras)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str) -> FastResult {
        let dom = tl::parse(html, tl::ParserOptions::default()).unwrap();
        extract(&dom)
    }

    #[test]
    fn picks_the_article_and_drops_the_chrome() {
        let para = "The harbour authority said on Tuesday that crossings would resume, after engineers checked the structure, the beams and the wiring of the hall.";
        let html = format!(
            "<html><body><div id=menu><a href=/>Home</a> <a href=/n>News</a></div>\
             <div class=\"article-body\"><h2>Sub head</h2><p>{para}</p><p>{para}</p><p>{para}</p>\
             <div class=share><a href=#>Facebook</a> <a href=#>Twitter</a></div><p>{para}</p></div>\
             <div class=related><ul><li><a href=/x>Other story one</a></li><li><a href=/y>Other story two</a></li></ul></div>\
             <footer>Copyright</footer></body></html>"
        );
        let r = run(&html);
        let texts: Vec<&str> = r.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert_eq!(texts[0], "Sub head");
        assert!(texts[1..].iter().all(|t| *t == para));
        assert!(r.confident);
    }

    #[test]
    fn empty_page_is_not_confident() {
        let r = run("<html><body><nav>Home</nav></body></html>");
        assert!(r.blocks.is_empty() && !r.confident);
    }
}
