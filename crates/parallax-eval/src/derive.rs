//! A seeded generator of derived articles with gold provenance.
//!
//! Base articles are real Multi-News leads (read from `../shared/eval` at run
//! time, never stored): every lead of a sampled cluster is a base, so the
//! bases of one cluster are independent reports of the same event (hard
//! negatives). Each base gets up to three derived articles, one per kind:
//! - `verbatim`: a run of its sentences copied as they are, some dropped
//!   (sentence deletion), sometimes an attribution line naming the base's outlet;
//! - `near_verbatim`: sentences dropped and two blocks swapped (reordering), a
//!   few words replaced from a synonym table, numbers changed in some sentences;
//! - `paraphrase`: every kept sentence reworded (all synonym-table words
//!   replaced, the clause before the first comma moved to the end, one word
//!   in six dropped, filler adverbs added), plus inserted opinion sentences
//!   (one BABE sentence labelled as opinionated, each used once per corpus).
//!
//! A derived article is published 1 to 48 hours after its base; one in five
//! derived articles carries no time (direction must then come from other
//! evidence). Gold: the derived pairs (base → derived, and derived siblings,
//! which share a source), the sentence links of each, and the direction.

use crate::generate::Rng;
use crate::stories::{load_multinews, shuffle};
use crate::EvalError;
use std::path::Path;

/// How a derived article was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeriveKind {
    Verbatim,
    NearVerbatim,
    Paraphrase,
}

pub const KINDS: [DeriveKind; 3] = [DeriveKind::Verbatim, DeriveKind::NearVerbatim, DeriveKind::Paraphrase];

/// One generated article.
#[derive(Debug, Clone)]
pub struct GenDoc {
    pub id: String,
    pub outlet: String,
    pub text: String,
    /// Byte spans of its sentences.
    pub sentences: Vec<(usize, usize)>,
    /// Hours since the corpus start, when the article carries a time.
    pub hours: Option<f64>,
    /// Gold: the base it derives from, how, and (derived sentence, base sentence) links.
    pub base: Option<usize>,
    pub kind: Option<DeriveKind>,
    pub links: Vec<(usize, usize)>,
    /// Gold story (Multi-News cluster).
    pub cluster: u32,
}

const SYNONYMS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("says", "claims"),
    ("told", "informed"),
    ("people", "individuals"),
    ("police", "officers"),
    ("killed", "slain"),
    ("found", "discovered"),
    ("big", "large"),
    ("large", "huge"),
    ("small", "little"),
    ("new", "fresh"),
    ("started", "began"),
    ("start", "begin"),
    ("help", "assist"),
    ("show", "reveal"),
    ("shows", "reveals"),
    ("showed", "revealed"),
    ("many", "numerous"),
    ("about", "roughly"),
    ("almost", "nearly"),
    ("after", "following"),
    ("before", "prior to"),
    ("because", "since"),
    ("but", "however"),
    ("also", "additionally"),
    ("government", "administration"),
    ("officials", "authorities"),
    ("official", "spokesperson"),
    ("announced", "unveiled"),
    ("reported", "disclosed"),
    ("report", "account"),
    ("attack", "assault"),
    ("died", "perished"),
    ("death", "passing"),
    ("children", "kids"),
    ("man", "male"),
    ("woman", "female"),
    ("home", "residence"),
    ("house", "residence"),
    ("car", "vehicle"),
    ("city", "town"),
    ("country", "nation"),
    ("company", "firm"),
    ("buy", "purchase"),
    ("bought", "purchased"),
    ("need", "require"),
    ("try", "attempt"),
    ("tried", "attempted"),
    ("get", "obtain"),
    ("got", "obtained"),
    ("think", "believe"),
    ("thinks", "believes"),
    ("important", "crucial"),
    ("problem", "issue"),
    ("problems", "issues"),
    ("leave", "depart"),
    ("left", "departed"),
    ("asked", "requested"),
    ("enough", "sufficient"),
    ("win", "victory"),
    ("won", "secured"),
    ("job", "position"),
    ("jobs", "positions"),
    ("money", "funds"),
    ("week", "seven days"),
    ("month", "four weeks"),
    ("year", "twelve months"),
    ("according to", "as reported by"),
    ("however", "nonetheless"),
    ("while", "whereas"),
    ("still", "nonetheless"),
    ("now", "currently"),
    ("recently", "lately"),
    ("likely", "probable"),
    ("wants", "seeks"),
    ("want", "seek"),
    ("called", "labelled"),
    ("cases", "instances"),
    ("school", "academy"),
    ("state", "province"),
];

const FILLERS: &[&str] = &["reportedly", "in fact", "notably", "apparently", "indeed", "as it turns out"];

/// Opinion sentences: BABE sentences its experts labelled as expressing the
/// writer's opinion (read from `../shared/eval/babe` at run time).
pub fn opinion_pool(eval_root: &Path) -> Result<Vec<String>, EvalError> {
    let path = eval_root.join("babe/final_labels_SG2.csv");
    let text = crate::read_text(&path)?;
    let rows = parse_csv(text.trim_start_matches('\u{feff}'), ';');
    let header = rows.first().cloned().unwrap_or_default();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(t), Some(o)) = (col("text"), col("label_opinion")) else {
        return Err(EvalError::Gold { path, message: "missing text or label_opinion column".into() });
    };
    Ok(rows
        .iter()
        .skip(1)
        .filter(|r| r.get(o).is_some_and(|x| x.starts_with("Expresses") || x.starts_with("Somewhat factual but also opinionated")))
        .filter_map(|r| r.get(t).map(|x| x.trim().to_string()))
        .collect())
}

/// Rows of a delimited file with `"`-quoted fields (`""` inside quotes is a quote).
fn parse_csv(text: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && field.is_empty() {
            quoted = true;
        } else if c == sep {
            row.push(std::mem::take(&mut field));
        } else if c == '\n' {
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        } else if c != '\r' {
            field.push(c);
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

const OUTLET_B: &[&str] = &["Times", "Courier", "Ledger", "Post", "Herald", "Gazette", "Wire", "Chronicle", "Dispatch", "Observer"];

fn outlet(rng: &mut Rng) -> String {
    format!("{} {}", crate::generate::invented_name(rng), OUTLET_B[rng.below(OUTLET_B.len() as u64) as usize])
}

pub(crate) fn substitute(sentence: &str, rng: &mut Rng, rate: f64) -> String {
    let mut out: Vec<String> = Vec::new();
    let words: Vec<&str> = sentence.split(' ').collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let two = words.get(i + 1).map(|n| format!("{w} {n}"));
        if let Some(two) = &two {
            if let Some((_, to)) = SYNONYMS.iter().find(|(f, _)| f == two) {
                if rng.unit() < rate {
                    out.push(to.to_string());
                    i += 2;
                    continue;
                }
            }
        }
        let core = w.trim_end_matches([',', '.', ';', ':']);
        let tail = &w[core.len()..];
        let lower = core.to_lowercase();
        match SYNONYMS.iter().find(|(f, _)| *f == lower) {
            Some((_, to)) if rng.unit() < rate => {
                let mut to = to.to_string();
                if core.starts_with(char::is_uppercase) {
                    if let Some(f) = to.get_mut(0..1) {
                        f.make_ascii_uppercase();
                    }
                }
                out.push(format!("{to}{tail}"))
            }
            _ => out.push(w.to_string()),
        }
        i += 1;
    }
    out.join(" ")
}

pub(crate) fn change_numbers(sentence: &str, rng: &mut Rng) -> String {
    sentence
        .split(' ')
        .map(|w| {
            let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
            if !digits.is_empty() && digits.len() == w.trim_end_matches([',', '.']).len() {
                let n: u64 = digits.parse().unwrap_or(0);
                let tail = &w[digits.len()..];
                format!("{}{tail}", n + 1 + rng.below(9))
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn reword(sentence: &str, rng: &mut Rng) -> String {
    let mut s = substitute(sentence, rng, 1.0);
    // move the leading clause to the end
    if let Some(pos) = s.find(", ") {
        if pos > 10 && pos + 2 < s.len() - 10 {
            let head = s[..pos].to_string();
            let rest = s[pos + 2..].trim_end_matches('.').to_string();
            s = format!("{rest}, {head}.");
        }
    }
    let words: Vec<&str> = s.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 && i + 1 < words.len() && w.len() > 3 && rng.below(6) == 0 {
            continue;
        }
        out.push(w.to_string());
        if i == 1 && rng.below(2) == 0 {
            out.push(FILLERS[rng.below(FILLERS.len() as u64) as usize].to_string());
        }
    }
    let mut s = out.join(" ");
    if let Some(f) = s.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    s
}

/// Whether two leads of a cluster share a run of eight words (wire copy or a
/// common quote in the real data).
fn shares_text(leads: &[String]) -> bool {
    let mut seen: std::collections::HashSet<Vec<String>> = std::collections::HashSet::new();
    for lead in leads {
        let words: Vec<String> = lead
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        let mine: std::collections::HashSet<Vec<String>> = words.windows(8).map(|w| w.to_vec()).collect();
        if mine.iter().any(|g| seen.contains(g)) {
            return true;
        }
        seen.extend(mine);
    }
    false
}

fn assemble(sentences: &[String]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for s in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        spans.push((text.len(), text.len() + s.len()));
        text.push_str(s);
    }
    (text, spans)
}

/// Generates a corpus from `clusters` Multi-News clusters, in publication order.
pub fn generate(eval_root: &Path, clusters: usize, seed: u64) -> Result<Vec<GenDoc>, EvalError> {
    let docs = load_multinews(&eval_root.join("multinews-test"), false)?;
    let mut by_cluster: Vec<Vec<String>> = Vec::new();
    for d in docs {
        let c = d.gold as usize;
        if by_cluster.len() <= c {
            by_cluster.resize(c + 1, Vec::new());
        }
        by_cluster[c].push(d.text);
    }
    // Bases of one cluster must be independent reports: clusters whose leads share a
    // run of eight words (wire copy or a common quote in the real data) are left out.
    let mut order: Vec<usize> = (0..by_cluster.len()).filter(|&c| !shares_text(&by_cluster[c])).collect();
    shuffle(&mut order, seed);
    order.truncate(clusters);
    let mut opinions = opinion_pool(eval_root)?;
    shuffle(&mut opinions, seed ^ 0x0915);
    let mut next_opinion = 0usize;
    let mut rng = Rng(seed ^ 0x5EED);
    let mut out: Vec<GenDoc> = Vec::new();
    for (ci, &c) in order.iter().enumerate() {
        let start = ci as f64 * 6.0;
        for lead in &by_cluster[c] {
            let sents: Vec<String> = parallax_text::split_sentences(lead).iter().map(|s| s.slice(lead).to_string()).collect();
            if sents.len() < 4 {
                continue;
            }
            let base_idx = out.len();
            let base_outlet = outlet(&mut rng);
            let base_hours = start + rng.unit() * 4.0;
            let (text, spans) = assemble(&sents);
            out.push(GenDoc {
                id: format!("b{base_idx}"),
                outlet: base_outlet.clone(),
                text,
                sentences: spans,
                hours: Some(base_hours),
                base: None,
                kind: None,
                links: Vec::new(),
                cluster: c as u32,
            });
            for kind in KINDS {
                if rng.unit() >= 0.6 {
                    continue;
                }
                let n = sents.len();
                let mut keep: Vec<usize> = (0..n).collect();
                let mut new_sents: Vec<(String, Option<usize>)> = Vec::new();
                match kind {
                    DeriveKind::Verbatim => {
                        // a prefix of at least half the sentences, one or two dropped inside
                        let len = (n / 2 + rng.below((n - n / 2) as u64 + 1) as usize).clamp(3, n);
                        keep.truncate(len);
                        for _ in 0..rng.below(2) {
                            if keep.len() > 3 {
                                keep.remove(1 + rng.below(keep.len() as u64 - 1) as usize);
                            }
                        }
                        new_sents.extend(keep.iter().map(|&i| (sents[i].clone(), Some(i))));
                    }
                    DeriveKind::NearVerbatim => {
                        for _ in 0..(1 + rng.below(2)) {
                            if keep.len() > 4 {
                                keep.remove(rng.below(keep.len() as u64) as usize);
                            }
                        }
                        // swap two blocks
                        let cut = 1 + rng.below(keep.len() as u64 - 1) as usize;
                        let half = keep.len() / 2;
                        keep.rotate_left(cut.min(half));
                        for &i in &keep {
                            let mut s = substitute(&sents[i], &mut rng, 0.5);
                            if rng.below(3) == 0 {
                                s = change_numbers(&s, &mut rng);
                            }
                            new_sents.push((s, Some(i)));
                        }
                    }
                    DeriveKind::Paraphrase => {
                        for _ in 0..(1 + rng.below(3)) {
                            if keep.len() > 3 {
                                keep.remove(rng.below(keep.len() as u64) as usize);
                            }
                        }
                        for &i in &keep {
                            new_sents.push((reword(&sents[i], &mut rng), Some(i)));
                        }
                        // one opinion sentence, each used once in a corpus (none once the pool is spent)
                        if let Some(o) = opinions.get(next_opinion).cloned() {
                            next_opinion += 1;
                            let at = rng.below(new_sents.len() as u64 + 1) as usize;
                            new_sents.insert(at, (o, None));
                        }
                    }
                }
                if kind != DeriveKind::NearVerbatim && rng.below(3) == 0 {
                    new_sents.push((format!("The story was first reported by {base_outlet}."), None));
                }
                let idx = out.len();
                let (strings, links): (Vec<String>, Vec<Option<usize>>) = new_sents.into_iter().unzip();
                let (text, spans) = assemble(&strings);
                let gold_links = links.iter().enumerate().filter_map(|(d, b)| b.map(|b| (d, b))).collect();
                out.push(GenDoc {
                    id: format!("d{idx}"),
                    outlet: outlet(&mut rng),
                    text,
                    sentences: spans,
                    hours: (rng.below(5) != 0).then(|| base_hours + 1.0 + rng.unit() * 47.0),
                    base: Some(base_idx),
                    kind: Some(kind),
                    links: gold_links,
                    cluster: c as u32,
                });
            }
        }
    }
    // publication order; untimed articles arrive right after their base
    let key = |d: &GenDoc, all: &[GenDoc]| -> f64 { d.hours.unwrap_or_else(|| d.base.and_then(|b| all[b].hours).unwrap_or(0.0) + 0.5) };
    let keys: Vec<f64> = out.iter().map(|d| key(d, &out)).collect();
    let mut idx: Vec<usize> = (0..out.len()).collect();
    idx.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]).then(a.cmp(&b)));
    let mut pos = vec![0usize; out.len()];
    for (p, &i) in idx.iter().enumerate() {
        pos[i] = p;
    }
    let mut sorted: Vec<GenDoc> = idx.iter().map(|&i| out[i].clone()).collect();
    for d in &mut sorted {
        d.base = d.base.map(|b| pos[b]);
    }
    Ok(sorted)
}

/// A streamed corpus for benchmarks: bases recombine pool sentences (six to
/// ten each); two articles in five derive from one of the last thousand
/// bases, by the same three operations as [`generate`]. Seeded and
/// deterministic; memory stays flat (only recent bases are kept).
pub struct DerivStream<'p> {
    pool: &'p [String],
    rng: Rng,
    recent: std::collections::VecDeque<(usize, f64, Vec<String>)>,
    next_index: usize,
}

/// One streamed article with its gold.
pub struct StreamDoc {
    pub text: String,
    pub sentences: Vec<(usize, usize)>,
    pub hours: f64,
    /// The index of the base it derives from.
    pub base: Option<usize>,
    pub kind: Option<DeriveKind>,
}

impl<'p> DerivStream<'p> {
    pub fn new(pool: &'p [String], seed: u64) -> Self {
        DerivStream { pool, rng: Rng(seed), recent: Default::default(), next_index: 0 }
    }
}

impl Iterator for DerivStream<'_> {
    type Item = StreamDoc;
    fn next(&mut self) -> Option<StreamDoc> {
        let i = self.next_index;
        self.next_index += 1;
        let hours = i as f64 * 0.01;
        let rng = &mut self.rng;
        if self.recent.len() < 10 || rng.below(5) >= 2 {
            let n = 6 + rng.below(5) as usize;
            let sents: Vec<String> = (0..n).map(|_| self.pool[rng.below(self.pool.len() as u64) as usize].clone()).collect();
            let (text, sentences) = assemble(&sents);
            self.recent.push_back((i, hours, sents));
            if self.recent.len() > 1000 {
                self.recent.pop_front();
            }
            return Some(StreamDoc { text, sentences, hours, base: None, kind: None });
        }
        let (base, _, sents) = &self.recent[rng.below(self.recent.len() as u64) as usize];
        let kind = KINDS[rng.below(3) as usize];
        let mut out: Vec<String> = Vec::new();
        let mut keep: Vec<usize> = (0..sents.len()).collect();
        keep.remove(rng.below(keep.len() as u64) as usize);
        for &k in &keep {
            out.push(match kind {
                DeriveKind::Verbatim => sents[k].clone(),
                DeriveKind::NearVerbatim => change_numbers(&substitute(&sents[k], rng, 0.5), rng),
                DeriveKind::Paraphrase => reword(&sents[k], rng),
            });
        }
        if kind != DeriveKind::Verbatim {
            let cut = 1 + rng.below(out.len() as u64 - 1) as usize;
            let half = out.len() / 2;
            out.rotate_left(cut.min(half));
        }
        let (text, sentences) = assemble(&out);
        Some(StreamDoc { text, sentences, hours, base: Some(*base), kind: Some(kind) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transforms_keep_and_change_what_they_should() {
        let mut rng = Rng(7);
        let s = "Police said 12 people were killed in the city after the attack, officials reported.";
        let sub = substitute(s, &mut rng, 1.0);
        assert!(sub.contains("Officers stated") && sub.contains("individuals") && sub.contains("slain"), "{sub}");
        let n = change_numbers(s, &mut rng);
        assert!(!n.contains(" 12 ") && n.len() >= s.len() - 1, "{n}");
        let r = reword(s, &mut rng);
        assert_ne!(r, s);
    }

    #[test]
    fn csv_fields_with_quotes_and_separators() {
        let rows = parse_csv("text;label\n\"He said \"\"no\"\"; then left\";Expresses\n", ';');
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1], ["He said \"no\"; then left", "Expresses"]);
    }
}
