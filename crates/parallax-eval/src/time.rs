//! Time expression quality on TempEval-3 platinum (TimeML).
//!
//! Extent: strict (exact span) and relaxed (overlap) precision, recall, F1.
//! Attributes (as the TE3 scorer): value and type F1 over relaxed matches:
//! P = relaxed matches with the right attribute / system timexes,
//! R = the same / gold timexes. The document creation time (in `<DCT>`) is
//! the anchor, given to the system, and not scored.

use std::path::Path;

use parallax_time::civil::Day;
use parallax_time::{find_timexes, TimexType};
use serde::Serialize;

use crate::cat::{attr, meantime_files, read_tokens, unescape_into};
use crate::EvalError;

// (regex is a dependency of this crate through the extraction harness.)

/// A gold time expression: byte span in the stripped text, type and value.
#[derive(Debug, Clone)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

/// One TimeML document, tags stripped.
pub struct TimeDoc {
    pub name: String,
    pub text: String,
    pub dct: Option<Day>,
    pub gold: Vec<GoldTimex>,
    /// End of the annotated part of `text` (MEANTIME annotates the title and
    /// the first five sentences only); system output past it is not scored.
    pub scored_end: usize,
}

/// Strip the tags of a TimeML `<TEXT>` body, keeping TIMEX3 spans.
pub fn parse_timeml(name: &str, xml: &str) -> TimeDoc {
    let dct = xml.find("<DCT>").and_then(|i| xml[i..].find("value=\"").map(|j| i + j + 7)).and_then(|i| Day::parse(&xml[i..]));
    let body = match (xml.find("<TEXT>"), xml.find("</TEXT>")) {
        (Some(a), Some(b)) if b > a => &xml[a + 6..b],
        _ => "",
    };
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        unescape_into(&mut text, &rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else { break };
        let tag = &rest[lt..lt + gt + 1];
        if tag.starts_with("<TIMEX3") {
            open = Some((text.len(), attr(tag, "type").unwrap_or_default(), attr(tag, "value").unwrap_or_default()));
        } else if tag.starts_with("</TIMEX3") {
            if let Some((start, kind, value)) = open.take() {
                gold.push(GoldTimex { start, end: text.len(), kind, value });
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    unescape_into(&mut text, rest);
    let scored_end = text.len();
    TimeDoc { name: name.to_string(), text, dct, gold, scored_end }
}

/// Extent and attribute scores.
#[derive(Debug, Clone, Serialize)]
pub struct TimeScore {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    pub strict_precision: f64,
    pub strict_recall: f64,
    pub strict_f1: f64,
    pub relaxed_precision: f64,
    pub relaxed_recall: f64,
    pub relaxed_f1: f64,
    pub value_f1: f64,
    pub type_f1: f64,
}

/// Counts for precision (over system timexes) and recall (over gold timexes),
/// kept apart so that two system timexes inside one gold span count once for recall.
#[derive(Default)]
struct Tally {
    gold: usize,
    system: usize,
    strict_sys: usize,
    strict_gold: usize,
    relaxed_sys: usize,
    relaxed_gold: usize,
    value_sys: usize,
    value_gold: usize,
    type_sys: usize,
    type_gold: usize,
}

impl Tally {
    fn add(&mut self, doc: &TimeDoc, sys: &[parallax_time::Timex]) {
        let overlaps = |g: &GoldTimex, s: &parallax_time::Timex| g.start < s.end && s.start < g.end;
        self.gold += doc.gold.len();
        self.system += sys.len();
        for s in sys {
            let matched: Vec<&GoldTimex> = doc.gold.iter().filter(|g| overlaps(g, s)).collect();
            self.strict_sys += matched.iter().any(|g| g.start == s.start && g.end == s.end) as usize;
            self.relaxed_sys += (!matched.is_empty()) as usize;
            self.value_sys += matched.iter().any(|g| s.value.as_deref() == Some(g.value.as_str())) as usize;
            self.type_sys += matched.iter().any(|g| type_name(s.kind) == g.kind) as usize;
        }
        for g in &doc.gold {
            let matched: Vec<&parallax_time::Timex> = sys.iter().filter(|s| overlaps(g, s)).collect();
            self.strict_gold += matched.iter().any(|s| g.start == s.start && g.end == s.end) as usize;
            self.relaxed_gold += (!matched.is_empty()) as usize;
            self.value_gold += matched.iter().any(|s| s.value.as_deref() == Some(g.value.as_str())) as usize;
            self.type_gold += matched.iter().any(|s| type_name(s.kind) == g.kind) as usize;
        }
    }

    fn score(&self, sys_hits: usize, gold_hits: usize) -> (f64, f64, f64) {
        let p = if self.system > 0 { sys_hits as f64 / self.system as f64 } else { 0.0 };
        let r = if self.gold > 0 { gold_hits as f64 / self.gold as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

fn type_name(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Score the tagger on the `te3-platinum/` folder of `dir`.
pub fn eval_tempeval(dir: &Path) -> Result<TimeScore, EvalError> {
    let folder = dir.join("te3-platinum");
    if !folder.is_dir() {
        return Err(EvalError::Missing(dir.to_path_buf()));
    }
    let files = crate::files_with_ext(&folder, "tml")?;
    let mut t = Tally::default();
    for f in &files {
        let xml = crate::read_text(f)?;
        let doc = parse_timeml(&f.display().to_string(), &xml);
        let sys = find_timexes(&doc.text, doc.dct);
        t.add(&doc, &sys);
    }
    let (gold_n, sys_n) = (t.gold, t.system);
    let (sp, sr, sf) = t.score(t.strict_sys, t.strict_gold);
    let (rp, rr, rf) = t.score(t.relaxed_sys, t.relaxed_gold);
    Ok(TimeScore {
        documents: files.len(),
        gold: gold_n,
        system: sys_n,
        strict_precision: sp,
        strict_recall: sr,
        strict_f1: sf,
        relaxed_precision: rp,
        relaxed_recall: rr,
        relaxed_f1: rf,
        value_f1: t.score(t.value_sys, t.value_gold).2,
        type_f1: t.score(t.type_sys, t.type_gold).2,
    })
}

/// MEANTIME figures: extent F1 (relaxed) and value accuracy over gold timexes,
/// within the annotated part of each article (title and first five sentences).
#[derive(Debug, Clone, Serialize)]
pub struct MeantimeTimeScore {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    pub relaxed_f1: f64,
    /// Gold timexes found with the exact value / all gold timexes.
    pub value_accuracy: f64,
    pub value_f1: f64,
}

static CAT_TIMEX: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r#"(?s)<TIMEX3\b([^>]*?)>(.*?)</TIMEX3>"#).unwrap());
static ANCHOR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r#"t_id="(\d+)""#).unwrap());

/// A MEANTIME (CAT XML) document: text rebuilt from tokens, gold timexes as byte spans.
pub fn parse_cat(xml: &str) -> TimeDoc {
    let cat = read_tokens(xml);
    // MEANTIME annotates the title and the first five sentences.
    let scored_end = cat.end_of_sentence(5);
    let spans = &cat.tokens;
    let mut gold = Vec::new();
    let mut dct = None;
    for c in CAT_TIMEX.captures_iter(xml) {
        let attrs = &c[1];
        let ids: Vec<&str> = ANCHOR.captures_iter(&c[2]).map(|a| a.get(1).unwrap().as_str()).collect();
        let value = attr(attrs, "value").unwrap_or_default();
        if attrs.contains("functionInDocument=\"CREATION_TIME\"") {
            dct = Day::parse(&value);
        }
        let (Some(first), Some(last)) = (ids.first().and_then(|i| spans.get(*i)), ids.last().and_then(|i| spans.get(*i))) else { continue };
        gold.push(GoldTimex { start: first.0, end: last.1, kind: attr(attrs, "type").unwrap_or_default(), value });
    }
    TimeDoc { name: String::new(), text: cat.text, dct, gold, scored_end }
}

/// Score the tagger on `meantime-en/` (all four corpora).
pub fn eval_meantime(dir: &Path) -> Result<MeantimeTimeScore, EvalError> {
    let files = meantime_files(dir)?;
    let mut t = Tally::default();
    for f in &files {
        let xml = crate::read_text(f)?;
        let doc = parse_cat(&xml);
        let sys: Vec<_> = find_timexes(&doc.text, doc.dct).into_iter().filter(|t| t.start < doc.scored_end).collect();
        t.add(&doc, &sys);
    }
    Ok(MeantimeTimeScore {
        documents: files.len(),
        gold: t.gold,
        system: t.system,
        relaxed_f1: t.score(t.relaxed_sys, t.relaxed_gold).2,
        value_accuracy: if t.gold > 0 { t.value_gold as f64 / t.gold as f64 } else { 0.0 },
        value_f1: t.score(t.value_sys, t.value_gold).2,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cat_documents_rebuild_text_and_spans() {
        let xml = r#"<token t_id="1" sentence="0" number="0">Sales</token><token t_id="2" sentence="0" number="1">fell</token><token t_id="3" sentence="0" number="2">Friday</token><token t_id="4" sentence="1" number="0">Next</token>
            <Markables><TIMEX3 m_id="9" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/></TIMEX3></Markables>"#;
        let d = parse_cat(xml);
        assert_eq!(d.text, "Sales fell Friday\nNext");
        assert_eq!(&d.text[d.gold[0].start..d.gold[0].end], "Friday");
        assert_eq!(d.dct, Day::new(2008, 3, 1));
        assert_eq!(d.scored_end, d.text.len());
    }

    #[test]
    fn timeml_is_stripped_with_offsets() {
        let xml = r#"<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT><TEXT>It <EVENT eid="e1">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>.</TEXT>"#;
        let d = parse_timeml("x", xml);
        assert_eq!(d.text, "It fell & rose Thursday.");
        assert_eq!(d.dct, Day::new(2013, 3, 22));
        assert_eq!(&d.text[d.gold[0].start..d.gold[0].end], "Thursday");
        assert_eq!(d.gold[0].value, "2013-03-21");
    }
}
