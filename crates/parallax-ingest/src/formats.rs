//! Readers for single-document files, JSONL and feeds, and content sniffing.

use std::io::{self, BufRead, BufReader, Cursor, Read};

use parallax_model::{Diagnostic, Format, Source};
use serde_json::Value;

use crate::decode::{decode, looks_binary};
use crate::{clip, io_message, lower, IngestOptions, Item, Payload, RawDocument, Record};

type Items = Box<dyn Iterator<Item = Item> + Send>;

fn failed(path: &str, record: Option<u64>, msg: String) -> Items {
    Box::new(std::iter::once(Item::Failed(Diagnostic::error(path, record, msg))))
}

/// Notes about decoding worth telling the user.
pub(crate) fn decode_notes(path: &str, record: Option<u64>, encoding: &str, how: &str, lossy: bool) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    if lossy {
        notes.push(Diagnostic::warning(
            path,
            record,
            format!("invalid byte sequences replaced with U+FFFD (decoded as {encoding}, {how})"),
        ));
    } else if encoding != "UTF-8" {
        notes.push(Diagnostic::info(path, record, format!("decoded as {encoding} ({how})")));
    }
    notes
}

/// One whole file holding one article.
pub(crate) fn single(path: String, bytes: Vec<u8>, format: Format) -> Items {
    if looks_binary(&bytes) {
        return failed(&path, None, "binary content, not a text or HTML article".into());
    }
    let d = decode(&bytes, None, format == Format::Html);
    if d.text.trim().is_empty() {
        return failed(&path, None, "no text (only white space)".into());
    }
    let notes = decode_notes(&path, None, d.encoding, d.how, d.lossy);
    let payload = match format {
        Format::Html => Payload::Html(d.text),
        Format::Markdown => Payload::Text { text: d.text, markdown: true },
        _ => Payload::Text { text: d.text, markdown: false },
    };
    let doc = RawDocument { source: Source { path, record: None, format }, payload, encoding: d.encoding.into(), fetched_url: None };
    Box::new(std::iter::once(Item::Doc(doc, notes)))
}

/// A file whose name does not say its format (or stdin): look at the bytes.
pub(crate) fn sniffed(path: String, bytes: Vec<u8>, opts: &IngestOptions) -> Items {
    if bytes.is_empty() {
        return failed(&path, None, "empty input".into());
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let limit = opts.max_bytes;
        return match flate2::read::MultiGzDecoder::new(&bytes[..]).take(limit + 1).read_to_end(&mut out) {
            Ok(_) if out.len() as u64 > limit => failed(&path, None, format!("document is over the {limit}-byte limit (--max-size)")),
            Ok(_) => sniffed(path, out, opts),
            Err(e) => failed(&path, None, format!("corrupt gzip data: {}", io_message(&e))),
        };
    }
    let head: String =
        String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).trim_start_matches('\u{feff}').trim_start().to_ascii_lowercase();
    if head.starts_with("warc/") {
        return crate::warc::records(path, Box::new(Cursor::new(bytes)), opts.clone());
    }
    if head.starts_with('{') {
        return jsonl(path, Box::new(Cursor::new(bytes)), opts.clone());
    }
    if head.starts_with('<') && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
        return feed(path, bytes);
    }
    if looks_binary(&bytes) {
        return failed(&path, None, "binary content, not a text or HTML article".into());
    }
    if head.starts_with("<!doctype") || head.starts_with("<html") || head.starts_with("<?xml") || head.contains("<body") {
        return single(path, bytes, Format::Html);
    }
    single(path, bytes, Format::Text)
}

/// JSON Lines: one article object per line, read line by line.
pub(crate) fn jsonl(path: String, reader: Box<dyn Read + Send>, opts: IngestOptions) -> Items {
    Box::new(JsonlIter { path, reader: BufReader::with_capacity(64 * 1024, reader), line: 0, limit: opts.max_bytes, done: false })
}

struct JsonlIter {
    path: String,
    reader: BufReader<Box<dyn Read + Send>>,
    line: u64,
    limit: u64,
    done: bool,
}

/// Read one line of at most `limit` bytes. Returns the bytes kept and whether
/// the line was longer (its tail is skipped, not stored).
fn read_line_limited(reader: &mut impl BufRead, limit: u64, out: &mut Vec<u8>) -> io::Result<Option<bool>> {
    out.clear();
    let mut too_long = false;
    let mut saw_any = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(saw_any.then_some(too_long));
        }
        saw_any = true;
        let (chunk, found) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        if !too_long {
            let room = (limit as usize).saturating_sub(out.len());
            if chunk.len() > room {
                too_long = true;
                out.clear();
            } else {
                out.extend_from_slice(chunk);
            }
        }
        let used = found.unwrap_or(buf.len());
        reader.consume(used);
        if found.is_some() {
            return Ok(Some(too_long));
        }
    }
}

impl Iterator for JsonlIter {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let mut buf = Vec::new();
        while !self.done {
            self.line += 1;
            let rec = Some(self.line);
            match read_line_limited(&mut self.reader, self.limit, &mut buf) {
                Ok(None) => self.done = true,
                Ok(Some(true)) => {
                    return Some(Item::Failed(Diagnostic::error(
                        &self.path,
                        rec,
                        format!("line is over the {}-byte limit (--max-size)", self.limit),
                    )));
                }
                Ok(Some(false)) => {
                    if buf.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    return Some(self.parse_line(&buf));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Item::Failed(Diagnostic::error(
                        &self.path,
                        rec,
                        format!("read error, rest of file skipped: {}", io_message(&e)),
                    )));
                }
            }
        }
        None
    }
}

impl JsonlIter {
    fn parse_line(&self, bytes: &[u8]) -> Item {
        let rec = Some(self.line);
        let d = decode(bytes, Some("utf-8"), false);
        let notes = decode_notes(&self.path, rec, d.encoding, d.how, d.lossy);
        let value: Value = match serde_json::from_str(d.text.trim_start_matches('\u{feff}')) {
            Ok(v) => v,
            Err(e) => return Item::Failed(Diagnostic::error(&self.path, rec, format!("invalid json: {}", lower(&e.to_string())))),
        };
        let Value::Object(obj) = value else {
            return Item::Failed(Diagnostic::error(&self.path, rec, "expected a json object per line".to_string()));
        };
        let record = record_from_json(&obj);
        if record.text.as_deref().is_none_or(|t| t.trim().is_empty()) && record.html.as_deref().is_none_or(|t| t.trim().is_empty()) {
            return Item::Failed(Diagnostic::error(
                &self.path,
                rec,
                "record has no article text (expected one of: maintext, text, body, content, article, html)".to_string(),
            ));
        }
        let doc = RawDocument {
            source: Source { path: self.path.clone(), record: rec, format: Format::Jsonl },
            payload: Payload::Record(Box::new(record)),
            encoding: d.encoding.into(),
            fetched_url: None,
        };
        Item::Doc(doc, notes)
    }
}

/// Accepted JSONL field names, first match wins. The news-please names come first.
pub const URL_FIELDS: &[&str] = &["url", "link", "canonical_url"];
pub const TITLE_FIELDS: &[&str] = &["title", "headline"];
pub const TEXT_FIELDS: &[&str] = &["maintext", "text", "body", "content", "article", "articleBody"];
pub const HTML_FIELDS: &[&str] = &["html", "raw_html"];
pub const PUBLISHED_FIELDS: &[&str] = &["date_publish", "published", "date", "datePublished", "published_at", "pubDate"];
pub const MODIFIED_FIELDS: &[&str] = &["date_modify", "modified", "dateModified", "updated", "updated_at"];
pub const AUTHOR_FIELDS: &[&str] = &["authors", "author", "byline"];
pub const OUTLET_FIELDS: &[&str] = &["source_domain", "outlet", "site_name", "source", "publisher"];
pub const LANGUAGE_FIELDS: &[&str] = &["language", "lang"];

fn string_field(obj: &serde_json::Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| match obj.get(*n)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

/// Map a JSON object to a record (field names documented in `docs/input-formats.md`).
pub fn record_from_json(obj: &serde_json::Map<String, Value>) -> Record {
    let authors = AUTHOR_FIELDS
        .iter()
        .find_map(|n| match obj.get(*n)? {
            Value::String(s) if !s.trim().is_empty() => Some(vec![s.trim().to_string()]),
            Value::Array(a) => Some(
                a.iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s.trim().to_string()),
                        Value::Object(o) => o.get("name").and_then(Value::as_str).map(|s| s.trim().to_string()),
                        _ => None,
                    })
                    .filter(|s| !s.is_empty())
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_default();
    Record {
        url: string_field(obj, URL_FIELDS),
        title: string_field(obj, TITLE_FIELDS),
        text: string_field(obj, TEXT_FIELDS),
        html: string_field(obj, HTML_FIELDS),
        published: string_field(obj, PUBLISHED_FIELDS),
        modified: string_field(obj, MODIFIED_FIELDS),
        authors,
        outlet: string_field(obj, OUTLET_FIELDS),
        language: string_field(obj, LANGUAGE_FIELDS),
    }
}

/// RSS 0.x/1.0/2.0 and Atom feeds: one document per item, with its content or summary.
pub(crate) fn feed(path: String, bytes: Vec<u8>) -> Items {
    let feed = match feed_rs::parser::parse(&bytes[..]) {
        Ok(f) => f,
        Err(e) => return failed(&path, None, format!("not a readable rss/atom feed: {}", clip(&lower(&e.to_string()), 200))),
    };
    let outlet = feed.title.as_ref().map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty());
    let mut items = Vec::with_capacity(feed.entries.len());
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let rec = Some(i as u64 + 1);
        let html = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()));
        let Some(html) = html.filter(|h| !h.trim().is_empty()) else {
            items.push(Item::Failed(Diagnostic::error(&path, rec, "feed item has neither content nor summary".to_string())));
            continue;
        };
        let record = Record {
            url: entry.links.first().map(|l| l.href.clone()),
            title: entry.title.map(|t| t.content.trim().to_string()),
            text: None,
            html: Some(html),
            published: entry.published.map(|d| d.to_rfc3339()),
            modified: entry.updated.map(|d| d.to_rfc3339()),
            authors: entry.authors.into_iter().filter_map(|p| p.name.or(p.email)).filter(|n| !n.trim().is_empty()).collect(),
            outlet: outlet.clone(),
            language: entry.language.or_else(|| feed.language.clone()),
        };
        let doc = RawDocument {
            source: Source { path: path.clone(), record: rec, format: Format::Feed },
            payload: Payload::Record(Box::new(record)),
            encoding: "UTF-8".into(),
            fetched_url: None,
        };
        items.push(Item::Doc(doc, Vec::new()));
    }
    if items.is_empty() {
        return failed(&path, None, "feed has no items".into());
    }
    Box::new(items.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_skipped_not_stored() {
        let data = b"short\nthis line is much too long\nok\n";
        let mut r = BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        assert_eq!(read_line_limited(&mut r, 8, &mut buf).unwrap(), Some(false));
        assert_eq!(buf, b"short");
        assert_eq!(read_line_limited(&mut r, 8, &mut buf).unwrap(), Some(true));
        assert!(buf.is_empty());
        assert_eq!(read_line_limited(&mut r, 8, &mut buf).unwrap(), Some(false));
        assert_eq!(buf, b"ok");
        assert_eq!(read_line_limited(&mut r, 8, &mut buf).unwrap(), None);
    }

    #[test]
    fn news_please_fields_are_read() {
        let v: Value = serde_json::from_str(
            r#"{"url":"https://x.test/a","title":"T","maintext":"Body.","date_publish":"2024-03-12 09:00:00","authors":["A B","C D"],"source_domain":"x.test","language":"en"}"#,
        )
        .unwrap();
        let r = record_from_json(v.as_object().unwrap());
        assert_eq!(r.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(r.text.as_deref(), Some("Body."));
        assert_eq!(r.published.as_deref(), Some("2024-03-12 09:00:00"));
        assert_eq!(r.authors, ["A B", "C D"]);
        assert_eq!(r.outlet.as_deref(), Some("x.test"));
        assert_eq!(r.language.as_deref(), Some("en"));
    }
}
