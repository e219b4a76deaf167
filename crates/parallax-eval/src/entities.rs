//! Entity mention quality on GUM (news and interviews) and MEANTIME.
//!
//! Gold named mentions, as a CoNLL-style comparison:
//! - GUM: mentions whose syntactic head is a proper noun (`PROPN`), or a
//!   common noun with a proper noun in apposition or `flat` under it
//!   (`spokeswoman Sujata Raisinghani`), types person, organization, place.
//!   The name is the run of proper nouns (and `of`, `and`, `&`, `de` between
//!   them) around that proper noun, without tokens of names nested inside it
//!   (`NASA` in `NASA Administrator Charles Bolden`).
//! - MEANTIME: `ENTITY_MENTION`s of syntactic type `NAM` whose entity is
//!   `PER`, `ORG` or `LOC`, in the annotated part (title and first five
//!   sentences); a leading `the` is not part of the name.
//!
//! System types: person → PER, organization → ORG, place and facility → LOC,
//! and a group named in the plural (`Americans`, `Democrats`) → PER: both gold
//! standards count a group of people as a person (GUM's `person` is "people,
//! groups of people"; GUM tags `Americans` a proper noun), while the system
//! keeps nationalities, religions and parties apart as `group`, and a group's
//! adjective (`American troops`, `the Republican party`) names no one.
//! Exact: same span and type. Overlap: P = system mentions overlapping a gold
//! mention of the same type / system mentions; R = gold mentions overlapping
//! a system mention of the same type / gold mentions.

use std::collections::HashMap;
use std::path::Path;

use parallax_entities::{Context, EntityType, Recognizer};
use serde::Serialize;

use crate::cat::{attr, meantime_files, read_tokens};
use crate::EvalError;

const TYPES: [&str; 3] = ["PER", "ORG", "LOC"];

/// A document with its text, sentences, gold named mentions and the end of its scored part.
pub struct EntDoc {
    pub name: String,
    pub text: String,
    pub sentences: Vec<(usize, usize)>,
    pub gold: Vec<(usize, usize, &'static str)>,
    pub scored_end: usize,
    /// The dataset marks a nationality adjective before a noun as a mention of the
    /// country ("American automakers": MEANTIME, a `PRE.NAM` place), so a singular
    /// group ("American") is scored as a place; GUM does not mark it.
    pub demonyms_are_places: bool,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub gold: usize,
    pub system: usize,
}

fn prf(p_hit: usize, sys: usize, r_hit: usize, gold: usize) -> Prf {
    let p = if sys == 0 { 0.0 } else { p_hit as f64 / sys as f64 };
    let r = if gold == 0 { 0.0 } else { r_hit as f64 / gold as f64 };
    let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    Prf { precision: p, recall: r, f1, gold, system: sys }
}

/// Scores on one dataset: all three types together and each alone.
#[derive(Debug, Clone, Serialize)]
pub struct EntityScore {
    pub documents: usize,
    pub exact: Prf,
    pub overlap: Prf,
    pub by_type_exact: HashMap<&'static str, Prf>,
    pub by_type_overlap: HashMap<&'static str, Prf>,
}

/// The scored type of a system mention, if any (see [`EntDoc::demonyms_are_places`]).
pub fn sys_type(t: EntityType, name: &str, demonyms_are_places: bool) -> Option<&'static str> {
    match t {
        EntityType::Person => Some("PER"),
        EntityType::Group if is_plural(name) => Some("PER"),
        EntityType::Group if demonyms_are_places => Some("LOC"),
        EntityType::Organization => Some("ORG"),
        EntityType::Place | EntityType::Facility => Some("LOC"),
        _ => None,
    }
}

/// A name in the plural: its last word ends in `s` but not `ss` (`Americans`,
/// `Senate Democrats`; not `Swiss`).
fn is_plural(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    last.len() > 3 && last.ends_with('s') && !last.ends_with("ss")
}

/// Run the shipped recogniser on the documents and score it.
pub fn score_docs(docs: &[EntDoc], rec: &Recognizer) -> EntityScore {
    // Per type: exact hits, overlap P hits, overlap R hits, system, gold.
    let mut c: HashMap<&'static str, [usize; 5]> = HashMap::new();
    for d in docs {
        let (mentions, _) = rec.analyze(&d.text, &d.sentences, &Context::default());
        let sys: Vec<(usize, usize, &'static str)> = mentions
            .iter()
            .filter(|m| m.start < d.scored_end)
            .filter_map(|m| Some((m.start, m.end, sys_type(m.kind, &d.text[m.start..m.end], d.demonyms_are_places)?)))
            .collect();
        for t in TYPES {
            let s: Vec<_> = sys.iter().filter(|m| m.2 == t).collect();
            let g: Vec<_> = d.gold.iter().filter(|m| m.2 == t).collect();
            let e = c.entry(t).or_default();
            e[0] += s.iter().filter(|m| g.iter().any(|x| x.0 == m.0 && x.1 == m.1)).count();
            e[1] += s.iter().filter(|m| g.iter().any(|x| x.0 < m.1 && m.0 < x.1)).count();
            e[2] += g.iter().filter(|x| s.iter().any(|m| x.0 < m.1 && m.0 < x.1)).count();
            e[3] += s.len();
            e[4] += g.len();
        }
    }
    let mut by_type_exact = HashMap::new();
    let mut by_type_overlap = HashMap::new();
    let mut tot = [0usize; 5];
    for t in TYPES {
        let e = c.get(t).copied().unwrap_or_default();
        by_type_exact.insert(t, prf(e[0], e[3], e[0], e[4]));
        by_type_overlap.insert(t, prf(e[1], e[3], e[2], e[4]));
        for k in 0..5 {
            tot[k] += e[k];
        }
    }
    EntityScore {
        documents: docs.len(),
        exact: prf(tot[0], tot[3], tot[0], tot[4]),
        overlap: prf(tot[1], tot[3], tot[2], tot[4]),
        by_type_exact,
        by_type_overlap,
    }
}

/// Read the GUM `.conllu` documents (named mentions of people, organisations and places).
pub fn load_gum(dir: &Path, only: Option<&[String]>) -> Result<Vec<EntDoc>, EvalError> {
    let conllu = dir.join("conllu");
    let names = crate::files_with_ext(&conllu, "conllu")?;
    let mut docs = Vec::new();
    for p in names {
        let name = p.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        if only.is_some_and(|o| !o.contains(&name)) {
            continue;
        }
        let src = crate::read_text(&p)?;
        docs.push(parse_gum(&name, &src));
    }
    Ok(docs)
}

struct GTok {
    form: String,
    upos: String,
    head: usize,
    deprel: String,
    space_after: bool,
}

/// One GUM document: text with the tokens' spacing, sentences, and gold named mentions.
pub fn parse_gum(name: &str, src: &str) -> EntDoc {
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut gold = Vec::new();
    let mut sent: Vec<(GTok, String)> = Vec::new();
    let flush = |sent: &mut Vec<(GTok, String)>,
                 text: &mut String,
                 sentences: &mut Vec<(usize, usize)>,
                 gold: &mut Vec<(usize, usize, &'static str)>| {
        if sent.is_empty() {
            return;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        let mut offs = Vec::new();
        for (t, _) in sent.iter() {
            let s = text.len();
            text.push_str(&t.form);
            offs.push((s, text.len()));
            if t.space_after {
                text.push(' ');
            }
        }
        let end = offs.last().map(|o| o.1).unwrap_or(start);
        sentences.push((start, end));
        // Entity brackets: `(id-type-...` opens, `id)` closes; `(...)` both.
        let mut open: HashMap<String, (usize, String)> = HashMap::new();
        let mut mentions: Vec<(usize, usize, String)> = Vec::new();
        for (i, (_, ent)) in sent.iter().enumerate() {
            let b = ent.as_bytes();
            let mut k = 0;
            while k < b.len() {
                if b[k] == b'(' {
                    let rest = &ent[k + 1..];
                    let stop = rest.find(['(', ')']).unwrap_or(rest.len());
                    let desc = &rest[..stop];
                    let mut parts = desc.splitn(3, '-');
                    let id = parts.next().unwrap_or("").to_string();
                    let ty = parts.next().unwrap_or("").to_string();
                    if rest[stop..].starts_with(')') {
                        mentions.push((i, i + 1, ty));
                        k += 1 + stop + 1;
                    } else {
                        open.insert(id, (i, ty));
                        k += 1 + stop;
                    }
                } else if b[k].is_ascii_digit() {
                    let stop = ent[k..].find(')').map(|j| k + j).unwrap_or(b.len());
                    let id = &ent[k..stop];
                    if let Some((s, ty)) = open.remove(id) {
                        mentions.push((s, i + 1, ty));
                    }
                    k = stop + 1;
                } else {
                    k += 1;
                }
            }
        }
        let toks: Vec<&GTok> = sent.iter().map(|(t, _)| t).collect();
        for (a, b, ty) in &mentions {
            let label = match ty.as_str() {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                _ => continue,
            };
            // The head: the token whose head lies outside the mention.
            let Some(mut h) = (*a..*b).find(|&i| toks[i].head == 0 || toks[i].head - 1 < *a || toks[i].head > *b) else { continue };
            // Tokens of smaller mentions nested inside this one are not part of its name.
            let nested = |i: usize, h: usize| {
                mentions.iter().any(|(x, y, _)| (x, y) != (a, b) && *x >= *a && *y <= *b && i >= *x && i < *y && !(h >= *x && h < *y))
            };
            if toks[h].upos != "PROPN" {
                // A common-noun head with the name in apposition or flat under it:
                // "spokeswoman Sujata Raisinghani", "nominee Ken Cuccinelli".
                let named = (*a..*b).find(|&i| {
                    toks[i].upos == "PROPN" && toks[i].head == h + 1 && matches!(toks[i].deprel.as_str(), "flat" | "appos") && !nested(i, h)
                });
                match named {
                    Some(i) => h = i,
                    None => continue,
                }
            }
            let nested = |i: usize| nested(i, h);
            let in_name = |i: usize| toks[i].upos == "PROPN" && !nested(i);
            let joiner = |i: usize| matches!(toks[i].form.as_str(), "of" | "and" | "&" | "de" | "-");
            let mut s = h;
            while s > *a && (in_name(s - 1) || (s >= a + 2 && joiner(s - 1) && in_name(s - 2))) {
                s -= 1;
            }
            let mut e = h + 1;
            while e < *b && (in_name(e) || (e + 1 < *b && joiner(e) && in_name(e + 1))) {
                e += 1;
            }
            gold.push((offs[s].0, offs[e - 1].1, label));
        }
        sent.clear();
    };
    for line in src.lines() {
        if line.is_empty() {
            flush(&mut sent, &mut text, &mut sentences, &mut gold);
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains(['-', '.']) {
            continue;
        }
        let misc = cols[9];
        let ent = misc.split('|').find_map(|m| m.strip_prefix("Entity=")).unwrap_or("").to_string();
        let tok = GTok {
            form: cols[1].to_string(),
            upos: cols[3].to_string(),
            head: cols[6].parse().unwrap_or(0),
            deprel: cols[7].to_string(),
            space_after: !misc.split('|').any(|m| m == "SpaceAfter=No"),
        };
        sent.push((tok, ent));
    }
    flush(&mut sent, &mut text, &mut sentences, &mut gold);
    let scored_end = text.len();
    EntDoc { name: name.to_string(), text, sentences, gold, scored_end, demonyms_are_places: false }
}

/// The dev and test documents of GUM's `splits.md` (held out from the model's training texts).
pub fn gum_held_out(dir: &Path) -> Vec<String> {
    let Ok(s) = std::fs::read_to_string(dir.join("splits.md")) else { return Vec::new() };
    let mut out = Vec::new();
    let mut on = false;
    for line in s.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            on = h.trim() == "dev" || h.trim() == "test";
        } else if on {
            if let Some(n) = line.trim().strip_prefix("* ") {
                out.push(n.trim().to_string());
            }
        }
    }
    out
}

/// One MEANTIME CAT document: named PER, ORG and LOC mentions in the annotated sentences.
pub fn parse_meantime(name: &str, xml: &str) -> EntDoc {
    let cat = read_tokens(xml);
    // Entity types through REFERS_TO (mention -> entity).
    let mut ent_type: HashMap<String, String> = HashMap::new();
    for part in xml.split("<ENTITY ").skip(1) {
        let tag = &part[..part.find('>').unwrap_or(part.len())];
        if let (Some(m), Some(t)) = (attr(tag, "m_id"), attr(tag, "ent_type")) {
            ent_type.insert(m, t);
        }
    }
    let mut mention_type: HashMap<String, String> = HashMap::new();
    for part in xml.split("<REFERS_TO").skip(1) {
        let body = &part[..part.find("</REFERS_TO>").unwrap_or(part.len())];
        let target = body.split("<target ").nth(1).and_then(|t| attr(t, "m_id")).and_then(|m| ent_type.get(&m)).cloned();
        if let Some(t) = target {
            for s in body.split("<source ").skip(1) {
                if let Some(m) = attr(s, "m_id") {
                    mention_type.insert(m, t.clone());
                }
            }
        }
    }
    let mut gold = Vec::new();
    for part in xml.split("<ENTITY_MENTION ").skip(1) {
        let head = &part[..part.find('>').unwrap_or(part.len())];
        if !matches!(attr(head, "syntactic_type").as_deref(), Some("NAM" | "PRE.NAM")) || head.ends_with('/') {
            continue;
        }
        let body = &part[..part.find("</ENTITY_MENTION>").unwrap_or(part.len())];
        let label = match attr(head, "m_id").and_then(|m| mention_type.get(&m)).map(String::as_str) {
            Some("PER") => "PER",
            Some("ORG") => "ORG",
            Some("LOC") => "LOC",
            _ => continue,
        };
        let anchors: Vec<&(usize, usize, u32)> =
            body.split("<token_anchor ").skip(1).filter_map(|a| attr(a, "t_id")).filter_map(|t| cat.tokens.get(&t)).collect();
        let (Some(s), Some(e)) = (anchors.iter().map(|a| a.0).min(), anchors.iter().map(|a| a.1).max()) else { continue };
        let s = if cat.text[s..e].starts_with("the ") || cat.text[s..e].starts_with("The ") { s + 4 } else { s };
        gold.push((s, e, label));
    }
    // The annotated part: the title and the first five sentences (the cross-document
    // layer marks some mentions past it, but not all of them).
    let scored_end = cat.end_of_sentence(5);
    EntDoc { name: name.to_string(), text: cat.text, sentences: cat.sentences, gold, scored_end, demonyms_are_places: true }
}

/// All MEANTIME documents.
pub fn load_meantime(dir: &Path) -> Result<Vec<EntDoc>, EvalError> {
    let files = meantime_files(dir)?;
    let mut docs = Vec::new();
    for p in files {
        let xml = crate::read_text(&p)?;
        docs.push(parse_meantime(&p.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default(), &xml));
    }
    Ok(docs)
}

/// Scores on GUM (its dev and test documents only: the other 35 news and
/// interview documents are in the shipped model's training data) and MEANTIME.
#[derive(Debug, Clone, Serialize)]
pub struct WhoScore {
    pub gum_held_out: Option<EntityScore>,
    pub meantime: Option<EntityScore>,
}

pub fn eval_who(gum: Option<&Path>, meantime: Option<&Path>) -> Result<WhoScore, EvalError> {
    let rec = Recognizer::shipped().map_err(|e| EvalError::Gold { path: "model/ner.bin.gz".into(), message: e.to_string() })?;
    let mut held = None;
    if let Some(g) = gum {
        let names = gum_held_out(g);
        let docs = load_gum(g, Some(&names))?;
        held = Some(score_docs(&docs, rec));
    }
    let mt = meantime.map(|m| load_meantime(m).map(|d| score_docs(&d, rec))).transpose()?;
    Ok(WhoScore { gum_held_out: held, meantime: mt })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meantime_name_before_a_noun_is_gold() {
        // "Ostmark markets fell ." : the country is a pre-modifying name (PRE.NAM), a place;
        // the noun phrase "markets" (NOM) is not a name.
        let xml = r#"<token t_id="1" sentence="0" number="0">Ostmark</token><token t_id="2" sentence="0" number="1">markets</token><token t_id="3" sentence="0" number="2">fell</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="PRE.NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NOM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="LOC"/>
<ENTITY m_id="11" ent_type="FIN"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
</Relations>"#;
        let d = parse_meantime("t", xml);
        assert_eq!(d.gold, [(0, 7, "LOC")]);
        assert!(d.demonyms_are_places);
    }

    #[test]
    fn a_group_named_in_the_plural_is_scored_as_people_and_its_adjective_is_not() {
        assert_eq!(sys_type(EntityType::Group, "Americans", false), Some("PER"));
        assert_eq!(sys_type(EntityType::Group, "Senate Democrats", false), Some("PER"));
        assert_eq!(sys_type(EntityType::Group, "American", false), None);
        assert_eq!(sys_type(EntityType::Group, "Swiss", false), None);
        assert_eq!(sys_type(EntityType::Facility, "Port Aven Terminal", false), Some("LOC"));
        assert_eq!(sys_type(EntityType::Product, "Boeings", false), None);
        // where the dataset marks a nationality adjective as the country
        assert_eq!(sys_type(EntityType::Group, "American", true), Some("LOC"));
        assert_eq!(sys_type(EntityType::Group, "Americans", true), Some("PER"));
    }
}
