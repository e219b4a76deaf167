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

use crate::EvalError;

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
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(tag[i..j].to_string())
}

fn unescape_into(out: &mut String, s: &str) {
    out.push_str(&s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&"));
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
    TimeDoc { name: name.to_string(), text, dct, gold }
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

fn prf(hit: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system > 0 { hit as f64 / system as f64 } else { 0.0 };
    let r = if gold > 0 { hit as f64 / gold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
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
    let rd = std::fs::read_dir(&folder).map_err(|_| EvalError::Missing(dir.to_path_buf()))?;
    let mut files: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "tml")).collect();
    files.sort();
    let (mut gold_n, mut sys_n, mut strict, mut relaxed, mut value_ok, mut type_ok) = (0, 0, 0, 0, 0, 0);
    for f in &files {
        let xml = std::fs::read_to_string(f).map_err(|source| EvalError::Io { path: f.clone(), source })?;
        let doc = parse_timeml(&f.display().to_string(), &xml);
        let sys = find_timexes(&doc.text, doc.dct);
        gold_n += doc.gold.len();
        sys_n += sys.len();
        for s in &sys {
            if doc.gold.iter().any(|g| g.start == s.start && g.end == s.end) {
                strict += 1;
            }
            if let Some(g) = doc.gold.iter().find(|g| g.start < s.end && s.start < g.end) {
                relaxed += 1;
                if s.value.as_deref() == Some(g.value.as_str()) {
                    value_ok += 1;
                }
                if type_name(s.kind) == g.kind {
                    type_ok += 1;
                }
            }
        }
    }
    let (sp, sr, sf) = prf(strict, sys_n, gold_n);
    let (rp, rr, rf) = prf(relaxed, sys_n, gold_n);
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
        value_f1: prf(value_ok, sys_n, gold_n).2,
        type_f1: prf(type_ok, sys_n, gold_n).2,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
