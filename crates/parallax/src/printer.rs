//! Printers: a readable terminal summary, one JSON document, or JSON Lines.
//! The JSON shapes are the contract in `docs/schema.md`.

use std::collections::HashMap;
use std::io::Write;

use anyhow::Result;
use parallax_model::{Article, DateInfo, Diagnostic, SCHEMA_VERSION};
use serde::Serialize;

use crate::analyze::Summary;
use crate::entities::EntityOut;
use crate::provenance::ProvenanceOut;
use crate::stories::{StoriesReport, StoryOut};

pub trait Printer {
    fn article(&mut self, article: &Article) -> Result<()>;
    /// Stories and topics, after all articles.
    fn stories(&mut self, report: &StoriesReport) -> Result<()>;
    /// A pair of articles sharing text, as soon as it is found.
    fn pair(&mut self, pair: &parallax_provenance::Pair) -> Result<()>;
    /// Originality, direction and groups, after the stories.
    fn provenance(&mut self, out: &ProvenanceOut) -> Result<()>;
    /// Corpus entities (aliases merged), after provenance.
    fn entities(&mut self, ents: &[EntityOut]) -> Result<()>;
    fn finish(&mut self, diagnostics: &[Diagnostic], summary: &Summary) -> Result<()>;
}

/// One JSON document, streamed: articles are written as they come, so memory
/// does not grow with the number of articles.
pub struct JsonPrinter<W: Write> {
    out: W,
    first: bool,
    stories_written: bool,
    /// Pairs arrive among the articles but are printed after the stories:
    /// they wait in an unnamed temporary file (gone when closed), not in memory.
    spool: Option<(std::io::BufWriter<std::fs::File>, u64)>,
}

impl<W: Write> JsonPrinter<W> {
    pub fn new(mut out: W) -> Result<Self> {
        write!(out, "{{\"schema_version\":\"{SCHEMA_VERSION}\",\"articles\":[")?;
        Ok(JsonPrinter { out, first: true, stories_written: false, spool: None })
    }
}

impl<W: Write> Printer for JsonPrinter<W> {
    fn article(&mut self, article: &Article) -> Result<()> {
        if !self.first {
            self.out.write_all(b",")?;
        }
        self.first = false;
        serde_json::to_writer(&mut self.out, article)?;
        Ok(())
    }

    fn stories(&mut self, report: &StoriesReport) -> Result<()> {
        self.out.write_all(b"],\"stories\":")?;
        serde_json::to_writer(&mut self.out, &report.stories)?;
        self.out.write_all(b",\"topics\":")?;
        serde_json::to_writer(&mut self.out, &report.topics)?;
        self.stories_written = true;
        Ok(())
    }

    fn pair(&mut self, pair: &parallax_provenance::Pair) -> Result<()> {
        if self.spool.is_none() {
            let file = tempfile::tempfile().map_err(|e| anyhow::anyhow!("cannot create a temporary file for pairs: {e}"))?;
            self.spool = Some((std::io::BufWriter::new(file), 0));
        }
        let (file, count) = self.spool.as_mut().expect("created above");
        if *count > 0 {
            file.write_all(b",")?;
        }
        serde_json::to_writer(&mut *file, pair)?;
        *count += 1;
        Ok(())
    }

    fn provenance(&mut self, out: &ProvenanceOut) -> Result<()> {
        use std::io::Seek;
        self.out.write_all(b",\"provenance\":{\"pairs\":[")?;
        if let Some((file, _)) = self.spool.take() {
            let mut f = file.into_inner().map_err(|e| e.into_error())?;
            f.rewind()?;
            std::io::copy(&mut f, &mut self.out)?;
        }
        self.out.write_all(b"],\"articles\":")?;
        serde_json::to_writer(&mut self.out, &out.report.articles)?;
        self.out.write_all(b",\"groups\":")?;
        serde_json::to_writer(&mut self.out, &out.report.groups)?;
        self.out.write_all(b"}")?;
        Ok(())
    }

    fn entities(&mut self, ents: &[EntityOut]) -> Result<()> {
        self.out.write_all(b",\"entities\":")?;
        serde_json::to_writer(&mut self.out, ents)?;
        Ok(())
    }

    fn finish(&mut self, diagnostics: &[Diagnostic], summary: &Summary) -> Result<()> {
        if !self.stories_written {
            self.out.write_all(b"]")?;
        }
        self.out.write_all(b",\"diagnostics\":")?;
        serde_json::to_writer(&mut self.out, diagnostics)?;
        self.out.write_all(b",\"summary\":")?;
        serde_json::to_writer(&mut self.out, summary)?;
        self.out.write_all(b"}\n")?;
        self.out.flush()?;
        Ok(())
    }
}

/// JSON Lines: `{"type":"article",...}` per article, then `{"type":"diagnostic",...}`
/// per problem, then one `{"type":"summary",...}`.
pub struct JsonlPrinter<W: Write> {
    out: W,
}

impl<W: Write> JsonlPrinter<W> {
    pub fn new(out: W) -> Self {
        JsonlPrinter { out }
    }
}

#[derive(Serialize)]
struct Line<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'static str,
    schema_version: &'static str,
    #[serde(flatten)]
    data: &'a T,
}

impl<W: Write> Printer for JsonlPrinter<W> {
    fn article(&mut self, article: &Article) -> Result<()> {
        serde_json::to_writer(&mut self.out, &Line { kind: "article", schema_version: SCHEMA_VERSION, data: article })?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    fn stories(&mut self, report: &StoriesReport) -> Result<()> {
        for s in &report.stories {
            serde_json::to_writer(&mut self.out, &Line { kind: "story", schema_version: SCHEMA_VERSION, data: s })?;
            self.out.write_all(b"\n")?;
        }
        for t in &report.topics {
            serde_json::to_writer(&mut self.out, &Line { kind: "topic", schema_version: SCHEMA_VERSION, data: t })?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn pair(&mut self, pair: &parallax_provenance::Pair) -> Result<()> {
        serde_json::to_writer(&mut self.out, &Line { kind: "pair", schema_version: SCHEMA_VERSION, data: pair })?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    fn provenance(&mut self, out: &ProvenanceOut) -> Result<()> {
        let r = &out.report;
        for a in &r.articles {
            serde_json::to_writer(&mut self.out, &Line { kind: "provenance", schema_version: SCHEMA_VERSION, data: a })?;
            self.out.write_all(b"\n")?;
        }
        for g in &r.groups {
            serde_json::to_writer(&mut self.out, &Line { kind: "group", schema_version: SCHEMA_VERSION, data: g })?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn entities(&mut self, ents: &[EntityOut]) -> Result<()> {
        // The entity has a `type` of its own, so it is nested rather than flattened into the line.
        #[derive(Serialize)]
        struct EntityLine<'a> {
            entity: &'a EntityOut,
        }
        for e in ents {
            serde_json::to_writer(
                &mut self.out,
                &Line { kind: "entity", schema_version: SCHEMA_VERSION, data: &EntityLine { entity: e } },
            )?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self, diagnostics: &[Diagnostic], summary: &Summary) -> Result<()> {
        for d in diagnostics {
            serde_json::to_writer(&mut self.out, &Line { kind: "diagnostic", schema_version: SCHEMA_VERSION, data: d })?;
            self.out.write_all(b"\n")?;
        }
        serde_json::to_writer(&mut self.out, &Line { kind: "summary", schema_version: SCHEMA_VERSION, data: summary })?;
        self.out.write_all(b"\n")?;
        self.out.flush()?;
        Ok(())
    }
}

/// The terminal summary: one block per article.
pub struct HumanPrinter<W: Write> {
    out: W,
    /// The first pairs found, shown side by side after the stories (JSON has them all).
    shown: Vec<parallax_provenance::Pair>,
    show_text: bool,
    styled: bool,
}

impl<W: Write> HumanPrinter<W> {
    pub fn new(out: W, show_text: bool, styled: bool) -> Self {
        HumanPrinter { out, shown: Vec::new(), show_text, styled }
    }

    /// Shared text, highlighted on a terminal.
    fn mark(&self, s: &str) -> String {
        if self.styled {
            format!("\x1b[33m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn bold(&self, s: &str) -> String {
        if self.styled {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn date(d: &Option<DateInfo>) -> String {
    match d {
        Some(d) => format!(
            "{}  (from {}: {})",
            d.value,
            serde_json::to_value(d.source).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default(),
            d.evidence
        ),
        None => "-".into(),
    }
}

const COLUMN: usize = 48;
const SHOWN_PAIRS: usize = 50;
/// Articles listed per story, and timeline events per story, in the terminal
/// summary; `--json` has all of them.
const SHOWN_MEMBERS: usize = 20;
const SHOWN_EVENTS: usize = 12;
/// Statements listed per story in the terminal summary.
const SHOWN_STATEMENTS: usize = 8;
/// Quotes listed per article in the terminal summary.
const SHOWN_QUOTES: usize = 8;

/// "… and 3 more events (all of them in --json)" when a list of `total` shows `shown`.
fn more_line(o: &mut Vec<u8>, indent: &str, total: usize, shown: usize, noun: &str) -> std::io::Result<()> {
    match total.saturating_sub(shown) {
        0 => Ok(()),
        1 => writeln!(o, "{indent}… and 1 more {noun} (all of them in --json)"),
        more => writeln!(o, "{indent}… and {more} more {noun}s (all of them in --json)"),
    }
}

/// Words of `s` in lines of at most `width` characters; a word longer than a
/// line is cut into pieces that fit.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let pieces = s.split_whitespace().flat_map(|w| {
        let chars: Vec<char> = w.chars().collect();
        chars.chunks(width.max(1)).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>()
    });
    for w in pieces {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn clip(s: &str, n: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > n {
        format!("{}…", one_line.chars().take(n).collect::<String>())
    } else {
        one_line
    }
}

impl<W: Write> Printer for HumanPrinter<W> {
    fn article(&mut self, a: &Article) -> Result<()> {
        let o = &mut Vec::new();
        writeln!(
            o,
            "{} {}  [{}]",
            self.bold("══"),
            self.bold(&a.source.display()),
            serde_json::to_value(a.source.format)?.as_str().unwrap_or("")
        )?;
        writeln!(o, "  title      {}", a.title.as_deref().unwrap_or("-"))?;
        writeln!(o, "  outlet     {}", a.outlet.as_deref().unwrap_or("-"))?;
        let byline = match (&a.byline, a.authors.is_empty()) {
            (Some(b), false) if a.authors.join(", ") != *b => format!("{b}  (authors: {})", a.authors.join("; ")),
            (Some(b), _) => b.clone(),
            (None, _) => "-".into(),
        };
        writeln!(o, "  byline     {byline}")?;
        writeln!(o, "  published  {}", date(&a.published))?;
        if a.modified.is_some() {
            writeln!(o, "  modified   {}", date(&a.modified))?;
        }
        let lang = match &a.language {
            Some(l) => match l.confidence {
                Some(c) => format!("{} ({}, {:.2})", l.code, l.source, c),
                None => format!("{} ({})", l.code, l.source),
            },
            None => "-".into(),
        };
        writeln!(o, "  language   {lang}")?;
        writeln!(o, "  words      {}  ({} paragraphs, {} sentences)", a.word_count, a.paragraphs.len(), a.sentences.len())?;
        if let Some(url) = &a.url {
            writeln!(o, "  url        {url}")?;
        }
        if let Some(d) = &a.dateline {
            writeln!(o, "  dateline   {}", d.place)?;
        }
        if !a.time_expressions.is_empty() {
            let shown: Vec<String> = a
                .time_expressions
                .iter()
                .take(6)
                .map(|t| match &t.value {
                    Some(v) if t.relative => format!("{} → {v}", t.text),
                    Some(v) if v != &t.text => format!("{} ({v})", t.text),
                    Some(_) => t.text.clone(),
                    None => format!("{} (unanchored)", t.text),
                })
                .collect();
            let more = if a.time_expressions.len() > 6 { format!(" … {} in all", a.time_expressions.len()) } else { String::new() };
            writeln!(o, "  time       {}{more}", shown.join("; "))?;
        }
        if !a.entities.is_empty() {
            let mut named: Vec<&parallax_model::ArticleEntity> = a.entities.iter().filter(|e| e.role != "author").collect();
            named.sort_by_key(|e| std::cmp::Reverse(e.mentions));
            let list: Vec<String> = named
                .iter()
                .take(8)
                .map(|e| format!("{} ({}{})", e.name, e.kind, if e.mentions > 1 { format!(" ×{}", e.mentions) } else { String::new() }))
                .collect();
            let more = if named.len() > 8 { format!(" … {} in all", named.len()) } else { String::new() };
            writeln!(o, "  who        {}{more}", list.join("; "))?;
        }
        if let Some(l) = a.language.as_ref().filter(|l| l.surely_not_english()) {
            writeln!(o, "  who        - (names and quotes are read in English only; this text is {})", l.code)?;
        }
        if !a.quotes.is_empty() {
            writeln!(o, "  who said what ({}):", a.quotes.len())?;
            for q in a.quotes.iter().take(SHOWN_QUOTES) {
                let said = q.source.map(|s| s.slice(&a.text).to_string()).unwrap_or_else(|| "?".into());
                // (a long source is cut before the speaker's name, which always shows)
                // (a joint source shows every speaker: "… → Jonas Aune & Mirela Dovan")
                let names = q.co_speakers.iter().chain(&q.speaker).map(|s| s.name.as_str()).collect::<Vec<_>>().join(" & ");
                let mut who = match &q.speaker {
                    Some(_) if names != said => {
                        let room = 30usize.saturating_sub(names.chars().count() + 4).max(8);
                        format!("{} → {}", clip(&said, room), names)
                    }
                    _ => said,
                };
                if let Some(r) = q.relayed_by {
                    who = format!("{who} (via {})", q.reporter.as_ref().map_or(r.slice(&a.text), |s| s.name.as_str()));
                }
                let who = clip(&who, 30);
                let cue = q.cue.map(|c| c.slice(&a.text).to_string()).unwrap_or_default();
                writeln!(o, "    - {:<30} {:<10} {:<8} {}", who, clip(&cue, 10), q.kind, clip(q.content.slice(&a.text), 70))?;
            }
            more_line(o, "    ", a.quotes.len(), SHOWN_QUOTES, "quote")?;
        }
        for c in &a.captions {
            writeln!(o, "  caption    {}", clip(c, 90))?;
        }
        if a.removed.is_empty() {
            writeln!(o, "  stripped   nothing")?;
        } else {
            writeln!(o, "  stripped   {} piece(s):", a.removed.len())?;
            for r in &a.removed {
                writeln!(o, "    - {:<16} {:<46} ({})", r.reason.name(), format!("\"{}\"", clip(&r.text, 42)), r.rule)?;
            }
        }
        if self.show_text {
            writeln!(o)?;
            for p in &a.paragraphs {
                writeln!(o, "    {}", p.slice(&a.text).replace('\n', "\n    "))?;
                writeln!(o)?;
            }
        }
        writeln!(o)?;
        self.out.write_all(o)?;
        Ok(())
    }

    fn stories(&mut self, report: &StoriesReport) -> Result<()> {
        let o = &mut Vec::new();
        writeln!(o, "{} {} stories in {} topics", self.bold("══"), report.stories.len(), report.topics.len())?;
        // Stories by id, gathered once: a scan of every story per topic made the
        // summary quadratic (30,000 one-story topics took 20 s).
        let by_id: HashMap<&str, &StoryOut> = report.stories.iter().map(|s| (s.id.as_str(), s)).collect();
        for t in &report.topics {
            // In the topic's order: a thread reads in time order.
            let in_topic: Vec<&StoryOut> = t.stories.iter().filter_map(|id| by_id.get(id.as_str()).copied()).collect();
            let indent = if in_topic.len() > 1 { "    " } else { "  " };
            if in_topic.len() > 1 {
                let span = match (&t.start, &t.end) {
                    (Some(a), Some(b)) if a != b => format!(", {a} → {b}"),
                    (Some(a), _) => format!(", {a}"),
                    _ => String::new(),
                };
                writeln!(o, "  topic: {} ({} stories{span})", t.label, in_topic.len())?;
            }
            for s in in_topic {
                let span = match (&s.start, &s.end) {
                    (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
                    (Some(a), _) => a.clone(),
                    _ => "undated".into(),
                };
                writeln!(
                    o,
                    "{indent}{}  {}  ({} article{}, {span})",
                    self.bold("story"),
                    s.label,
                    s.articles.len(),
                    if s.articles.len() == 1 { "" } else { "s" }
                )?;
                for m in s.articles.iter().take(SHOWN_MEMBERS) {
                    let mut shared =
                        if m.shared_terms.is_empty() { String::new() } else { format!("  shared: {}", m.shared_terms.join(", ")) };
                    if !m.shared_entities.is_empty() {
                        shared
                            .push_str(&format!("  entities: {}", m.shared_entities.iter().take(3).cloned().collect::<Vec<_>>().join(", ")));
                    }
                    writeln!(o, "{indent}  - {:<44} sim {:.2}{shared}", clip(&m.source, 44), m.similarity)?;
                }
                more_line(o, &format!("{indent}  "), s.articles.len(), SHOWN_MEMBERS, "article")?;
                if !s.timeline.is_empty() {
                    writeln!(o, "{indent}  timeline:")?;
                    for e in s.timeline.iter().take(SHOWN_EVENTS) {
                        let n = e.reports.len();
                        let conflict = if e.conflicting_days.is_empty() {
                            String::new()
                        } else {
                            format!("  [also reported as {}]", e.conflicting_days.join(", "))
                        };
                        writeln!(
                            o,
                            "{indent}    {}  {}  ({n} article{}){conflict}",
                            e.day,
                            clip(&e.text, 80),
                            if n == 1 { "" } else { "s" }
                        )?;
                    }
                    more_line(o, &format!("{indent}    "), s.timeline.len(), SHOWN_EVENTS, "event")?;
                }
                // Statements reported by two articles or more, in a story of several: who said
                // what, and who reports it (every statement is in --json).
                let shared: Vec<_> = s.statements.iter().filter(|st| st.reports.len() > 1).collect();
                if s.articles.len() > 1 && !shared.is_empty() {
                    writeln!(o, "{indent}  who said what, reported by more than one article:")?;
                    for st in shared.iter().take(SHOWN_STATEMENTS) {
                        let n = st.reports.len();
                        writeln!(o, "{indent}    {:<24} {:<8} {}  ({n} articles)", clip(&st.speaker, 24), st.kind, clip(&st.text, 64))?;
                    }
                    more_line(o, &format!("{indent}    "), shared.len(), SHOWN_STATEMENTS, "statement")?;
                }
            }
            // Written topic by topic, so the buffer holds one topic, not the whole section.
            self.out.write_all(o)?;
            o.clear();
        }
        writeln!(o)?;
        self.out.write_all(o)?;
        Ok(())
    }

    fn pair(&mut self, pair: &parallax_provenance::Pair) -> Result<()> {
        if self.shown.len() < SHOWN_PAIRS {
            self.shown.push(pair.clone());
        }
        Ok(())
    }

    fn provenance(&mut self, out: &ProvenanceOut) -> Result<()> {
        use parallax_provenance::Direction;
        let r = &out.report;
        let o = &mut Vec::new();
        let groups = r.groups.len();
        writeln!(
            o,
            "{} {} pair{} share{} text · {groups} group{} of derived articles",
            self.bold("══"),
            out.pair_count,
            if out.pair_count == 1 { "" } else { "s" },
            if out.pair_count == 1 { "s" } else { "" },
            if groups == 1 { "" } else { "s" }
        )?;
        for p in &self.shown {
            let (a, b) = (out.source(&p.a), out.source(&p.b));
            let arrow = match p.direction {
                Direction::AFromB => format!("{a}  ⟵ derives from ⟵  {b}"),
                Direction::BFromA => format!("{b}  ⟵ derives from ⟵  {a}"),
                Direction::Unknown => format!("{a}  ⟷  {b}  (common source or unknown direction)"),
            };
            writeln!(o, "  {}  {arrow}", self.bold("pair"))?;
            writeln!(
                o,
                "    mostly {}; {:.0}% of the first found in the second, {:.0}% of the second in the first",
                p.kind.as_str().replace('_', "-"),
                p.a_share * 100.0,
                p.b_share * 100.0
            )?;
            for e in &p.evidence {
                let detail = e.detail.replace(&p.a, a).replace(&p.b, b);
                writeln!(o, "    evidence ({}): {detail}", e.kind.replace('_', " "))?;
            }
            let (ta, tb) = (out.texts.get(&p.a), out.texts.get(&p.b));
            for x in p.passages.iter().take(8) {
                let tag = format!("{}{}", x.kind.as_str().replace('_', "-"), if x.numbers_differ { ", numbers differ" } else { "" });
                writeln!(o, "    ┌ {tag} · {}..{} ⟷ {}..{}", x.a.start, x.a.end, x.b.start, x.b.end)?;
                // The figures each side states that the other does not.
                if let (Some(ta), Some(tb), true) = (ta, tb, x.numbers_differ && !(x.a_only.is_empty() && x.b_only.is_empty())) {
                    // (a clock's or a decimal's two figures read as one: "04:12", not "04, 12")
                    let list = |spans: &[parallax_model::Span], t: &str| {
                        let mut shown: Vec<parallax_model::Span> = Vec::new();
                        for s in spans {
                            match shown.last_mut() {
                                Some(last) if s.start == last.end + 1 && matches!(t.get(last.end..s.start), Some(":" | ".")) => {
                                    last.end = s.end
                                }
                                _ => shown.push(*s),
                            }
                        }
                        shown.iter().map(|s| s.slice(t)).collect::<Vec<_>>().join(", ")
                    };
                    writeln!(o, "    │ only here: {}  ⟷  only here: {}", list(&x.a_only, ta), list(&x.b_only, tb))?;
                }
                if let (Some(ta), Some(tb)) = (ta, tb) {
                    let left = wrap(x.a.slice(ta), COLUMN);
                    let right = wrap(x.b.slice(tb), COLUMN);
                    for i in 0..left.len().max(right.len()).min(6) {
                        let l = left.get(i).map(String::as_str).unwrap_or("");
                        let r = right.get(i).map(String::as_str).unwrap_or("");
                        let pad = COLUMN.saturating_sub(l.chars().count());
                        writeln!(o, "    │ {}{} │ {}", self.mark(l), " ".repeat(pad), self.mark(r))?;
                    }
                }
            }
        }
        if out.pair_count > self.shown.len() {
            writeln!(o, "  … {} more pairs (see --json)", out.pair_count - self.shown.len())?;
        }
        for a in &r.articles {
            let mut rel = Vec::new();
            if !a.derived_from.is_empty() {
                rel.push(format!("derives from {}", a.derived_from.iter().map(|x| out.source(x)).collect::<Vec<_>>().join(", ")));
            }
            if !a.copied_by.is_empty() {
                rel.push(format!("reused by {}", a.copied_by.len()))
            }
            writeln!(o, "  {:<44} original {:>3.0}%  {}", clip(out.source(&a.article), 44), a.originality * 100.0, rel.join("; "))?;
        }
        writeln!(o)?;
        self.out.write_all(o)?;
        Ok(())
    }

    fn entities(&mut self, ents: &[EntityOut]) -> Result<()> {
        let o = &mut Vec::new();
        let shown: Vec<&EntityOut> = ents.iter().filter(|e| e.role != "author").take(20).collect();
        writeln!(o, "{} {} entities (aliases merged; most named first)", self.bold("══"), ents.len())?;
        for e in shown {
            let aka = if e.aliases.is_empty() {
                String::new()
            } else {
                format!("aka {}", e.aliases.iter().take(4).cloned().collect::<Vec<_>>().join(", "))
            };
            let role = if e.role == "participant" { String::new() } else { format!(" [{}]", e.role) };
            let meto = if e.metonymy { " (its government)" } else { "" };
            let s = |n: usize| if n == 1 { "" } else { "s" };
            let (articles, stories) = (e.articles.len(), e.stories.len());
            writeln!(
                o,
                "  {:<32} {:<13} {:>3} mention{} in {:>2} article{}, {stories} stor{}{role}{meto}  {}",
                clip(&e.name, 32),
                e.kind,
                e.mentions,
                s(e.mentions as usize),
                articles,
                s(articles),
                if stories == 1 { "y" } else { "ies" },
                clip(&aka, 60)
            )?;
        }
        writeln!(o)?;
        self.out.write_all(o)?;
        Ok(())
    }

    fn finish(&mut self, _diagnostics: &[Diagnostic], _summary: &Summary) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_cuts_a_word_longer_than_the_column() {
        // Found by comparing two files that share a 200,000-letter run: the side-by-side
        // view printed it on one line.
        let blob = "z".repeat(200);
        let lines = wrap(&format!("the pier {blob} reopened"), COLUMN);
        assert!(lines.iter().all(|l| l.chars().count() <= COLUMN), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("thepier{blob}reopened"));
        assert_eq!(wrap("Ana Lind said the pier would reopen.", 12), vec!["Ana Lind", "said the", "pier would", "reopen."]);
    }
}
