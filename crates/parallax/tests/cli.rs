//! End-to-end tests of the `parallax` binary on the example corpus and the
//! bad-input fixtures. They read like the documentation of what a user sees.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).current_dir(root()).args(args).stdin(Stdio::null()).output().unwrap()
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is not json ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// `lines` written as `name` in a fresh temporary directory (removed by the caller),
/// and `parallax analyze FILE --json` run on it, which must succeed: the directory
/// and the JSON.
fn analyze_jsonl(name: &str, lines: &[String]) -> (PathBuf, Value) {
    let dir = std::env::temp_dir().join(format!("parallax-{}-{}", name.trim_end_matches(".jsonl"), std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = parallax(&["analyze", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    (dir, json_of(&out))
}

/// The record numbers (`path#record`) of a story's articles, in order.
fn records_of(story: &Value) -> Vec<String> {
    story["articles"].as_array().unwrap().iter().map(|m| m["source"].as_str().unwrap().rsplit('#').next().unwrap().to_string()).collect()
}

fn articles(doc: &Value) -> &Vec<Value> {
    doc["articles"].as_array().unwrap()
}

fn by_path<'a>(doc: &'a Value, suffix: &str) -> &'a Value {
    articles(doc)
        .iter()
        .find(|a| a["source"]["path"].as_str().unwrap().ends_with(suffix))
        .unwrap_or_else(|| panic!("no article from {suffix}"))
}

fn span_text<'a>(a: &'a Value, span: &Value) -> &'a str {
    let text = a["text"].as_str().unwrap();
    &text[span["start"].as_u64().unwrap() as usize..span["end"].as_u64().unwrap() as usize]
}

#[test]
fn example_corpus_reads_cleanly() {
    let out = parallax(&["analyze", "examples/corpus", "--json"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let doc = json_of(&out);
    assert_eq!(doc["schema_version"], "1.1");
    assert_eq!(articles(&doc).len(), 10);
    let outlets: std::collections::BTreeSet<&str> = articles(&doc).iter().filter_map(|a| a["outlet"].as_str()).collect();
    assert!(outlets.len() >= 6, "{outlets:?}");
    assert_eq!(doc["summary"]["failed"], 0);

    let ht = by_path(&doc, "harbour-times-terminal-fire.html");
    assert_eq!(ht["title"], "Fire shuts Port Aven ferry terminal, 14 treated for smoke");
    assert_eq!(ht["outlet"], "Harbour Times");
    assert_eq!(ht["authors"], serde_json::json!(["Ada Lind"]));
    assert_eq!(ht["published"]["value"], "2026-11-10T18:40");
    assert_eq!(ht["published"]["source"], "json_ld");
    assert_eq!(ht["modified"]["value"], "2026-11-10T21:05");
    assert_eq!(ht["language"]["code"], "en");
    assert_eq!(ht["dateline"]["place"], "PORT AVEN");
    assert_eq!(ht["captions"][0], "Smoke rises over the north pier of the Port Aven ferry terminal on Tuesday afternoon.");
    let reasons: Vec<&str> = ht["removed"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap()).collect();
    assert!(reasons.contains(&"subscribe_prompt") && reasons.contains(&"related_links"), "{reasons:?}");
    let text = ht["text"].as_str().unwrap();
    assert!(text.starts_with("PORT AVEN — A fire tore through"));
    assert!(!text.contains("Sign up for our morning newsletter"));
    assert!(!text.contains("Most read"));
    // A quotation spanning two sentences stays one sentence with its attribution.
    let sentences: Vec<&str> = ht["sentences"].as_array().unwrap().iter().map(|s| span_text(ht, s)).collect();
    assert!(sentences.contains(&"“The building was cleared in under six minutes. Our staff did exactly what they trained for,” said Ines Moro, director of the Port Aven Harbour Authority, at a news conference outside the terminal."), "{sentences:#?}");
    assert!(sentences.contains(&"Fourteen people were treated for smoke inhalation, and two of them were taken to St. Brenna Hospital as a precaution, according to the city's fire service."));

    // Every article: spans on char boundaries, sentences inside paragraphs, word counts.
    for a in articles(&doc) {
        let text = a["text"].as_str().unwrap();
        let paragraphs = a["paragraphs"].as_array().unwrap();
        for s in a["sentences"].as_array().unwrap() {
            let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end) && start < end);
            assert!(paragraphs
                .iter()
                .any(|p| p["start"].as_u64().unwrap() as usize <= start && end <= p["end"].as_u64().unwrap() as usize));
        }
        assert!(a["word_count"].as_u64().unwrap() > 20, "{}", a["source"]);
        assert!(a["id"].as_str().unwrap().len() == 16);
    }

    // Formats: the text article, markdown opinion, feed items, JSONL records, WARC record.
    let cw = by_path(&doc, "coastline-wire-terminal-fire.txt");
    assert_eq!(cw["title"], "Fire forces evacuation of Port Aven ferry terminal; crossings halted");
    assert_eq!(cw["authors"], serde_json::json!(["Jonas Berg"]));
    assert_eq!(cw["dateline"]["agency"], "Coastline Wire");
    assert_eq!(cw["published"]["value"], "2026-11-10");
    assert_eq!(cw["published"]["source"], "text");
    let op = by_path(&doc, "sentinel-harbour-authority-opinion.md");
    assert_eq!(op["outlet"], "The Sentinel");
    assert_eq!(op["captions"][0], "The charred passenger hall");
    let feed: Vec<&Value> = articles(&doc).iter().filter(|a| a["source"]["format"] == "feed").collect();
    assert_eq!(feed.len(), 2);
    assert_eq!(feed[0]["source"]["record"], 1);
    assert!(feed[0]["text"].as_str().unwrap().contains("Forty-one people were hurt on Monday"));
    let warc = by_path(&doc, "island-post-crawl.warc.gz");
    assert_eq!(warc["source"]["record"], 2);
    assert_eq!(warc["url"], "https://islandpost.example/2026/11/12/selka-second-ferry-route");
    let promo = by_path(&doc, "ferrytips-selka-reopening.html");
    let promo_reasons: Vec<&str> = promo["removed"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap()).collect();
    assert!(promo_reasons.iter().filter(|r| **r == "affiliate").count() >= 2, "{promo_reasons:?}");
}

#[test]
fn bad_inputs_are_reported_and_the_rest_goes_on() {
    // An unreadable input: a link to nowhere, made here (not committable as a fixture).
    let tmp = std::env::temp_dir().join(format!("parallax-bad-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let dangling = tmp.join("gone.html");
    let _ = std::fs::remove_file(&dangling);
    std::os::unix::fs::symlink(tmp.join("missing-target.html"), &dangling).unwrap();

    let out = parallax(&["analyze", "tests/fixtures/bad", dangling.to_str().unwrap(), "--max-size", "2000", "--jsonl"]);
    let _ = std::fs::remove_dir_all(&tmp);
    assert_eq!(out.status.code(), Some(1), "exit code says something failed; stderr: {}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let kinds: Vec<&str> = lines.iter().map(|l| l["type"].as_str().unwrap()).collect();
    assert_eq!(*kinds.last().unwrap(), "summary");
    let articles: Vec<&Value> = lines.iter().filter(|l| l["type"] == "article").collect();
    let errors: Vec<(String, String)> = lines
        .iter()
        .filter(|l| l["type"] == "diagnostic" && l["severity"] == "error")
        .map(|l| {
            let loc = match l["record"].as_u64() {
                Some(r) => format!("{}#{r}", l["path"].as_str().unwrap()),
                None => l["path"].as_str().unwrap().to_string(),
            };
            (loc, l["message"].as_str().unwrap().to_string())
        })
        .collect();
    let expect = |file: &str, needle: &str| {
        assert!(
            errors.iter().any(|(loc, msg)| loc.ends_with(file) && msg.contains(needle)),
            "no error for {file} containing {needle:?} in {errors:#?}"
        );
    };
    expect("binary.html", "binary content");
    expect("empty.txt", "empty file");
    expect("whitespace.txt", "no text");
    expect("oversize.txt", "over the 2000-byte limit");
    expect("broken.jsonl#2", "invalid json");
    expect("broken.jsonl#3", "expected a json object");
    expect("broken.jsonl#4", "no article text");
    expect("broken.rss", "not a readable rss/atom feed");
    expect("truncated.html.gz", "cannot read");
    expect("truncated.warc#2", "truncated record");
    expect("gone.html", "cannot open");
    assert_eq!(errors.len(), 11, "{errors:#?}");

    // The good parts of the batch still come out.
    let sources: Vec<String> = articles
        .iter()
        .map(|a| {
            a["source"]["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string()
                + &a["source"]["record"].as_u64().map(|r| format!("#{r}")).unwrap_or_default()
        })
        .collect();
    for good in ["broken.jsonl#1", "broken.jsonl#6", "latin1-article.txt", "malformed.html", "mislabelled-utf8.html", "truncated.warc#1"] {
        assert!(sources.contains(&good.to_string()), "missing {good} in {sources:?}");
    }
    let summary = lines.last().unwrap();
    assert_eq!(summary["articles"], 6);
    assert_eq!(summary["failed"], 11);
    assert_eq!(summary["ignored"], 1);

    // Legacy encodings are decoded, not mangled.
    let latin1 = articles.iter().find(|a| a["source"]["path"].as_str().unwrap().ends_with("latin1-article.txt")).unwrap();
    assert_eq!(latin1["encoding"], "windows-1252");
    assert!(latin1["text"]
        .as_str()
        .unwrap()
        .contains("Café owners on the quay – already hit by the ferry closure – called the increase “unfair”."));
    let mislabelled = articles.iter().find(|a| a["source"]["path"].as_str().unwrap().ends_with("mislabelled-utf8.html")).unwrap();
    assert_eq!(mislabelled["title"], "Quay cafés reopen");
}

#[test]
fn stdin_is_read_and_sniffed() {
    let doc = analyze_stdin(
        "Tide tables change\n\nBy Ana Quell\n\nThe harbour office will publish new tide tables on Monday, it said in a notice.\n",
    );
    let a = &articles(&doc)[0];
    assert_eq!(a["source"]["path"], "-");
    assert_eq!(a["source"]["format"], "text");
    assert_eq!(a["title"], "Tide tables change");
    assert_eq!(a["authors"], serde_json::json!(["Ana Quell"]));
}

#[test]
fn keep_overrides_a_cleanup_rule() {
    let path = "examples/corpus/coastline-wire-terminal-fire.txt";
    let stripped = json_of(&parallax(&["analyze", path, "--json"]));
    let kept = json_of(&parallax(&["analyze", path, "--json", "--keep", "image_credit"]));
    assert!(!articles(&stripped)[0]["text"].as_str().unwrap().contains("Photo: Coastline Wire / Erik Holm"));
    assert!(articles(&kept)[0]["text"].as_str().unwrap().contains("Photo: Coastline Wire / Erik Holm"));
}

#[test]
fn usage_errors_exit_2() {
    let out = parallax(&["analyze", "examples/corpus", "--keep", "nonsense"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown reason"));
    assert_eq!(parallax(&["analyze"]).status.code(), Some(2));
}

#[test]
fn human_summary_names_what_was_stripped() {
    let out = parallax(&["analyze", "examples/corpus/meridia-daily-terminal-fire.html"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("title      Ferry terminal blaze: 300 evacuated in Port Aven"), "{stdout}");
    assert!(stdout.contains("outlet     Meridia Daily"));
    assert!(stdout.contains("published  2026-11-10  (from meta: meta[pubdate])"));
    assert!(stdout.contains("app_prompt"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("1 articles · 1 stories · 0 shared-text pairs · "), "{stderr}");
    assert!(stderr.contains(" entities · 0 failed"), "{stderr}");
}

#[test]
fn example_corpus_groups_into_stories_the_way_a_reader_would() {
    let doc = json_of(&parallax(&["analyze", "examples/corpus", "--json"]));
    let stories = doc["stories"].as_array().unwrap();
    let story_of = |suffix: &str| -> String {
        let id = by_path(&doc, suffix)["id"].as_str().unwrap().to_string();
        stories
            .iter()
            .find(|s| s["articles"].as_array().unwrap().iter().any(|m| m["article"] == id.as_str()))
            .map(|s| s["id"].as_str().unwrap().to_string())
            .unwrap()
    };
    let original = story_of("harbour-times-terminal-fire.html");
    // The original report, both paraphrases, the opinion rewrite, the loaded-label
    // rewrite and the article with wrong numbers all report the same event.
    for same in [
        "coastline-wire-terminal-fire.txt",
        "meridia-daily-terminal-fire.html",
        "sentinel-harbour-authority-opinion.md",
        "bay-courier-feed.rss",
    ] {
        assert_eq!(story_of(same), original, "{same}");
    }
    let nv = articles(&doc)
        .iter()
        .find(|a| a["source"]["path"].as_str().unwrap().ends_with("national-voice.jsonl") && a["source"]["record"] == 1)
        .unwrap();
    let nv_story = stories.iter().find(|s| s["articles"].as_array().unwrap().iter().any(|m| m["article"] == nv["id"])).unwrap();
    assert_eq!(nv_story["id"].as_str().unwrap(), original);
    // Unrelated stories stay apart; the later reopening is its own story in the same topic.
    let grain = articles(&doc)
        .iter()
        .find(|a| a["source"]["path"].as_str().unwrap().ends_with("national-voice.jsonl") && a["source"]["record"] == 2)
        .unwrap();
    assert!(!stories.iter().find(|s| s["id"] == original.as_str()).unwrap()["articles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["article"] == grain["id"]));
    let library = articles(&doc)
        .iter()
        .find(|a| a["source"]["path"].as_str().unwrap().ends_with("bay-courier-feed.rss") && a["source"]["record"] == 2)
        .unwrap();
    assert!(!stories.iter().find(|s| s["id"] == original.as_str()).unwrap()["articles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["article"] == library["id"]));
    let promo = story_of("ferrytips-selka-reopening.html");
    assert_ne!(promo, original);
    let topic_of = |sid: &str| stories.iter().find(|s| s["id"] == sid).unwrap()["topic"].as_str().unwrap().to_string();
    assert_eq!(topic_of(&promo), topic_of(&original));
    // Evidence: every member says why it belongs.
    let main = stories.iter().find(|s| s["id"] == original.as_str()).unwrap();
    assert!(main["label"].as_str().unwrap().contains("Port Aven"), "{}", main["label"]);
    assert_eq!(main["start"], "2026-11-10");
    for m in main["articles"].as_array().unwrap().iter().skip(1) {
        assert!(m["similarity"].as_f64().unwrap() >= 0.22);
        assert!(!m["shared_terms"].as_array().unwrap().is_empty());
    }
    // … and the entities it shares with the story's other articles (aliases merged:
    // "Moro" in one article is "Ines Moro" in another), never an outlet.
    let members = main["articles"].as_array().unwrap();
    assert!(members.iter().all(|m| !m["shared_entities"].as_array().unwrap().is_empty()), "{main}");
    let naming = |name: &str| members.iter().filter(|m| m["shared_entities"].as_array().unwrap().iter().any(|e| e == name)).count();
    assert!(naming("Ines Moro") >= 4 && naming("Port Aven") >= 4, "{main}");
    let outlets: Vec<&str> = doc["articles"].as_array().unwrap().iter().filter_map(|a| a["outlet"].as_str()).collect();
    assert!(
        members.iter().all(|m| m["shared_entities"].as_array().unwrap().iter().all(|e| !outlets.contains(&e.as_str().unwrap()))),
        "{main}"
    );
    // An article alone in its story shares none.
    let alone = stories.iter().find(|s| s["articles"].as_array().unwrap().len() == 1).unwrap();
    assert!(alone["articles"][0]["shared_entities"].as_array().unwrap().is_empty());
    assert_eq!(doc["summary"]["stories"].as_u64().unwrap() as usize, stories.len());
}

#[test]
fn time_expressions_resolve_against_the_publication_date() {
    let doc = json_of(&parallax(&[
        "analyze",
        "examples/corpus/harbour-times-terminal-fire.html",
        "examples/corpus/ferrytips-selka-reopening.html",
        "--json",
    ]));
    let ht = by_path(&doc, "harbour-times-terminal-fire.html");
    let times = ht["time_expressions"].as_array().unwrap();
    // Published Tuesday 2026-11-10: "Tuesday afternoon" is that day.
    let t = times.iter().find(|t| t["text"] == "Tuesday afternoon").unwrap();
    assert_eq!(t["value"], "2026-11-10TAF");
    assert_eq!(t["relative"], true);
    let span = &ht["text"].as_str().unwrap()[t["start"].as_u64().unwrap() as usize..t["end"].as_u64().unwrap() as usize];
    assert_eq!(span, "Tuesday afternoon");
    assert!(times.iter().any(|t| t["text"] == "nearly three hours" && t["value"] == "PT3H" && t["type"] == "DURATION"));
    assert!(times.iter().any(|t| t["text"] == "March 2025" && t["value"] == "2025-03"));
    // The later blog post (published 2026-11-21): "Friday, 20 November" takes its year from the anchor.
    let promo = by_path(&doc, "ferrytips-selka-reopening.html");
    let ptimes = promo["time_expressions"].as_array().unwrap();
    assert!(ptimes.iter().any(|t| t["text"] == "20 November" && t["value"] == "2026-11-20"), "{ptimes:?}");
    assert!(ptimes.iter().any(|t| t["text"] == "Friday" && t["value"] == "2026-11-20"), "{ptimes:?}");
}

#[test]
fn every_quote_in_the_original_report_has_its_speaker() {
    let doc = json_of(&parallax(&["analyze", "examples/corpus/harbour-times-terminal-fire.html", "--json"]));
    let a = &articles(&doc)[0];
    let quotes = a["quotes"].as_array().unwrap();
    let who = |needle: &str| -> String {
        let q = quotes
            .iter()
            .find(|q| span_text(a, &q["content"]).contains(needle))
            .unwrap_or_else(|| panic!("no quote containing {needle:?}"));
        span_text(a, &q["source"]).to_string()
    };
    assert_eq!(who("The building was cleared in under six minutes"), "Ines Moro");
    assert_eq!(who("Ferries will not sail again"), "Ines Moro");
    assert_eq!(who("calm, quick and professional"), "Mayor Dalia Kerr");
    assert_eq!(who("I was buying my ticket"), "Sami Okafor");
    assert_eq!(who("People helped each other out"), "Sami Okafor");
    assert_eq!(who("the blaze started shortly after"), "Fire chief Tomas Vell");
    let direct = quotes.iter().filter(|q| q["kind"] == "direct").count();
    assert_eq!(direct, 4);
    // Quoted words inside a reported clause: the clause is the report, partly quoted.
    let kerr = quotes.iter().find(|q| span_text(a, &q["content"]).contains("calm, quick")).unwrap();
    assert_eq!((kerr["kind"].as_str().unwrap(), span_text(a, &kerr["content"])), ("mixed", "the response “calm, quick and professional”"));
    // Sources resolved to the article's entities: names, surnames, pronouns and nominal references.
    let speaker = |needle: &str| -> (String, String) {
        let q = quotes
            .iter()
            .find(|q| span_text(a, &q["content"]).contains(needle))
            .unwrap_or_else(|| panic!("no quote containing {needle:?}"));
        let s = &q["speaker"];
        (s["name"].as_str().unwrap_or("-").to_string(), s["via"].as_str().unwrap_or("-").to_string())
    };
    assert_eq!(speaker("The building was cleared"), ("Ines Moro".into(), "name".into()));
    assert_eq!(speaker("calm, quick and professional"), ("Dalia Kerr".into(), "name".into()));
    assert_eq!(speaker("the blaze started shortly after"), ("Tomas Vell".into(), "name".into()));
    assert_eq!(speaker("investigators had not yet determined"), ("Tomas Vell".into(), "pronoun".into()));
    assert_eq!(speaker("Forty firefighters"), ("Tomas Vell".into(), "name".into()));
    assert_eq!(speaker("People helped each other out"), ("Sami Okafor".into(), "name".into()));
    assert_eq!(speaker("replacement ferry link"), ("Ministry of Transport".into(), "nominal".into()));
    // The lead's "the harbour authority said" comes before the authority is named in full.
    assert_eq!(speaker("A fire tore through"), ("Port Aven Harbour Authority".into(), "nominal".into()));
    // "Sami Okafor, 34, who had planned …": an age between the name and "who".
    assert_eq!(speaker("to visit his parents"), ("Sami Okafor".into(), "relative".into()));
    // Every speaker is one of the article's entities, and every mention's text is its span.
    let ents = a["entities"].as_array().unwrap();
    for q in quotes.iter().filter(|q| !q["speaker"].is_null()) {
        assert_eq!(ents[q["speaker"]["entity"].as_u64().unwrap() as usize]["name"], q["speaker"]["name"]);
    }
    for m in a["mentions"].as_array().unwrap() {
        assert_eq!(span_text(a, m), m["text"].as_str().unwrap());
    }
}

#[test]
fn entities_merge_aliases_across_the_corpus() {
    let doc = json_of(&parallax(&["analyze", "examples/corpus", "--json"]));
    let ents = doc["entities"].as_array().unwrap();
    let moro: Vec<&Value> = ents.iter().filter(|e| e["name"] == "Ines Moro").collect();
    assert_eq!(moro.len(), 1, "one Ines Moro across the corpus");
    assert_eq!(moro[0]["type"], "person");
    assert!(moro[0]["aliases"].as_array().unwrap().iter().any(|a| a == "Moro"), "{:?}", moro[0]);
    assert!(moro[0]["articles"].as_array().unwrap().len() >= 3);
    assert!(!moro[0]["stories"].as_array().unwrap().is_empty());
    assert!(ents.iter().all(|e| e["name"] != "Moro"), "the surname is an alias, not an entity of its own");
    assert_eq!(doc["summary"]["entities"].as_u64().unwrap() as usize, ents.len());
}

/// The example corpus's fire story, with the id of the Harbour Times's original report.
fn fire_story(doc: &Value) -> (String, &Value) {
    let original = by_path(doc, "harbour-times-terminal-fire.html")["id"].as_str().unwrap().to_string();
    let story = doc["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["articles"].as_array().unwrap().iter().any(|m| m["article"] == original.as_str()))
        .unwrap();
    (original, story)
}

#[test]
fn story_timeline_keeps_conflicting_dates_side_by_side() {
    let doc = json_of(&parallax(&["analyze", "examples/corpus", "--json"]));
    let (_, story) = fire_story(&doc);
    let timeline = story["timeline"].as_array().unwrap();
    // Most outlets date the fire Tuesday 2026-11-10; the Bay Courier says Monday 2026-11-09.
    let tuesday = timeline
        .iter()
        .find(|e| e["day"] == "2026-11-10" && e["conflicting_days"].as_array().is_some_and(|c| c.iter().any(|d| d == "2026-11-09")))
        .unwrap();
    assert!(tuesday["reports"].as_array().unwrap().len() >= 3, "{tuesday}");
    let monday = timeline.iter().find(|e| e["day"] == "2026-11-09").unwrap();
    assert!(monday["text"].as_str().unwrap().contains("Forty-one people were hurt on Monday"));
    assert_eq!(monday["conflicting_days"][0], "2026-11-10");
}

#[test]
fn a_story_lists_who_said_what_with_every_article_that_reports_it() {
    let doc = json_of(&parallax(&["analyze", "examples/corpus", "--json"]));
    let (original, story) = fire_story(&doc);
    let statements = story["statements"].as_array().unwrap();
    // The words a report points at, in its own article (the JSON gives offsets, not words).
    let words = |r: &Value| -> String {
        let article = doc["articles"].as_array().unwrap().iter().find(|a| a["id"] == r["article"]).unwrap();
        let text = article["text"].as_str().unwrap();
        text[r["start"].as_u64().unwrap() as usize..r["end"].as_u64().unwrap() as usize].to_string()
    };
    // The harbour authority director's words on the evacuation, quoted in full or in part,
    // directly or not, by most of the fire's reports.
    let cleared = statements
        .iter()
        .find(|s| s["speaker"] == "Ines Moro" && words(&s["reports"][0]).contains("cleared in under six minutes"))
        .expect("Moro's statement");
    assert!(cleared.get("text").is_none(), "the words are left to the offsets: {cleared}");
    let reports = cleared["reports"].as_array().unwrap();
    assert!(reports.len() >= 4, "{cleared}");
    assert!(reports.iter().any(|r| r["article"] == original.as_str()), "{cleared}");
    for r in reports {
        assert!(words(r).contains("six minutes"), "{}", words(r));
    }
    // The fire chief's account is a statement of his own.
    assert!(statements.iter().any(|s| s["speaker"] == "Tomas Vell" && s["reports"].as_array().unwrap().len() >= 3), "{statements:?}");
}

/// Found on two storm reports: the lead's event in the timeline opened with the
/// dateline ("ORMVIK, Nov 23 (Coastline Wire) — Storm Halvar swept …").
#[test]
fn a_timeline_event_leaves_the_dateline_out() {
    let dir = std::env::temp_dir().join(format!("parallax-dateline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("storm.md");
    std::fs::write(
        &file,
        "---\ntitle: Storm Halvar leaves two dead\noutlet: Coastline Wire\ndate: 2026-11-23\n---\n\n\
         ORMVIK, Nov 23 (Coastline Wire) — Storm Halvar swept across the northern coast on Sunday night, killing two people.\n",
    )
    .unwrap();
    let doc = json_of(&parallax(&["analyze", file.to_str().unwrap(), "--json"]));
    let timeline = doc["stories"][0]["timeline"].as_array().unwrap();
    let event = timeline.iter().find(|e| e["day"] == "2026-11-22").expect("the storm's night");
    assert!(event["text"].as_str().unwrap().starts_with("Storm Halvar swept"), "{event}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Found on a chronology: events dated by a month ("in early September", "last month")
/// and "two days later" were left off the timeline.
#[test]
fn a_timeline_holds_events_dated_by_a_month_and_by_days_later() {
    let dir = std::env::temp_dir().join(format!("parallax-months-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ferry.md");
    std::fs::write(
        &file,
        "---\ntitle: How the ferry deal fell apart\noutlet: Vessmark Courier\ndate: 2026-12-14\n---\n\n\
         The trouble began in early September, when the operator asked for a subsidy.\n\n\
         On October 2, the council offered 4 million kroner. The company rejected the offer two days later.\n\n\
         Talks broke down in November, and the council chose a new operator on November 20.\n\n\
         It was the third failed deal in the region since March.\n",
    )
    .unwrap();
    let doc = json_of(&parallax(&["analyze", file.to_str().unwrap(), "--json"]));
    let days: Vec<&str> = doc["stories"][0]["timeline"].as_array().unwrap().iter().map(|e| e["day"].as_str().unwrap()).collect();
    assert_eq!(days, ["2026-09", "2026-10-02", "2026-10-04", "2026-11", "2026-11-20"]);
    // A month and a day inside it are no conflict.
    assert!(doc["stories"][0]["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["conflicting_days"].as_array().is_none_or(|c| c.is_empty())));
    std::fs::remove_dir_all(&dir).ok();
}

/// A topic is a thread: its stories in time order, whatever order the files came in,
/// and its span. Here the reopening post (21 November) is read before the fire reports
/// (10 November) it follows.
#[test]
fn a_topic_lists_its_stories_in_time_order_with_its_span() {
    let dir = std::env::temp_dir().join(format!("parallax-thread-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (from, to) in [
        ("ferrytips-selka-reopening.html", "a-reopening.html"),
        ("harbour-times-terminal-fire.html", "b-fire.html"),
        ("meridia-daily-terminal-fire.html", "c-fire.html"),
    ] {
        std::fs::copy(root().join("examples/corpus").join(from), dir.join(to)).unwrap();
    }
    let out = parallax(&["analyze", dir.to_str().unwrap(), "--json"]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let doc = json_of(&out);
    let stories = doc["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 2, "{stories:?}");
    let start_of = |id: &Value| stories.iter().find(|s| s["id"] == *id).unwrap()["start"].clone();
    let topics = doc["topics"].as_array().unwrap();
    assert_eq!(topics.len(), 1, "{topics:?}");
    let thread: Vec<Value> = topics[0]["stories"].as_array().unwrap().iter().map(start_of).collect();
    assert_eq!(thread, ["2026-11-10", "2026-11-21"], "{topics:?}");
    assert_eq!(topics[0]["start"], "2026-11-10");
    assert_eq!(topics[0]["end"], "2026-11-21");
}

#[test]
fn a_story_that_swallowed_a_second_event_is_split_with_its_timeline() {
    // Two ferry terminal fires reported the same day: a report of the second that
    // recalls the first joins the first's story, the next reports follow it, and the
    // split check parts them. Articles, evidence and dated sentences move together.
    let port_aven = [
        "A fire tore through the passenger hall of the Port Aven ferry terminal on Tuesday. Director Ines Moro said fourteen people were treated for smoke inhalation.",
        "Fourteen people were treated for smoke after fire swept the Port Aven ferry terminal hall, director Ines Moro said.",
        "Director Ines Moro said the Port Aven terminal will stay shut after the passenger hall fire that sent fourteen people to hospital.",
        "The Port Aven ferry terminal fire started in a storage room, Ines Moro said; fourteen people were treated for smoke.",
    ];
    let kellby = [
        "Fire broke out in the passenger hall of the Kellby ferry terminal, months after the Port Aven terminal fire. Harbour master Rolf Dane said nine people were treated for smoke inhalation.",
        "Harbour master Rolf Dane said nine people were treated for smoke after a fire on Tuesday in the Kellby ferry terminal hall.",
        "The Kellby terminal will reopen on Monday after the hall fire, Rolf Dane said; nine people were treated.",
        "Rolf Dane said the fire at the Kellby ferry terminal began in a ticket office. Nine people were treated for smoke.",
        "Nine people were treated after fire hit the Kellby ferry terminal, harbour master Rolf Dane said.",
    ];
    let lines: Vec<String> =
        port_aven.iter().chain(kellby.iter()).map(|t| serde_json::json!({"text": t, "date": "2026-11-11"}).to_string()).collect();
    let (dir, doc) = analyze_jsonl("fires.jsonl", &lines);
    let stories = doc["stories"].as_array().unwrap();
    let first = stories.iter().find(|s| records_of(s).contains(&"1".to_string())).unwrap();
    let second = stories.iter().find(|s| records_of(s).contains(&"5".to_string())).unwrap();
    assert_eq!(records_of(first), ["1", "2", "3", "4"], "{first}");
    assert_eq!(records_of(second), ["5", "6", "7", "8", "9"], "{second}");
    assert_eq!(first["topic"], second["topic"]);
    // Each moved article's evidence is about its new story.
    assert!(second["articles"].as_array().unwrap().iter().all(|m| m["shared_terms"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "Kellby" || t == "Dane")));
    // The dated sentence of record 6 ("a fire on Tuesday") moved with it.
    let days_of =
        |s: &Value| -> Vec<String> { s["timeline"].as_array().unwrap().iter().map(|e| e["text"].as_str().unwrap().to_string()).collect() };
    assert!(days_of(second).iter().any(|t| t.contains("a fire on Tuesday in the Kellby")), "{}", second["timeline"]);
    assert!(days_of(first).iter().all(|t| !t.contains("Kellby")), "{}", first["timeline"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_lone_first_report_joins_its_story_with_its_timeline() {
    // A terse bulletin scores too low against the fuller reports that follow
    // it; a recap that tells both brings it into their story, and its dated
    // sentence comes along.
    let records = [
        ("Sluice gate fails at Orlen weir", "The sluice gate of the Orlen weir failed on Monday before dawn and the river Tamsk is rising, the water board said."),
        ("Tamsk valley villages evacuated", "Some 2,400 residents of Brevik and Hollum were evacuated as floodwater spread across the Tamsk valley. Mayor Edda Lunn opened the sports hall in Brevik for families."),
        ("Brevik shelters 2,400 as valley floods", "Mayor Edda Lunn said 2,400 residents of Brevik and Hollum spent the night in the sports hall as floodwater covered the valley roads."),
        ("Weir failure floods Tamsk valley", "After the sluice gate of the Orlen weir failed, the river Tamsk flooded the valley and 2,400 residents of Brevik and Hollum were evacuated, Mayor Edda Lunn said."),
    ];
    let lines: Vec<String> =
        records.iter().map(|(title, text)| serde_json::json!({"title": title, "text": text, "date": "2026-11-18"}).to_string()).collect();
    let (dir, doc) = analyze_jsonl("flood.jsonl", &lines);
    let stories = doc["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "{stories:?}");
    let story = &stories[0];
    assert_eq!(records_of(story), ["1", "2", "3", "4"]);
    // The story is named after its first article, the bulletin, whose evidence is about the story.
    let bulletin = &story["articles"][0];
    assert_eq!(story["id"].as_str().unwrap(), format!("s-{}", bulletin["article"].as_str().unwrap()));
    assert!(bulletin["shared_terms"].as_array().unwrap().iter().any(|t| t == "Orlen" || t == "sluice"), "{bulletin}");
    assert!(bulletin["similarity"].as_f64().unwrap() < 1.0, "{bulletin}");
    let texts: Vec<&str> = story["timeline"].as_array().unwrap().iter().map(|e| e["text"].as_str().unwrap()).collect();
    assert!(texts.iter().any(|t| t.contains("failed on Monday before dawn")), "{texts:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn provenance_points_rewrites_back_to_the_original_report() {
    let out = parallax(&["analyze", "examples/corpus", "--json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id_of = |name: &str| by_path(&doc, name)["id"].as_str().unwrap().to_string();
    let original = id_of("harbour-times-terminal-fire.html");
    let prov = &doc["provenance"];
    let article = |id: &str| prov["articles"].as_array().unwrap().iter().find(|a| a["article"] == id).cloned();
    // The two paraphrases and the partisan rewrite derive from the original report.
    for name in ["coastline-wire-terminal-fire.txt", "meridia-daily-terminal-fire.html", "sentinel-harbour-authority-opinion.md"] {
        let a = article(&id_of(name)).unwrap_or_else(|| panic!("{name} shares no text"));
        assert!(a["derived_from"].as_array().unwrap().iter().any(|x| x == original.as_str()), "{name}: {a}");
        assert!(a["originality"].as_f64().unwrap() < 0.9, "{name}: {a}");
    }
    let orig = article(&original).unwrap();
    assert_eq!(orig["originality"].as_f64().unwrap(), 1.0);
    assert!(orig["derived_from"].as_array().unwrap().is_empty());
    // Unrelated stories share no text with anyone.
    let library = doc["articles"].as_array().unwrap().iter().find(|a| a["title"].as_str().unwrap().contains("library")).unwrap();
    assert!(article(library["id"].as_str().unwrap()).is_none());
    // Every pair carries passages with offsets inside both texts, and evidence for a stated direction.
    let text_of =
        |id: &str| doc["articles"].as_array().unwrap().iter().find(|a| a["id"] == id).unwrap()["text"].as_str().unwrap().to_string();
    for p in prov["pairs"].as_array().unwrap() {
        let (ta, tb) = (text_of(p["a"].as_str().unwrap()), text_of(p["b"].as_str().unwrap()));
        for x in p["passages"].as_array().unwrap() {
            assert!(x["a"]["end"].as_u64().unwrap() as usize <= ta.len() && x["b"]["end"].as_u64().unwrap() as usize <= tb.len());
        }
        if p["direction"] != "unknown" {
            assert!(!p["evidence"].as_array().unwrap().is_empty());
        }
    }
    // The wire copy names the original outlet: attribution evidence points at the words.
    let wire = id_of("coastline-wire-terminal-fire.txt");
    let pair = prov["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| (p["a"] == wire.as_str() || p["b"] == wire.as_str()) && (p["a"] == original.as_str() || p["b"] == original.as_str()))
        .unwrap();
    let e = pair["evidence"].as_array().unwrap().iter().find(|e| e["kind"] == "attribution").unwrap();
    let at = &e["at"];
    assert_eq!(&text_of(&wire)[at["start"].as_u64().unwrap() as usize..at["end"].as_u64().unwrap() as usize], "The Harbour Times");
    assert_eq!(doc["summary"]["shared_text_pairs"].as_u64().unwrap() as usize, prov["pairs"].as_array().unwrap().len());
}

#[test]
fn a_big_story_lists_its_first_articles_in_the_summary_and_all_in_json() {
    // Found on a pile of 1,000 reports of one fire: the terminal summary listed every
    // member of the story, 1,000 lines in the middle of the summary.
    let lines: Vec<String> = (0..60)
        .map(|i| {
            let text = format!(
                "A fire swept through the passenger hall of the Port Aven ferry terminal on Tuesday, forcing {} people to evacuate. Director Ines Moro said fourteen people were treated for smoke inhalation. Reader letter {} asked about refunds.",
                250 + i,
                1_000 + i * 7
            );
            serde_json::json!({"title": format!("Port Aven terminal fire, update {i}"), "text": text, "date": "2026-11-10"}).to_string()
        })
        .collect();
    let (dir, doc) = analyze_jsonl("pile.jsonl", &lines);
    let stories = doc["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert_eq!(stories[0]["articles"].as_array().unwrap().len(), 60);
    let out = parallax(&["analyze", dir.join("pile.jsonl").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let summary = String::from_utf8_lossy(&out.stdout);
    let listed = summary.lines().filter(|l| l.trim_start().starts_with("- ") && l.contains(" sim ")).count();
    assert_eq!(listed, 20, "{summary}");
    assert!(summary.contains("… and 40 more articles (all of them in --json)"), "{summary}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Text piped to `parallax analyze - --json`.
fn analyze_stdin(text: &str) -> Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["analyze", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    json_of(&out)
}

#[test]
fn relayed_quotes_keep_the_chain() {
    let doc = analyze_stdin(
        "Port closes early\n\nThe Meridia News Agency cited Anna Berg, a harbour pilot, as saying the port would close at noon. \
         Berg said the pilots had been warned on Monday.\n",
    );
    let a = &articles(&doc)[0];
    let q =
        a["quotes"].as_array().unwrap().iter().find(|q| span_text(a, &q["content"]).contains("close at noon")).expect("the relayed quote");
    assert_eq!(span_text(a, &q["source"]), "Anna Berg, a harbour pilot");
    assert_eq!(span_text(a, &q["relayed_by"]), "The Meridia News Agency");
    assert_eq!(q["speaker"]["name"], "Anna Berg");
    assert_eq!(q["reporter"]["name"], "Meridia News Agency");
    let later = a["quotes"].as_array().unwrap().iter().find(|q| span_text(a, &q["content"]).contains("warned on Monday")).unwrap();
    assert_eq!(later["speaker"]["name"], "Anna Berg", "the surname resolves to the full name");
}

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let run = |t: &str| {
        let mut doc = json_of(&parallax(&["analyze", "examples/corpus", "--json", "--threads", t]));
        doc["summary"]["seconds"] = Value::Null;
        doc
    };
    assert_eq!(run("1"), run("3"));
}

/// Write a one-corpus dataset in the SemEval-2015 Task 4 layout (fictional
/// articles) and return its root.
fn timeline_fixture(name: &str, gold: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-timeline-{}-{name}", std::process::id()));
    let corpus = dir.join("semeval2015-timeline/SemEval_Task4_data/corpus_1");
    std::fs::create_dir_all(corpus.join("corpus_trackA_CAT")).unwrap();
    std::fs::create_dir_all(corpus.join("TimeLines_Gold_Standard")).unwrap();
    let sentences = [
        vec!["Vellmar", "opens", "plant"],
        vec!["In", "2019", ",", "Vellmar", "bought", "the", "site"],
        vec!["Vellmar", "announced", "hiring", "plans"],
    ];
    let mut xml = String::from(r#"<?xml version="1.0" ?><Document doc_id="501" doc_name="501_x.txt">"#);
    let mut id = 1;
    for (n, words) in sentences.iter().enumerate() {
        for (k, w) in words.iter().enumerate() {
            xml.push_str(&format!(r#"<token number="{k}" sentence="{n}" t_id="{id}">{w}</token>"#));
            id += 1;
        }
    }
    xml.push_str(
        r#"<Markables><TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2021-05-04"></TIMEX3></Markables></Document>"#,
    );
    std::fs::write(corpus.join("corpus_trackA_CAT/501_x.txt.xml"), xml).unwrap();
    std::fs::write(corpus.join("list_target_entities_corpus_1.txt"), "Vellmar\n").unwrap();
    std::fs::write(corpus.join("TimeLines_Gold_Standard/vellmar.txt"), gold).unwrap();
    dir
}

#[test]
fn eval_timeline_scores_entity_timelines_and_gates() {
    let right = "Vellmar\n1\t2019-XX-XX\t501-1-bought\n2\t2021-05-04\t501-0-opens\t501-2-announced\n";
    let dir = timeline_fixture("right", right);
    let out = parallax(&["eval", "timeline", "--data", dir.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = json_of(&out);
    let total = &doc["timeline"]["total"];
    assert_eq!(total["timelines"], 1);
    assert_eq!(total["gold_events"], 3);
    // "hiring" (an event noun beside the name) is found too, and is not gold.
    assert_eq!(total["events_matched"], 3);
    assert!(total["recall"].as_f64().unwrap() > 0.99, "{total}");
    assert!(total["precision"].as_f64().unwrap() < 1.0, "{total}");

    // A gold timeline that orders the events the other way fails the gate.
    let wrong = "Vellmar\n1\t2021-05-04\t501-0-opens\n2\t2022-XX-XX\t501-1-bought\n";
    let dir = timeline_fixture("wrong", wrong);
    let out = parallax(&["eval", "timeline", "--data", dir.to_str().unwrap(), "--min-f1", "50"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gate failed"));
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .current_dir(root())
        .args(["analyze", "examples/corpus", "examples/corpus", "--jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take()); // like `| head -c 64`
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_paraphrase_model_directory_that_is_not_one_is_named_and_exits_2() {
    let out = parallax(&["analyze", "examples/corpus", "--paraphrase-model", "examples/corpus"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("examples/corpus") && err.contains("parallax-pair.json"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let pairs = dir.path().join("pairs.tsv");
    std::fs::write(&pairs, "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tThe river rose.\tThe river went up.\n0\t3\t4\tThe mayor spoke.\tA comet passed.\n").unwrap();
    let base = dir.path().join("no-such-base");
    let out = parallax(&[
        "train",
        "paraphrase",
        "--base",
        base.to_str().unwrap(),
        "--pairs",
        pairs.to_str().unwrap(),
        "--out",
        dir.path().join("out").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.json") && err.contains("no-such-base"), "{err}");
}

#[test]
fn an_ensemble_of_directories_that_are_not_models_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let pairs = dir.path().join("pairs.tsv");
    std::fs::write(&pairs, "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tThe river rose.\tThe river went up.\n").unwrap();
    let out_dir = dir.path().join("ensemble");
    let out = parallax(&[
        "train",
        "paraphrase-ensemble",
        "--models",
        "examples/corpus",
        "examples/corpus",
        "--pairs",
        pairs.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("examples/corpus") && err.contains("parallax-pair.json"), "{err}");
    assert!(!out_dir.exists(), "nothing is written for a refused ensemble");
}

/// Found on a quake story: a copied passage whose clock time changed listed "only here:
/// 04, 12" for "04:12".
#[test]
fn a_changed_clock_time_is_shown_as_one_figure() {
    let dir = std::env::temp_dir().join(format!("parallax-clock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lead = "A magnitude 6.1 earthquake struck northern Selka early on Thursday, killing at least 14 people and injuring more than 60, the national emergency agency said.";
    std::fs::write(
        dir.join("a.md"),
        format!("---\ntitle: Quake kills 14\noutlet: Coastline Wire\ndate: 2026-11-19\n---\n\n{lead}\n\nThe quake hit at 04:12 local time about 20 km south of Varnholm, at a depth of 10 km, according to the Selka Geological Institute.\n\nSeveral older buildings in the town centre collapsed, and about 300 residents spent the night in a sports hall.\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("b.md"),
        format!("---\ntitle: Quake kills 14 in Selka\noutlet: Trend Hub\ndate: 2026-11-20\n---\n\n{lead}\n\nThe quake hit at 05:40 local time about 20 km south of Varnholm, at a depth of 10 km, according to the Selka Geological Institute.\n\nSeveral older buildings in the town centre collapsed, and about 300 residents spent the night in a sports hall.\n"),
    )
    .unwrap();
    let out = parallax(&["analyze", dir.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let line = stdout.lines().find(|l| l.contains("only here:")).unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("04:12") && line.contains("05:40"), "{line}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Found on a council report: a long source ("Councillor Tor Bakke of the Green Alliance")
/// was cut with the speaker's name behind it, so the table showed no speaker.
#[test]
fn the_who_said_what_table_always_shows_the_speaker() {
    let dir = std::env::temp_dir().join(format!("parallax-who-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("council.txt");
    std::fs::write(
        &file,
        "Harbour plan\n\nCouncillor Tor Bakke of the Green Alliance welcomed the speech but said the city should stop building on the waterfront.\n",
    )
    .unwrap();
    let out = parallax(&["analyze", file.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let line = stdout.lines().find(|l| l.contains("should stop building")).unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("→ Tor Bakke"), "{line}");
    std::fs::remove_dir_all(&dir).ok();
}
