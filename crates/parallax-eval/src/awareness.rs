//! Temporal awareness (UzZaman and Allen 2011), the metric of SemEval-2015
//! Task 4 (TimeLine), reimplemented from the task description (Minard et al.
//! 2015) because the official scorer is not part of the dataset.
//!
//! A timeline (`ordinal<TAB>date<TAB>event[<TAB>coreferent event...]`) becomes
//! a graph of events and time anchors:
//! - the events of one line are simultaneous (coreference);
//! - lines with ordinal > 0: the same ordinal is simultaneous, a lower ordinal
//!   is before a higher one (ordinal 0 means "not ordered" and adds nothing);
//! - a line with a (partly) known date: its time anchor includes its events;
//! - time anchors are related by their calendar intervals: before, or includes
//!   ("2008-XX-XX" includes "2008-03-XX").
//!
//! Every node is an interval with a start and an end point, so closure is
//! reachability in a graph of `<` and `<=` edges between points. The reduced
//! graph keeps the explicit relations that the others do not imply. Then
//! precision = |reduced(system) ∩ closure(gold)| / |reduced(system)| and
//! recall = |reduced(gold) ∩ closure(system)| / |reduced(gold)|; counts are
//! summed over the timelines of a set (micro-average).

use std::collections::HashMap;

/// One line of a timeline file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineLine {
    pub ordinal: u32,
    /// `YYYY-MM-DD` with `XX` for unknown parts.
    pub date: String,
    /// `docid-sentence-token` ids: the event, then its coreferent events.
    pub events: Vec<String>,
}

/// A timeline: the target entity (first line) and its lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineFile {
    pub entity: String,
    pub lines: Vec<TimelineLine>,
}

/// Parse a timeline file. Lines that do not parse are returned as errors
/// (1-based line number and the problem); the rest is kept.
pub fn parse_timeline(text: &str) -> (TimelineFile, Vec<(usize, String)>) {
    let mut out = TimelineFile::default();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if i == 0 {
            out.entity = line.trim().to_string();
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.split('\t');
        let ordinal = parts.next().and_then(|o| o.trim().parse::<u32>().ok());
        let date = parts.next().map(|d| d.trim().to_string());
        let events: Vec<String> = parts.map(|e| e.trim().to_string()).filter(|e| !e.is_empty()).collect();
        match (ordinal, date) {
            (Some(ordinal), Some(date)) if !events.is_empty() => out.lines.push(TimelineLine { ordinal, date, events }),
            _ => errors.push((i + 1, format!("expected `ordinal<TAB>date<TAB>event...`, got {line:?}"))),
        }
    }
    (out, errors)
}

/// Start and end day numbers of a `YYYY-MM-DD` date with `XX` parts, or
/// `None` when the year is unknown.
fn date_interval(date: &str) -> Option<(i64, i64)> {
    let mut it = date.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: Option<u32> = it.next().and_then(|m| m.parse().ok());
    let d: Option<u32> = it.next().and_then(|d| d.parse().ok());
    let day = |y: i32, m: u32, d: u32| parallax_time::civil::Day::new(y, m, d).map(|x| x.number());
    match (m, d) {
        (Some(m), Some(d)) => {
            let x = day(y, m, d)?;
            Some((x, x))
        }
        (Some(m), None) => Some((day(y, m, 1)?, day(y, m, parallax_time::civil::days_in_month(y, m))?)),
        _ => Some((day(y, 1, 1)?, day(y, 12, 31)?)),
    }
}

/// One spelling per date: `2008`, `2008-03`, `2008-03-01` (the gold files
/// write a year both as `2008` and as `2008-XX-XX`).
fn canonical_date(date: &str) -> String {
    date.split('-').take_while(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())).collect::<Vec<_>>().join("-")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    Before,
    Simultaneous,
    Includes,
}

/// A relation between two named nodes.
type Relation = (usize, Rel, usize);

/// Point edges of a relation: (from, to, strict). Node n has start 2n, end 2n+1.
fn point_edges(r: &Relation) -> Vec<(usize, usize, bool)> {
    let (a, rel, b) = *r;
    let (sa, ea, sb, eb) = (2 * a, 2 * a + 1, 2 * b, 2 * b + 1);
    match rel {
        Rel::Before => vec![(ea, sb, true)],
        Rel::Simultaneous => vec![(sa, sb, false), (sb, sa, false), (ea, eb, false), (eb, ea, false)],
        Rel::Includes => vec![(sa, sb, false), (eb, ea, false)],
    }
}

/// A timeline as a graph: node names, explicit relations.
struct Graph {
    names: HashMap<String, usize>,
    relations: Vec<Relation>,
}

impl Graph {
    fn node(&mut self, name: String) -> usize {
        let n = self.names.len();
        *self.names.entry(name).or_insert(n)
    }

    fn from_timeline(t: &TimelineFile) -> Graph {
        let mut g = Graph { names: HashMap::new(), relations: Vec::new() };
        // Each event id counts once: its first line wins.
        let mut seen = std::collections::HashSet::new();
        let mut heads: Vec<(u32, usize)> = Vec::new();
        let mut anchors: Vec<(String, (i64, i64))> = Vec::new();
        for line in &t.lines {
            let mut events: Vec<usize> = Vec::with_capacity(line.events.len());
            for e in &line.events {
                let e = e.to_lowercase();
                if seen.insert(e.clone()) {
                    events.push(g.node(format!("e:{e}")));
                }
            }
            let Some(&head) = events.first() else { continue };
            for &e in &events[1..] {
                g.relations.push((head, Rel::Simultaneous, e));
            }
            if line.ordinal > 0 {
                heads.push((line.ordinal, head));
            }
            if let Some(iv) = date_interval(&line.date) {
                let name = format!("t:{}", canonical_date(&line.date));
                if !anchors.iter().any(|(n, _)| *n == name) {
                    anchors.push((name.clone(), iv));
                }
                let t = g.node(name);
                g.relations.push((t, Rel::Includes, head));
            }
        }
        heads.sort_by_key(|h| h.0);
        for w in heads.windows(2) {
            let rel = if w[0].0 == w[1].0 { Rel::Simultaneous } else { Rel::Before };
            g.relations.push((w[0].1, rel, w[1].1));
        }
        for (i, (na, a)) in anchors.iter().enumerate() {
            for (nb, b) in anchors.iter().skip(i + 1) {
                let (x, y) = (g.names[na], g.names[nb]);
                if a.1 < b.0 {
                    g.relations.push((x, Rel::Before, y));
                } else if b.1 < a.0 {
                    g.relations.push((y, Rel::Before, x));
                } else if a.0 <= b.0 && b.1 <= a.1 {
                    g.relations.push((x, Rel::Includes, y));
                } else if b.0 <= a.0 && a.1 <= b.1 {
                    g.relations.push((y, Rel::Includes, x));
                }
            }
        }
        g
    }

    fn points(&self) -> usize {
        2 * self.names.len()
    }
}

/// Point graph: adjacency lists, each edge with its strictness and the
/// explicit relation it comes from (so it can be switched off).
struct Points {
    adj: Vec<Vec<(usize, bool, usize)>>,
}

impl Points {
    fn new(points: usize, relations: &[Relation]) -> Points {
        let mut adj = vec![Vec::new(); points];
        for p in 0..points / 2 {
            // Every node is a proper interval: start < end.
            adj[2 * p].push((2 * p + 1, true, usize::MAX));
        }
        for (i, r) in relations.iter().enumerate() {
            for (from, to, strict) in point_edges(r) {
                adj[from].push((to, strict, i));
            }
        }
        Points { adj }
    }

    /// From `from`: which points are reachable (`<=`), and which through at
    /// least one strict edge (`<`), ignoring edges of relations in `off`.
    fn reach(&self, from: usize, off: &[bool]) -> (Vec<bool>, Vec<bool>) {
        let n = self.adj.len();
        let (mut le, mut lt) = (vec![false; n], vec![false; n]);
        let mut stack = vec![(from, false)];
        le[from] = true;
        while let Some((p, strict)) = stack.pop() {
            for &(q, s, rel) in &self.adj[p] {
                if rel != usize::MAX && off[rel] {
                    continue;
                }
                let qs = strict || s;
                if qs && !lt[q] {
                    lt[q] = true;
                    le[q] = true;
                    stack.push((q, true));
                } else if !qs && !le[q] {
                    le[q] = true;
                    stack.push((q, false));
                }
            }
        }
        (le, lt)
    }

    /// Whether the graph (less the `off` relations) implies `a rel b`.
    fn implies(&self, a: usize, rel: Rel, b: usize, off: &[bool]) -> bool {
        let (sa, ea, sb, eb) = (2 * a, 2 * a + 1, 2 * b, 2 * b + 1);
        match rel {
            Rel::Before => self.reach(ea, off).1[sb],
            Rel::Simultaneous => {
                self.reach(sa, off).0[sb] && self.reach(sb, off).0[sa] && self.reach(ea, off).0[eb] && self.reach(eb, off).0[ea]
            }
            Rel::Includes => self.reach(sa, off).0[sb] && self.reach(eb, off).0[ea],
        }
    }
}

/// The explicit relations that the others do not imply, in order.
fn reduce(g: &Graph) -> Vec<Relation> {
    let p = Points::new(g.points(), &g.relations);
    let mut off = vec![false; g.relations.len()];
    for (i, &(a, rel, b)) in g.relations.iter().enumerate() {
        off[i] = true;
        if !p.implies(a, rel, b, &off) {
            off[i] = false;
        }
    }
    g.relations.iter().zip(&off).filter(|(_, o)| !**o).map(|(r, _)| *r).collect()
}

/// How many of `rels` (named in `from`) the closure of `to` implies.
fn implied(rels: &[Relation], from: &Graph, to: &Graph) -> usize {
    let mut names = vec![""; from.names.len()];
    for (name, &i) in &from.names {
        names[i] = name.as_str();
    }
    let p = Points::new(to.points(), &to.relations);
    let off = vec![false; to.relations.len()];
    rels.iter()
        .filter(|(a, rel, b)| match (to.names.get(names[*a]), to.names.get(names[*b])) {
            (Some(&x), Some(&y)) => p.implies(x, *rel, y, &off),
            _ => false,
        })
        .count()
}

/// Counts behind precision and recall, summed over timelines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Awareness {
    /// Reduced system relations, and how many the gold closure implies.
    pub system: usize,
    pub system_correct: usize,
    /// Reduced gold relations, and how many the system closure implies.
    pub gold: usize,
    pub gold_found: usize,
}

impl Awareness {
    pub fn add(&mut self, o: Awareness) {
        self.system += o.system;
        self.system_correct += o.system_correct;
        self.gold += o.gold;
        self.gold_found += o.gold_found;
    }
    pub fn precision(&self) -> f64 {
        if self.system == 0 {
            0.0
        } else {
            self.system_correct as f64 / self.system as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.gold_found as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Temporal awareness counts of one system timeline against its gold.
pub fn score(gold: &TimelineFile, system: &TimelineFile) -> Awareness {
    let (g, s) = (Graph::from_timeline(gold), Graph::from_timeline(system));
    let (gr, sr) = (reduce(&g), reduce(&s));
    Awareness { system: sr.len(), system_correct: implied(&sr, &s, &g), gold: gr.len(), gold_found: implied(&gr, &g, &s) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tl(text: &str) -> TimelineFile {
        let (t, errors) = parse_timeline(text);
        assert!(errors.is_empty(), "{errors:?}");
        t
    }

    #[test]
    fn lines_parse_and_bad_lines_are_reported() {
        let (t, errors) = parse_timeline("Acme\n1\t2008-03-XX\t1-2-sold\t4-5-sale\nnot a line\n\n2\tXXXX-XX-XX\t1-3-fell\n");
        assert_eq!(t.entity, "Acme");
        assert_eq!(t.lines.len(), 2);
        assert_eq!(t.lines[0].events, ["1-2-sold", "4-5-sale"]);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, 3);
    }

    #[test]
    fn dates_become_calendar_intervals() {
        let (a, b) = date_interval("2008-XX-XX").unwrap();
        assert_eq!(b - a, 365); // 2008 is a leap year
        let (a, b) = date_interval("2008-02-XX").unwrap();
        assert_eq!(b - a, 28);
        assert_eq!(date_interval("XXXX-XX-XX"), None);
        assert_eq!(date_interval("2008"), date_interval("2008-XX-XX"));
        assert_eq!(canonical_date("2008-XX-XX"), "2008");
        assert_eq!(canonical_date("2008-03"), "2008-03");
        assert_eq!(canonical_date("2008-03-XX"), "2008-03");
        assert_eq!(canonical_date("2008-03-01"), "2008-03-01");
    }

    #[test]
    fn identical_timelines_score_one() {
        let g = tl("Acme\n0\tXXXX-XX-XX\t1-4-talks\n1\t2008-XX-XX\t1-2-sold\n2\t2008-03-01\t1-3-fell\t2-1-drop\n2\t2008-03-01\t2-3-said\n");
        let a = score(&g, &g);
        assert!(a.gold > 0);
        assert_eq!(a.system, a.gold);
        assert_eq!(a.system_correct, a.system);
        assert_eq!(a.gold_found, a.gold);
        assert_eq!(a.f1(), 1.0);
    }

    #[test]
    fn reduction_drops_implied_relations() {
        // a < b < c with anchors: the chain and the anchors suffice.
        let g = Graph::from_timeline(&tl("X\n1\t2001-XX-XX\t1-1-a\n2\t2002-XX-XX\t1-2-b\n3\t2003-XX-XX\t1-3-c\n"));
        let r = reduce(&g);
        // Events inside years do not order the years, so the anchor chain
        // stays, and the event chain follows from anchors and inclusion.
        assert!(r.len() < g.relations.len(), "{} of {}", r.len(), g.relations.len());
        let before = r.iter().filter(|x| x.1 == Rel::Before).count();
        assert_eq!(before, 2, "{r:?}");
    }

    #[test]
    fn swapped_order_is_wrong_and_missing_events_cost_recall() {
        let gold = tl("X\n1\tXXXX-XX-XX\t1-1-a\n2\tXXXX-XX-XX\t1-2-b\n3\tXXXX-XX-XX\t1-3-c\n");
        let swapped = tl("X\n1\tXXXX-XX-XX\t1-2-b\n2\tXXXX-XX-XX\t1-1-a\n3\tXXXX-XX-XX\t1-3-c\n");
        let a = score(&gold, &swapped);
        // System says b<a (wrong) and a<c (right).
        assert_eq!((a.system, a.system_correct), (2, 1));
        // Gold a<b is not implied; b<c is (b<a<c).
        assert_eq!((a.gold, a.gold_found), (2, 1));
        let partial = tl("X\n1\tXXXX-XX-XX\t1-1-a\n2\tXXXX-XX-XX\t1-3-c\n");
        let a = score(&gold, &partial);
        assert_eq!((a.system, a.system_correct), (1, 1));
        assert_eq!((a.gold, a.gold_found), (2, 0));
        assert!(a.precision() == 1.0 && a.recall() == 0.0);
    }

    #[test]
    fn same_ordinal_is_simultaneous_and_ordinal_zero_is_unordered() {
        let gold = tl("X\n0\tXXXX-XX-XX\t1-9-z\n1\tXXXX-XX-XX\t1-1-a\n1\tXXXX-XX-XX\t1-2-b\n");
        let sys = tl("X\n1\tXXXX-XX-XX\t1-9-z\n1\tXXXX-XX-XX\t1-1-a\n1\tXXXX-XX-XX\t1-2-b\n");
        let a = score(&gold, &sys);
        // Gold has one relation (a = b); the system adds z = a, which gold cannot confirm.
        assert_eq!(a.gold, 1);
        assert_eq!(a.gold_found, 1);
        assert_eq!((a.system, a.system_correct), (2, 1));
    }

    #[test]
    fn anchors_order_events_across_lines() {
        // The system gives no ordinals but the right dates: the anchors order the events.
        let gold = tl("X\n1\t2008-01-05\t1-1-a\n2\t2008-02-07\t1-2-b\n");
        let sys = tl("X\n0\t2008-01-05\t1-1-a\n0\t2008-02-07\t1-2-b\n");
        let a = score(&gold, &sys);
        assert_eq!(a.gold_found, a.gold);
        assert_eq!(a.system_correct, a.system);
        // A wrong date for b: its inclusion is wrong.
        let wrong = tl("X\n0\t2008-01-05\t1-1-a\n0\t2007-02-07\t1-2-b\n");
        let a = score(&gold, &wrong);
        assert!(a.system_correct < a.system);
        assert!(a.gold_found < a.gold);
        // The same year written two ways is one anchor.
        let short = tl("X\n1\t2008\t1-1-a\n");
        let long = tl("X\n1\t2008-XX-XX\t1-1-a\n");
        assert_eq!(score(&short, &long).f1(), 1.0);
    }
}
