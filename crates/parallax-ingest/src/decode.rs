//! Bytes to text: BOM, declared charset (HTML meta, HTTP header), UTF-8, then
//! statistical detection of legacy encodings (windows-1252, ISO-8859-x, Shift_JIS, ...).

use encoding_rs::{Encoding, UTF_8};

/// Decoded text and how it was decoded.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding used, e.g. `UTF-8`, `windows-1252`.
    pub encoding: &'static str,
    /// How the encoding was chosen: `bom`, `declared`, `utf-8`, `detected`.
    pub how: &'static str,
    /// Bytes that could not be decoded were replaced with U+FFFD.
    pub lossy: bool,
}

/// Decode `bytes`. `declared` is a charset label from outside the bytes
/// (HTTP `Content-Type`); `html` enables `<meta charset>` sniffing.
pub fn decode(bytes: &[u8], declared: Option<&str>, html: bool) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded { text: text.into_owned(), encoding: enc.name(), how: "bom", lossy: had_errors };
    }
    let declared =
        declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())).or_else(|| if html { meta_charset(bytes) } else { None });
    // Valid UTF-8 with non-ASCII bytes is UTF-8, whatever a (often stale) declaration says:
    // legacy text is almost never valid UTF-8 by accident.
    if !bytes.is_ascii() {
        if let Ok(s) = std::str::from_utf8(bytes) {
            let how = if declared.is_some_and(|e| e != UTF_8) {
                "utf-8 (declared charset overridden)"
            } else if declared.is_some() {
                "declared"
            } else {
                "utf-8"
            };
            return Decoded { text: s.to_owned(), encoding: "UTF-8", how, lossy: false };
        }
    }
    // Otherwise trust a declared legacy encoding; a declared UTF-8 must also validate.
    if let Some(enc) = declared {
        if enc != UTF_8 {
            let (text, _, had_errors) = enc.decode(bytes);
            return Decoded { text: text.into_owned(), encoding: enc.name(), how: "declared", lossy: had_errors };
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded { text: s.to_owned(), encoding: "UTF-8", how: if declared.is_some() { "declared" } else { "utf-8" }, lossy: false };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, had_errors) = enc.decode(bytes);
    Decoded { text: text.into_owned(), encoding: enc.name(), how: "detected", lossy: had_errors }
}

/// `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">`
/// in the first 4 KiB, as browsers pre-scan.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let needle = b"charset=";
    let pos = lower.windows(needle.len()).position(|w| w == needle)?;
    let rest = &head[pos + needle.len()..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest.iter().position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/')).unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

/// True when the bytes look binary: NUL bytes, or many control characters, in the first 8 KiB.
/// UTF-16 with a BOM is text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if Encoding::for_bom(bytes).is_some_and(|(e, _)| e != UTF_8) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) && b != 0x1b).count();
    !head.is_empty() && controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("Café".as_bytes(), None, false);
        assert_eq!((d.text.as_str(), d.encoding, d.lossy), ("Café", "UTF-8", false));
    }

    #[test]
    fn windows_1252_is_detected() {
        // "Café – déjà vu" in windows-1252 (0x96 is an en dash there).
        let bytes = b"Le caf\xe9 \x96 d\xe9j\xe0 vu, c'est la r\xe9alit\xe9 de notre \xe9poque.";
        let d = decode(bytes, None, false);
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.how, "detected");
        assert!(d.text.contains("café – déjà vu"), "{}", d.text);
    }

    #[test]
    fn meta_charset_is_honoured() {
        let bytes = b"<html><head><meta charset=\"iso-8859-2\"></head><body>\xb1</body></html>";
        let d = decode(bytes, None, true);
        assert_eq!((d.encoding, d.how), ("ISO-8859-2", "declared"));
        assert!(d.text.contains('ą'));
    }

    #[test]
    fn valid_utf8_beats_a_stale_legacy_declaration() {
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body>Fundację ąę</body></html>";
        let d = decode(page.as_bytes(), None, true);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("Fundację ąę"));
    }

    #[test]
    fn bom_wins() {
        let mut bytes = vec![0xFF, 0xFE];
        for c in "Hi".encode_utf16() {
            bytes.extend_from_slice(&c.to_le_bytes());
        }
        let d = decode(&bytes, Some("utf-8"), false);
        assert_eq!((d.text.as_str(), d.encoding, d.how), ("Hi", "UTF-16LE", "bom"));
        assert!(!looks_binary(&bytes));
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary(b"plain text\nwith lines\r\n\ttabs"));
    }
}
