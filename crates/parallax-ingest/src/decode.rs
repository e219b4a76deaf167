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
    // Before UTF-16: the UTF-32LE BOM starts with the UTF-16LE one.
    if let Some(little) = utf32_bom(bytes) {
        return decode_utf32(&bytes[4..], little);
    }
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

/// `Some(true)` for a UTF-32LE BOM, `Some(false)` for UTF-32BE (which the
/// WHATWG encodings leave out).
fn utf32_bom(bytes: &[u8]) -> Option<bool> {
    match bytes.get(..4)? {
        [0xFF, 0xFE, 0, 0] => Some(true),
        [0, 0, 0xFE, 0xFF] => Some(false),
        _ => None,
    }
}

/// UTF-32 after its BOM; a code unit that is no scalar value, or a short
/// tail, becomes U+FFFD.
fn decode_utf32(bytes: &[u8], little: bool) -> Decoded {
    let mut text = String::with_capacity(bytes.len() / 4);
    let tail = !bytes.len().is_multiple_of(4);
    let mut lossy = tail;
    for unit in bytes.chunks_exact(4) {
        let unit: [u8; 4] = unit.try_into().unwrap_or_default();
        let n = if little { u32::from_le_bytes(unit) } else { u32::from_be_bytes(unit) };
        match char::from_u32(n) {
            Some(c) => text.push(c),
            None => {
                text.push(char::REPLACEMENT_CHARACTER);
                lossy = true;
            }
        }
    }
    if tail {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    Decoded { text, encoding: if little { "UTF-32LE" } else { "UTF-32BE" }, how: "bom", lossy }
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
/// UTF-16 and UTF-32 with a BOM are text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if utf32_bom(bytes).is_some() || Encoding::for_bom(bytes).is_some_and(|(e, _)| e != UTF_8) {
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
    fn a_utf32_bom_is_utf32_not_utf16() {
        // Found by feeding odd files: the UTF-32LE BOM starts with UTF-16LE's, and the text came out as garbage.
        let text = "Pier reopens — Kellby";
        let le: Vec<u8> = [0xFF, 0xFE, 0, 0].into_iter().chain(text.chars().flat_map(|c| (c as u32).to_le_bytes())).collect();
        let be: Vec<u8> = [0, 0, 0xFE, 0xFF].into_iter().chain(text.chars().flat_map(|c| (c as u32).to_be_bytes())).collect();
        for (bytes, name) in [(&le, "UTF-32LE"), (&be, "UTF-32BE")] {
            let d = decode(bytes, None, false);
            assert_eq!((d.text.as_str(), d.encoding, d.how, d.lossy), (text, name, "bom", false));
            assert!(!looks_binary(bytes));
        }
        // A unit past U+10FFFF and a short tail are replaced and flagged.
        let mut bad = le.clone();
        bad.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF, 0x41]);
        let d = decode(&bad, None, false);
        assert!(d.lossy && d.text.starts_with(text) && d.text.ends_with("\u{FFFD}\u{FFFD}"), "{:?}", d.text);
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary(b"plain text\nwith lines\r\n\ttabs"));
    }
}
