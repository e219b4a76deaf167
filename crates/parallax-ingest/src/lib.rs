//! Ingest: turns the paths a user gives (files, folders, `-` for stdin) into a
//! stream of raw documents, one per article, in every supported format.
//!
//! Ingest never fails outright and never prints. It yields [`Item`]s: a
//! document with the diagnostics met while reading it, a failure naming the
//! file and record, or a file it ignored (unknown extension inside a folder).
//! Containers (JSONL, WARC, feeds) are read record by record, so memory stays
//! bounded by the largest single document, not the size of the input.

mod decode;
mod formats;
mod warc;

pub use decode::{decode, looks_binary, Decoded};

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use parallax_model::{Diagnostic, Format, Source};

/// Default per-document size limit: 16 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Ingest settings.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Largest document accepted, in bytes (after decompression). For a
    /// container this limits each record, not the whole file.
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// Structured fields of a record (a JSONL line or a feed item).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    pub url: Option<String>,
    pub title: Option<String>,
    /// Plain article text.
    pub text: Option<String>,
    /// Article HTML (a whole page or a fragment), used when `text` is absent.
    pub html: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
}

/// The content of a raw document.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// A whole HTML page.
    Html(String),
    /// A plain-text or markdown article.
    Text { text: String, markdown: bool },
    /// A structured record.
    Record(Box<Record>),
}

/// One article as read from the input, before extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDocument {
    pub source: Source,
    pub payload: Payload,
    /// WHATWG encoding name the bytes were decoded from.
    pub encoding: String,
    /// The URL the document was fetched from, when the container says (WARC `WARC-Target-URI`).
    pub fetched_url: Option<String>,
}

/// What ingest yields.
#[derive(Debug)]
pub enum Item {
    /// A document, with warnings and notes met while reading it.
    Doc(RawDocument, Vec<Diagnostic>),
    /// A file or record that produced no document.
    Failed(Diagnostic),
    /// A file inside a walked folder that is not in a supported format.
    Ignored(PathBuf),
}

/// What a path's name says about its format (and whether it is gzipped).
fn format_from_name(name: &str) -> Option<(Format, bool)> {
    let lower = name.to_ascii_lowercase();
    let (stem, gz) = match lower.strip_suffix(".gz") {
        Some(s) => (s.to_string(), true),
        None => (lower, false),
    };
    let ext = stem.rsplit_once('.').map(|(_, e)| e)?;
    let format = match ext {
        "html" | "htm" | "xhtml" => Format::Html,
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "jsonl" | "ndjson" => Format::Jsonl,
        "warc" => Format::Warc,
        "rss" | "atom" | "xml" => Format::Feed,
        _ => return None,
    };
    Some((format, gz))
}

enum Pending {
    Path(PathBuf, bool),
    Stdin,
}

/// A streaming reader over all inputs. Iterate it to get [`Item`]s in input order
/// (folders are walked in sorted order, so runs are reproducible).
pub struct Ingest {
    options: IngestOptions,
    pending: VecDeque<Pending>,
    walker: Option<walkdir::IntoIter>,
    current: Option<Box<dyn Iterator<Item = Item> + Send>>,
}

impl Ingest {
    /// `inputs` are paths as the user gave them; `-` means standard input.
    pub fn new<P: AsRef<Path>>(inputs: &[P], options: IngestOptions) -> Self {
        let pending = inputs
            .iter()
            .map(|p| {
                let p = p.as_ref();
                if p == Path::new("-") {
                    Pending::Stdin
                } else {
                    Pending::Path(p.to_path_buf(), true)
                }
            })
            .collect();
        Ingest { options, pending, walker: None, current: None }
    }

    fn next_path(&mut self) -> Option<Pending> {
        loop {
            if let Some(w) = &mut self.walker {
                match w.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_dir() {
                            continue;
                        }
                        return Some(Pending::Path(entry.into_path(), false));
                    }
                    Some(Err(e)) => {
                        let path = e.path().map(|p| p.display().to_string()).unwrap_or_default();
                        let msg = e.io_error().map(|io| io.to_string()).unwrap_or_else(|| e.to_string());
                        self.current = Some(Box::new(std::iter::once(Item::Failed(Diagnostic::error(
                            path,
                            None,
                            format!("cannot read folder entry: {}", lower(&msg)),
                        )))));
                        return None;
                    }
                    None => self.walker = None,
                }
            }
            match self.pending.pop_front()? {
                Pending::Path(p, true) if p.is_dir() => {
                    self.walker = Some(walkdir::WalkDir::new(&p).sort_by_file_name().follow_links(true).into_iter());
                }
                other => return Some(other),
            }
        }
    }

    fn open(&self, pending: Pending) -> Box<dyn Iterator<Item = Item> + Send> {
        match pending {
            Pending::Stdin => {
                let mut bytes = Vec::new();
                let limit = self.options.max_bytes;
                match io::stdin().lock().take(limit + 1).read_to_end(&mut bytes) {
                    Ok(_) if bytes.len() as u64 > limit => one_failed("-", format!("input is over the {limit}-byte limit (--max-size)")),
                    Ok(_) => formats::sniffed("-".into(), bytes, &self.options),
                    Err(e) => one_failed("-", format!("cannot read standard input: {}", lower(&e.to_string()))),
                }
            }
            Pending::Path(path, explicit) => self.open_path(&path, explicit),
        }
    }

    fn open_path(&self, path: &Path, explicit: bool) -> Box<dyn Iterator<Item = Item> + Send> {
        let name = path.display().to_string();
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let kind = format_from_name(&file_name);
        if kind.is_none() && !explicit {
            return Box::new(std::iter::once(Item::Ignored(path.to_path_buf())));
        }
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => return one_failed(&name, format!("cannot open: {}", io_message(&e))),
        };
        let meta = match file.metadata() {
            Ok(m) => m,
            Err(e) => return one_failed(&name, format!("cannot read: {}", io_message(&e))),
        };
        if meta.is_dir() {
            return one_failed(&name, "is a folder".to_string());
        }
        if meta.len() == 0 {
            return one_failed(&name, "empty file".to_string());
        }
        let opts = &self.options;
        match kind {
            Some((Format::Jsonl, gz)) => formats::jsonl(name, open_stream(file, gz), opts.clone()),
            Some((Format::Warc, gz)) => warc::records(name, open_stream(file, gz), opts.clone()),
            Some((kind, gz)) => {
                if !gz && meta.len() > opts.max_bytes {
                    return one_failed(&name, format!("file is {} bytes, over the {}-byte limit (--max-size)", meta.len(), opts.max_bytes));
                }
                let bytes = match read_limited(open_stream(file, gz), opts.max_bytes) {
                    Ok(b) => b,
                    Err(msg) => return one_failed(&name, msg),
                };
                if bytes.is_empty() {
                    return one_failed(&name, "empty file (nothing after decompression)".to_string());
                }
                match kind {
                    Format::Feed => formats::feed(name, bytes),
                    Format::Jsonl | Format::Warc => unreachable!("containers are streamed above"),
                    single => formats::single(name, bytes, single),
                }
            }
            None => {
                // An explicitly named file with an unknown extension: sniff its content.
                match read_limited(open_stream(file, false), opts.max_bytes) {
                    Ok(bytes) => formats::sniffed(name, bytes, opts),
                    Err(msg) => one_failed(&name, msg),
                }
            }
        }
    }
}

impl Iterator for Ingest {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            match self.next_path() {
                Some(p) => self.current = Some(self.open(p)),
                None if self.current.is_some() => continue,
                None => return None,
            }
        }
    }
}

/// A byte stream, gunzipped when the name says `.gz` (multi-member aware).
fn open_stream(file: File, gz: bool) -> Box<dyn Read + Send> {
    let reader = BufReader::with_capacity(64 * 1024, file);
    if gz {
        Box::new(flate2::read::MultiGzDecoder::new(reader))
    } else {
        Box::new(reader)
    }
}

fn read_limited(reader: impl Read, limit: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match reader.take(limit + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() as u64 > limit => Err(format!("document is over the {limit}-byte limit (--max-size)")),
        Ok(_) => Ok(bytes),
        Err(e) => Err(format!("cannot read: {}", io_message(&e))),
    }
}

fn one_failed(path: &str, message: String) -> Box<dyn Iterator<Item = Item> + Send> {
    Box::new(std::iter::once(Item::Failed(Diagnostic::error(path, None, message))))
}

/// io::Error text, lowercased, without the trailing "(os error N)".
pub(crate) fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    let s = match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    };
    lower(&s)
}

/// At most `n` characters of `s`, with `…` when cut: messages quote bad input,
/// and bad input can be megabytes without a line break.
pub(crate) fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// Lowercase the first letter of a message ("Permission denied" -> "permission denied"),
/// leaving acronyms ("EOF while parsing") alone.
pub(crate) fn lower(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.clone().next()) {
        (Some(f), Some(second)) if !second.is_uppercase() => f.to_lowercase().collect::<String>() + c.as_str(),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_names() {
        assert_eq!(format_from_name("a.HTML"), Some((Format::Html, false)));
        assert_eq!(format_from_name("a.html.gz"), Some((Format::Html, true)));
        assert_eq!(format_from_name("crawl.warc.gz"), Some((Format::Warc, true)));
        assert_eq!(format_from_name("notes.md"), Some((Format::Markdown, false)));
        assert_eq!(format_from_name("image.png"), None);
        assert_eq!(format_from_name("README"), None);
    }
}
