//! How wide text is in the embedded fonts: each character's advance from the font's own tables
//! (ttf-parser), so lines are broken where they really end. Kerning only ever narrows Titillium
//! Web's pairs, so the sum of advances never under-measures a line krilla shapes.

use std::sync::LazyLock;

pub static REGULAR_DATA: &[u8] = include_bytes!("../../data/fonts/TitilliumWeb_400Regular.ttf");
pub static BOLD_DATA: &[u8] = include_bytes!("../../data/fonts/TitilliumWeb_700Bold.ttf");

/// One font's advances, read once.
pub struct Metrics {
    face: Option<ttf_parser::Face<'static>>,
}

pub static REGULAR: LazyLock<Metrics> = LazyLock::new(|| Metrics::new(REGULAR_DATA));
pub static BOLD: LazyLock<Metrics> = LazyLock::new(|| Metrics::new(BOLD_DATA));

/// For a font that could not be read (never with the embedded ones): a generous average.
const FALLBACK_ADVANCE: f32 = 0.6;

impl Metrics {
    fn new(data: &'static [u8]) -> Self {
        Self { face: ttf_parser::Face::parse(data, 0).ok() }
    }

    /// The width of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let Some(face) = &self.face else { return text.chars().count() as f32 * size * FALLBACK_ADVANCE };
        let per_unit = size / f32::from(face.units_per_em());
        let notdef = face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = face.glyph_index(c);
                u32::from(glyph.and_then(|g| face.glyph_hor_advance(g)).unwrap_or(notdef))
            })
            .sum();
        units as f32 * per_unit
    }

    /// Breaks `text` into lines no wider than `width` at `size`: at spaces, and a word longer
    /// than a line (a long code) is cut where it must be. Always at least one line.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if self.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word alone: cut it while it is too wide.
            let mut rest = word.to_string();
            while self.width(&rest, size) > width {
                let cut = self.fitting_prefix(&rest, size, width);
                lines.push(rest[..cut].to_string());
                rest = rest[cut..].to_string();
            }
            line = rest;
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// The byte length of the longest prefix of `text` (at least one character) that fits.
    fn fitting_prefix(&self, text: &str, size: f32, width: f32) -> usize {
        let mut end = text.chars().next().map_or(0, char::len_utf8);
        for (index, c) in text.char_indices().skip(1) {
            if self.width(&text[..index + c.len_utf8()], size) > width {
                break;
            }
            end = index + c.len_utf8();
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::{BOLD, REGULAR};

    #[test]
    fn widths_come_from_the_font() {
        // Titillium Web: "i" is much narrower than "m"; bold is wider than regular.
        assert!(REGULAR.width("iiii", 10.0) < REGULAR.width("mmmm", 10.0) / 2.0);
        assert!(BOLD.width("Avviso", 12.0) > REGULAR.width("Avviso", 12.0));
        assert_eq!(REGULAR.width("", 12.0), 0.0);
        let one = REGULAR.width("a", 10.0);
        assert!((REGULAR.width("a", 20.0) - 2.0 * one).abs() < 0.001 && one > 3.0 && one < 7.0);
    }

    #[test]
    fn lines_are_broken_at_words_and_fit_their_width() {
        let text = "uno due tre quattro cinque sei sette otto nove dieci undici dodici";
        let lines = REGULAR.wrap(text, 11.0, 80.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| REGULAR.width(l, 11.0) <= 80.0));
        // Narrow letters fit more on a line than wide ones.
        assert!(
            REGULAR.wrap(&"il ".repeat(40), 11.0, 200.0).len() < REGULAR.wrap(&"mw ".repeat(40), 11.0, 200.0).len()
        );
    }

    #[test]
    fn long_codes_are_cut_and_nothing_is_lost() {
        let code = "X".repeat(60);
        let lines = REGULAR.wrap(&code, 11.0, 80.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| REGULAR.width(l, 11.0) <= 80.0));
        assert_eq!(lines.concat(), code);
        assert_eq!(REGULAR.wrap("", 11.0, 80.0), vec![String::new()]);
        // Accented letters are measured and cut on character boundaries.
        let accented = "è".repeat(50);
        assert_eq!(REGULAR.wrap(&accented, 11.0, 30.0).concat(), accented);
    }
}
