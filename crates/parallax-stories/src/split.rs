//! Splitting a story that has merged two events.
//!
//! Joining is greedy: one borderline article can pull a story towards another
//! event of the same kind, and the reports of that event then join the mixed
//! centroid. So a story is checked while it is small: when its size reaches
//! `split_min`, and again at each doubling up to `split_max`. The check runs
//! two-means over the members' vectors (seeds: the member least like the
//! whole story, and the member least like that one). When the two halves'
//! centroids are less similar than `split_threshold` (`split_threshold_large`
//! from `split_large` members on), the half without the
//! story's first article becomes a new story of the same topic, and its
//! articles are reported as moved ([`crate::Clusterer::take_moves`]).
//!
//! The check touches only the members of one story, at most `split_max`
//! of them, and runs once per doubling: its cost per article stays flat.

use crate::{for_shared, merge_sum, Clusterer, Move, Story, Term, TermVec, LABEL_PAIRS};

/// Rounds of two-means; it settles in two or three on real stories.
const ROUNDS: usize = 8;

/// What a story keeps of a member while it may still be split.
#[derive(Debug, Clone)]
pub(crate) struct MemberVec {
    pub article: u32,
    /// The article's vector, as it was compared.
    pub v: TermVec,
    /// How well it fitted when it joined (its weight in the centroid).
    pub fit: f32,
    pub day: Option<f64>,
    /// Its name pairs, for labels.
    pub pairs: TermVec,
}

impl Clusterer {
    /// Keep what a split of story `id` needs of its new member, then check
    /// the story when its size is a checkpoint.
    pub(crate) fn remember(&mut self, id: u32, article: u32, v: TermVec, fit: f32, day: Option<f64>, pairs: TermVec) {
        let (min, max) = (self.config.split_min.max(1), self.config.split_max);
        let story = &mut self.stories[id as usize];
        // Past the last check, or freed when it closed (an article older than the
        // rest can reopen it): a split needs every member, so the story is settled
        // (`may_split`, before this member is kept).
        if story.size > max || story.members.len() + 1 != story.size as usize {
            story.members = Vec::new();
            return;
        }
        // Exact-size copies: the vector may sit in a much larger buffer, and a story keeps
        // these until it is settled or closed.
        let (mut v, mut pairs) = (v, pairs);
        v.shrink_to_fit();
        pairs.shrink_to_fit();
        let story = &mut self.stories[id as usize];
        story.members.push(MemberVec { article, v, fit, day, pairs });
        let size = story.size;
        if let Some(d) = day {
            self.closing.push_back((d, id));
            self.free_closed(d);
        }
        if size >= min && size.is_multiple_of(min) && (size / min).is_power_of_two() {
            self.check_split(id);
        }
    }

    /// Free the members' vectors of stories closed by `day` (idle past the
    /// horizon): they are no longer candidates, so they are never checked again.
    fn free_closed(&mut self, day: f64) {
        let horizon = self.config.horizon_days as f64;
        while let Some(&(d, id)) = self.closing.front() {
            if day - d <= horizon {
                break;
            }
            self.closing.pop_front();
            let story = &mut self.stories[id as usize];
            if story.last_day.is_none_or(|last| day - last > horizon) {
                story.members = Vec::new();
            }
        }
    }

    /// Sum of vectors, every term kept.
    fn sum<'a>(vs: impl Iterator<Item = &'a TermVec>) -> TermVec {
        vs.fold(Vec::new(), |acc, v| merge_sum(&acc, v, usize::MAX, |_| 0.0))
    }

    /// Which members of story `id` leave it (`true`), when two-means finds two
    /// halves far enough apart to split; the half with the first member stays.
    fn halves(&self, id: u32) -> Option<Vec<bool>> {
        let members = &self.stories[id as usize].members;
        let n = members.len();
        if n < 4 {
            return None;
        }
        // IDF applied once: every cosine below is then a plain one (IDF is
        // linear in a sum, so sums of weighted vectors are weighted sums).
        let weighted: Vec<TermVec> = members.iter().map(|m| m.v.iter().map(|(k, w)| (*k, w * self.idf(*k))).collect()).collect();
        let norms: Vec<f32> = weighted.iter().map(|v| norm(v)).collect();
        let sim = |i: usize, c: &TermVec, cn: f32| dot(&weighted[i], c) / (norms[i] * cn);
        // The first member least like `c` (each similarity computed once).
        let least_like = |c: &TermVec| {
            let cn = norm(c);
            (0..n).map(|i| (sim(i, c, cn), i)).min_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1))).map(|(_, i)| i)
        };
        let side = |in_b: &[bool], b: bool| Self::sum((0..n).filter(|&i| in_b[i] == b).map(|i| &weighted[i]));
        let b = least_like(&Self::sum(weighted.iter()))?;
        let a = least_like(&weighted[b])?;
        if a == b {
            return None;
        }
        // The centroids of the two halves, first of the two seeds alone.
        let (mut ca, mut cb) = (weighted[a].clone(), weighted[b].clone());
        let mut in_b: Vec<bool> = (0..n).map(|i| i == b).collect();
        for _ in 0..ROUNDS {
            let (na, nb) = (norm(&ca), norm(&cb));
            let next: Vec<bool> = (0..n).map(|i| sim(i, &cb, nb) > sim(i, &ca, na)).collect();
            if next == in_b {
                break;
            }
            in_b = next;
            (ca, cb) = (side(&in_b, false), side(&in_b, true));
        }
        let moved = in_b.iter().filter(|&&x| x).count();
        // Halves of a large story are steadier: their centroids differ less by chance.
        let threshold = if n >= self.config.split_large as usize { self.config.split_threshold_large } else { self.config.split_threshold };
        if moved < 2 || n - moved < 2 || dot(&ca, &cb) / (norm(&ca) * norm(&cb)) >= threshold {
            return None;
        }
        // The story keeps its id with its first article.
        if in_b[0] {
            in_b.iter_mut().for_each(|x| *x = !*x);
        }
        Some(in_b)
    }

    /// Centroid (members weighted by fit, strongest terms kept), its norm,
    /// time span and label pairs, from members.
    fn rebuild(&self, members: &[MemberVec]) -> (TermVec, f32, Option<f64>, Option<f64>, TermVec) {
        let fits: Vec<TermVec> = members.iter().map(|m| m.v.iter().map(|(k, w)| (*k, w * m.fit)).collect()).collect();
        let centroid = Self::sum(fits.iter());
        let pairs = Self::sum(members.iter().map(|m| &m.pairs));
        // The strongest terms, as `join` keeps them.
        let centroid = merge_sum(&centroid, &[], self.config.centroid_terms, |&(k, w)| w * self.idf(k));
        let pairs = merge_sum(&pairs, &[], LABEL_PAIRS, |&(_, w)| w);
        let norm = self.weighted_norm(&centroid);
        let days = members.iter().filter_map(|m| m.day);
        let first = days.clone().reduce(f64::min);
        let last = days.reduce(f64::max);
        (centroid, norm, first, last, pairs)
    }

    /// Split story `id` in two when its members form two groups.
    fn check_split(&mut self, id: u32) {
        debug_assert_eq!(self.stories[id as usize].members.len(), self.stories[id as usize].size as usize);
        let Some(leaves) = self.halves(id) else { return };
        let members = std::mem::take(&mut self.stories[id as usize].members);
        let (mut moved, mut stay) = (Vec::new(), Vec::new());
        for (m, leaves) in members.into_iter().zip(leaves) {
            if leaves {
                moved.push(m);
            } else {
                stay.push(m);
            }
        }
        let new_id = self.stories.len() as u32;
        let topic = self.stories[id as usize].topic;
        let (centroid, norm, first_day, last_day, pairs) = self.rebuild(&moved);
        for m in &moved {
            self.story_of[m.article as usize] = new_id;
            let similarity = self.cosine(&m.v, self.weighted_norm(&m.v), &centroid, norm);
            let shared_terms = self.shared_terms(&m.v, &centroid);
            self.moves.push(Move { article: m.article, story: new_id, similarity, shared_terms });
        }
        self.stories.push(Story {
            centroid,
            norm,
            indexed: Vec::new(),
            size: moved.len() as u32,
            first_day,
            last_day,
            topic,
            pairs,
            members: moved,
        });
        self.index_story(new_id);
        if let Some(d) = self.stories[new_id as usize].last_day {
            self.closing.push_back((d, new_id));
        }
        let (centroid, norm, first_day, last_day, pairs) = self.rebuild(&stay);
        let s = &mut self.stories[id as usize];
        s.centroid = centroid;
        s.norm = norm;
        s.size = stay.len() as u32;
        s.first_day = first_day;
        s.last_day = last_day;
        s.pairs = pairs;
        s.members = stay;
        self.index_story(id);
    }
}

/// Dot product of two key-sorted vectors.
fn dot(a: &[(Term, f32)], b: &[(Term, f32)]) -> f32 {
    let mut s = 0.0;
    for_shared(a, b, |_, x, y| s += x * y);
    s
}

fn norm(v: &[(Term, f32)]) -> f32 {
    v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt().max(1e-9)
}
