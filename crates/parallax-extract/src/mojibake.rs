//! Mojibake: UTF-8 text that was once read as windows-1252 and saved again, so
//! that "Guantánamo" reads "GuantÃ¡namo" and "doesn’t" reads "doesnâ€™t".
//! Scraped archives and datasets hold it; it splits one name into two keys and
//! puts "Ã" into labels. Each UTF-8 sequence is recovered from the characters
//! its bytes became.
//!
//! A document is repaired only when it shows the signature of mojibake: a lead
//! "Ã", "Â" or "â" followed by the characters of UTF-8 continuation bytes, or
//! three such sequences of any lead. Legitimate text almost never holds those,
//! while an upper-case word that ends in "É" before a curly quote ("CAFÉ”")
//! makes one sequence, so one alone is left as written.

/// The characters windows-1252 gives bytes 0x80–0x9F. The five bytes it leaves
/// undefined are read as the C1 control of the same number, as decoders do.
const CP1252_80_9F: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2c6}', '\u{2030}', '\u{160}',
    '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}',
    '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}', '\u{178}',
];

/// The UTF-8 continuation byte (0x80–0xBF) that windows-1252 reads as `c`.
fn continuation(c: char) -> Option<u8> {
    let u = c as u32;
    if matches!(u, 0xa0..=0xbf | 0x81 | 0x8d | 0x8f | 0x90 | 0x9d) {
        return Some(u as u8);
    }
    CP1252_80_9F.iter().position(|&x| x == c).map(|i| 0x80 + i as u8)
}

/// The character a mojibake sequence starting at `chars[i]` stands for, and
/// how many characters the sequence spans.
fn sequence(chars: &[char], i: usize) -> Option<(char, usize)> {
    let lead = chars[i] as u32;
    let n = match lead {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return None,
    };
    let mut bytes = [lead as u8, 0, 0, 0];
    for (b, &c) in bytes[1..=n].iter_mut().zip(chars.get(i + 1..=i + n)?) {
        *b = continuation(c)?;
    }
    let c = std::str::from_utf8(&bytes[..=n]).ok()?.chars().next()?;
    let plausible = match n {
        // Two bytes: Latin, IPA, combining marks, Greek, Cyrillic, Hebrew letters,
        // Arabic. Not the rarer scripts a German "ß“" would decode to.
        1 => matches!(c as u32, 0xa0..=0x4ff | 0x5d0..=0x5ea | 0x600..=0x6ff),
        _ => !c.is_control() && !matches!(c as u32, 0xe000..=0xf8ff | 0xfdd0..=0xfdef | 0xfffe..=0xffff),
    };
    plausible.then_some((c, n + 1))
}

/// How `text` shows the signature: whether "Ã", "Â" or "â" opens a sequence,
/// and how many sequences it holds.
fn signature(text: &str) -> (bool, usize) {
    if text.is_ascii() {
        return (false, 0);
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut strong, mut count) = (false, 0);
    for i in 0..chars.len() {
        if sequence(&chars, i).is_some() {
            strong |= matches!(chars[i], 'Ã' | 'Â' | 'â');
            count += 1;
        }
    }
    (strong, count)
}

/// Sequences a document needs, without a strong lead, to count as garbled:
/// Cyrillic, Greek or Chinese read wrongly has no "Ã", but one word of it
/// already gives several sequences.
const WEAK_SEQUENCES: usize = 3;

/// `text` with every mojibake sequence replaced by its character, and how many
/// were replaced. "Â" before a plain space was a no-break space whose second
/// byte became a space; it goes.
fn repair_once(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let (mut i, mut repaired) = (0, 0);
    while i < chars.len() {
        if let Some((c, len)) = sequence(&chars, i) {
            out.push(c);
            i += len;
            repaired += 1;
        } else if chars[i] == 'Â' && chars.get(i + 1) == Some(&' ') {
            i += 1;
            repaired += 1;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    (out, repaired)
}

/// Repairs the texts of one document in place when any of them is signed;
/// returns how many sequences were replaced. Twice-garbled text ("ÃƒÂ©") takes
/// a second round.
pub fn repair<'a>(texts: impl IntoIterator<Item = &'a mut String>) -> usize {
    let mut texts: Vec<&mut String> = texts.into_iter().collect();
    let mut total = 0;
    for _round in 0..2 {
        let (strong, count) = texts.iter().map(|t| signature(t)).fold((false, 0), |(s, n), (a, b)| (s || a, n + b));
        if !strong && count < WEAK_SEQUENCES {
            break;
        }
        for t in texts.iter_mut() {
            let (fixed, n) = repair_once(t);
            if n > 0 {
                **t = fixed;
                total += n;
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(s: &str) -> String {
        let mut t = s.to_string();
        repair([&mut t]);
        t
    }

    /// `s` as it reads after its UTF-8 bytes were read as windows-1252.
    fn garbled(s: &str) -> String {
        s.bytes().map(|b| if (0x80..=0x9f).contains(&b) { CP1252_80_9F[b as usize - 0x80] } else { b as char }).collect()
    }

    #[test]
    fn utf8_read_as_windows_1252_is_read_again() {
        assert_eq!(fixed("detainees at GuantÃ¡namo Bay"), "detainees at Guantánamo Bay");
        assert_eq!(fixed("It doesnâ€™t matter, said Ã‰lise â€” twice."), "It doesn’t matter, said Élise — twice.");
        for s in [
            "Ségolène Royal and François in Juárez, “quoted” … 20 € ™",
            "Москва and Αθήνα and ירושלים, then 東京 and 🙂",
            "Ångström, Ölfeld, Straße, São Paulo, Nguyễn, Łódź",
        ] {
            assert_eq!(fixed(&garbled(s)), s);
        }
        // A no-break space whose second byte became a plain space.
        assert_eq!(fixed("priced atÂ 20Â â‚¬"), "priced at 20 €");
        // Read wrongly twice.
        assert_eq!(fixed(&garbled(&garbled("café owners"))), "café owners");
    }

    #[test]
    fn text_without_the_signature_is_left_alone() {
        for s in ["the CAFÉ” sign", "er sagte „Gruß“ und ging", "Ångström and Ölfeld", "São Paulo, âge, pâté", "plain text"]
        {
            assert_eq!(fixed(s), s);
        }
        // One signed text repairs the document's other texts as well.
        let (mut title, mut body) = ("GuantÃ¡namo".to_string(), "detainees in JuÃ¡rez".to_string());
        let mut clean = "no mojibake here".to_string();
        assert_eq!(repair([&mut title, &mut body, &mut clean]), 2);
        assert_eq!((title.as_str(), body.as_str(), clean.as_str()), ("Guantánamo", "detainees in Juárez", "no mojibake here"));
    }
}
