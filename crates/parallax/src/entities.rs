//! Corpus-level entities inside `parallax analyze`: each article's entities
//! are merged by type and folded name as articles arrive; the list (aliases,
//! counts, articles, stories) is printed after the provenance report.

use std::collections::{HashMap, HashSet};

use parallax_entities::{Corpus, EntityRef, EntityType};
use parallax_model::Article;
use serde::Serialize;

use crate::stories::StoriesReport;

/// An entity of the corpus, as printed.
#[derive(Debug, Clone, Serialize)]
pub struct EntityOut {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub aliases: Vec<String>,
    pub mentions: u64,
    /// `participant`, `outlet` or `author`.
    pub role: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub metonymy: bool,
    /// Ids of the articles it appears in.
    pub articles: Vec<String>,
    /// Ids of the stories those articles belong to.
    pub stories: Vec<String>,
}

pub struct EntityRun {
    corpus: Corpus,
    ids: Vec<String>,
    /// Distinct outlet names (a million articles may have tens of thousands).
    outlets: HashSet<String>,
}

impl EntityRun {
    pub fn new() -> Self {
        EntityRun { corpus: Corpus::new(), ids: Vec::new(), outlets: HashSet::new() }
    }

    pub fn add(&mut self, a: &Article) {
        let ordinal = self.ids.len() as u32;
        self.ids.push(a.id.clone());
        if let Some(o) = &a.outlet {
            if !self.outlets.contains(o) {
                self.outlets.insert(o.clone());
            }
        }
        let refs = a.entities.iter().filter_map(|e| {
            Some(EntityRef {
                name: &e.name,
                kind: EntityType::from_name(&e.kind)?,
                key: &e.key,
                aliases: &e.aliases,
                mentions: e.mentions,
                role: &e.role,
                metonymy: e.metonymy,
            })
        });
        self.corpus.add(ordinal, refs);
    }

    pub fn finish(self, stories: &StoriesReport) -> Vec<EntityOut> {
        let mut story_of: HashMap<&str, &str> = HashMap::new();
        for s in &stories.stories {
            for m in &s.articles {
                story_of.insert(m.article.as_str(), s.id.as_str());
            }
        }
        let outlets: Vec<String> = self.outlets.into_iter().collect();
        let ents = self.corpus.finish(&outlets);
        ents.into_iter()
            .map(|e| {
                let articles: Vec<String> = e.articles.iter().filter_map(|&i| self.ids.get(i as usize).cloned()).collect();
                // Stories in order of first mention; the set keeps this linear for an
                // entity named in a great many stories.
                let mut seen: HashSet<&str> = HashSet::new();
                let mut st: Vec<String> = Vec::new();
                for a in &articles {
                    if let Some(&s) = story_of.get(a.as_str()) {
                        if seen.insert(s) {
                            st.push(s.to_string());
                        }
                    }
                }
                EntityOut {
                    name: e.name,
                    kind: e.kind.name().to_string(),
                    aliases: e.aliases,
                    mentions: e.mentions,
                    role: e.role.to_string(),
                    metonymy: e.metonymy,
                    articles,
                    stories: st,
                }
            })
            .collect()
    }
}
