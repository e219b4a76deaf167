//! WARC 1.0/1.1 reader (plain or gzipped): yields the HTML of `response`
//! records (HTTP responses with an HTML body) and of `resource` records with
//! an HTML content type. Other records (warcinfo, request, metadata, images)
//! are passed over. Records are read one at a time; a truncated record ends
//! the file with an error naming the record, after all records before it.

use std::io::{self, BufRead, BufReader, Read};

use parallax_model::{Diagnostic, Format, Source};

use crate::decode::decode;
use crate::formats::decode_notes;
use crate::{io_message, IngestOptions, Item, Payload, RawDocument};

pub(crate) fn records(path: String, reader: Box<dyn Read + Send>, opts: IngestOptions) -> Box<dyn Iterator<Item = Item> + Send> {
    Box::new(WarcIter {
        path,
        reader: BufReader::with_capacity(64 * 1024, reader),
        record: 0,
        limit: opts.max_bytes,
        done: false,
        html_seen: 0,
    })
}

struct WarcIter {
    path: String,
    reader: BufReader<Box<dyn Read + Send>>,
    record: u64,
    limit: u64,
    done: bool,
    html_seen: u64,
}

struct Header {
    warc_type: String,
    content_type: String,
    target_uri: Option<String>,
    length: u64,
}

impl WarcIter {
    fn fail(&mut self, msg: String, fatal: bool) -> Item {
        if fatal {
            self.done = true;
        }
        Item::Failed(Diagnostic::error(&self.path, Some(self.record), msg))
    }

    /// Read the next record header. `Ok(None)` at a clean end of file.
    fn read_header(&mut self) -> Result<Option<Header>, String> {
        let mut line = String::new();
        // Skip the blank lines that end the previous record.
        loop {
            line.clear();
            let n = read_line(&mut self.reader, &mut line)?;
            if n == 0 {
                return Ok(None);
            }
            if !line.trim().is_empty() {
                break;
            }
        }
        self.record += 1;
        if !line.starts_with("WARC/") {
            return Err(format!("expected a warc record header (\"WARC/1.x\"), found {:?}", crate::clip(line.trim_end(), 40)));
        }
        let mut h = Header { warc_type: String::new(), content_type: String::new(), target_uri: None, length: u64::MAX };
        loop {
            line.clear();
            if read_line(&mut self.reader, &mut line)? == 0 {
                return Err("truncated record: file ends inside the warc header".into());
            }
            let l = line.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                break;
            }
            if let Some((name, value)) = l.split_once(':') {
                let value = value.trim();
                match name.trim().to_ascii_lowercase().as_str() {
                    "warc-type" => h.warc_type = value.to_ascii_lowercase(),
                    "content-type" => h.content_type = value.to_ascii_lowercase(),
                    "warc-target-uri" => h.target_uri = Some(value.trim_matches(['<', '>']).to_string()),
                    "content-length" => h.length = value.parse().map_err(|_| format!("bad content-length {:?}", crate::clip(value, 40)))?,
                    _ => {}
                }
            }
        }
        if h.length == u64::MAX {
            return Err("warc record has no content-length".into());
        }
        Ok(Some(h))
    }
}

fn read_line(r: &mut impl BufRead, line: &mut String) -> Result<usize, String> {
    let mut bytes = Vec::new();
    // Header lines are short; cap them so a binary blob cannot make us buffer it.
    let n = r.take(64 * 1024).read_until(b'\n', &mut bytes).map_err(|e| format!("read error: {}", io_message(&e)))?;
    line.push_str(&String::from_utf8_lossy(&bytes));
    Ok(n)
}

impl Iterator for WarcIter {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let header = match self.read_header() {
                Ok(Some(h)) => h,
                Ok(None) => {
                    self.done = true;
                    if self.record == 0 {
                        return Some(self.fail("no warc records".into(), true));
                    }
                    return None;
                }
                Err(msg) => return Some(self.fail(msg, true)),
            };
            let wanted = match header.warc_type.as_str() {
                "response" => header.content_type.contains("application/http"),
                "resource" => header.content_type.contains("html"),
                _ => false,
            };
            if !wanted || header.length > self.limit {
                // Skip the block without keeping it.
                match io::copy(&mut (&mut self.reader).take(header.length), &mut io::sink()) {
                    Ok(n) if n < header.length => {
                        return Some(self.fail(format!("truncated record: expected {} bytes, file ends after {n}", header.length), true));
                    }
                    Ok(_) => {}
                    Err(e) => return Some(self.fail(format!("read error: {}", io_message(&e)), true)),
                }
                if wanted {
                    return Some(
                        self.fail(format!("record is {} bytes, over the {}-byte limit (--max-size)", header.length, self.limit), false),
                    );
                }
                continue;
            }
            let mut block = Vec::with_capacity(header.length as usize);
            match (&mut self.reader).take(header.length).read_to_end(&mut block) {
                Ok(n) if (n as u64) < header.length => {
                    return Some(self.fail(format!("truncated record: expected {} bytes, file ends after {n}", header.length), true));
                }
                Ok(_) => {}
                Err(e) => return Some(self.fail(format!("read error in record body: {}", io_message(&e)), true)),
            }
            let (body, charset) = if header.warc_type == "response" {
                match http_body(&block) {
                    Ok(Some(b)) => b,
                    Ok(None) => continue, // not an HTML 2xx response
                    Err(msg) => return Some(self.fail(msg, false)),
                }
            } else {
                (block, charset_of(&header.content_type))
            };
            if body.is_empty() {
                continue;
            }
            self.html_seen += 1;
            let rec = Some(self.record);
            let d = decode(&body, charset.as_deref(), true);
            let notes = decode_notes(&self.path, rec, d.encoding, d.how, d.lossy);
            let doc = RawDocument {
                source: Source { path: self.path.clone(), record: rec, format: Format::Warc },
                payload: Payload::Html(d.text),
                encoding: d.encoding.into(),
                fetched_url: header.target_uri,
            };
            return Some(Item::Doc(doc, notes));
        }
        None
    }
}

fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').find_map(|p| p.trim().strip_prefix("charset=").map(|c| c.trim_matches('"').to_string()))
}

/// An HTTP body and the charset its headers declare.
type HttpBody = (Vec<u8>, Option<String>);

/// Split an HTTP response into its (decoded-transfer) body and charset.
/// `Ok(None)` for non-2xx or non-HTML responses.
fn http_body(block: &[u8]) -> Result<Option<HttpBody>, String> {
    let (head_end, sep) = match find(block, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => match find(block, b"\n\n") {
            Some(i) => (i, 2),
            None => return Err("http response has no end of headers".into()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code: u16 = status.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        if let Some((n, v)) = l.split_once(':') {
            match n.trim().to_ascii_lowercase().as_str() {
                "content-type" => content_type = v.trim().to_ascii_lowercase(),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => encoding = v.trim().to_ascii_lowercase(),
                _ => {}
            }
        }
    }
    if !content_type.is_empty() && !content_type.contains("html") {
        return Ok(None);
    }
    let mut body = block[head_end + sep..].to_vec();
    if chunked {
        if let Some(b) = dechunk(&body) {
            body = b;
        }
    }
    match encoding.as_str() {
        "" | "identity" => {}
        "gzip" | "x-gzip" => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("bad gzip content-encoding: {}", io_message(&e)))?;
            body = out;
        }
        "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("bad deflate content-encoding: {}", io_message(&e)))?;
            body = out;
        }
        other => return Err(format!("unsupported content-encoding {other:?}")),
    }
    Ok(Some((body, charset_of(&content_type))))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = find(data, b"\r\n")?;
        let size_str = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..).unwrap_or(&[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(warc_type: &str, ctype: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn collect(data: Vec<u8>) -> Vec<Item> {
        records("t.warc".into(), Box::new(io::Cursor::new(data)), IngestOptions::default()).collect()
    }

    #[test]
    fn reads_html_responses_and_skips_the_rest() {
        let mut data = record("warcinfo", "application/warc-fields", "", b"software: x\r\n");
        data.extend(record("request", "application/http; msgtype=request", "https://a.test/", b"GET / HTTP/1.1\r\n\r\n"));
        data.extend(record(
            "response",
            "application/http; msgtype=response",
            "https://a.test/",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Hi</p></body></html>",
        ));
        data.extend(record(
            "response",
            "application/http; msgtype=response",
            "https://a.test/x.png",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ));
        data.extend(record("response", "application/http; msgtype=response", "https://a.test/c", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>He\r\n4\r\nllo<\r\n3\r\n/p>\r\n0\r\n\r\n"));
        let items = collect(data);
        assert_eq!(items.len(), 2);
        match &items[0] {
            Item::Doc(d, _) => {
                assert_eq!(d.source.record, Some(3));
                assert_eq!(d.fetched_url.as_deref(), Some("https://a.test/"));
                assert_eq!(d.payload, Payload::Html("<html><body><p>Hi</p></body></html>".into()));
            }
            other => panic!("{other:?}"),
        }
        match &items[1] {
            Item::Doc(d, _) => assert_eq!(d.payload, Payload::Html("<p>Hello</p>".into())),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn truncated_record_keeps_earlier_records() {
        let mut data = record("response", "application/http", "https://a.test/1", b"HTTP/1.1 200 OK\r\n\r\n<p>one</p>");
        let second = record("response", "application/http", "https://a.test/2", b"HTTP/1.1 200 OK\r\n\r\n<p>two, cut short</p>");
        data.extend_from_slice(&second[..second.len() - 12]);
        let items = collect(data);
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[0], Item::Doc(..)));
        match &items[1] {
            Item::Failed(d) => {
                assert_eq!(d.record, Some(2));
                assert!(d.message.starts_with("truncated record"), "{}", d.message);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let items = collect(b"this is not a warc file\n".to_vec());
        assert_eq!(items.len(), 1);
        assert!(matches!(&items[0], Item::Failed(d) if d.message.contains("expected a warc record header")));
    }

    #[test]
    fn a_long_bad_content_length_is_quoted_short() {
        // Fuzzed input: a header value of thousands of characters without a line break.
        let mut data = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12".to_vec();
        data.extend(std::iter::repeat_n(b"\xe2\x80\x93".as_slice(), 5000).flatten());
        data.extend_from_slice(b"\r\n\r\n");
        let items = collect(data);
        match &items[0] {
            Item::Failed(d) => {
                assert!(d.message.starts_with("bad content-length \"12\u{2013}"), "{}", d.message);
                assert!(d.message.chars().count() < 80, "{} characters", d.message.chars().count());
            }
            other => panic!("{other:?}"),
        }
    }
}
