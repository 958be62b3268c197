//! Input generation: random text over an alphabet chosen to hurt parsers (digits, separators,
//! every kind of whitespace, NUL and controls, accented Latin, other scripts, combining marks,
//! characters whose case mapping changes their length), and mutations of valid seeds so the
//! checks past the first few are reached. Seeded, so a run can be repeated exactly.

/// Characters that parsers treat specially, or that change size or meaning when cased or folded.
const SPECIAL: &[char] = &[
    '\0',
    '\u{1}',
    '\u{7}',
    '\u{8}',
    '\t',
    '\n',
    '\u{b}',
    '\u{c}',
    '\r',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{a0}',
    '\u{1680}',
    '\u{2000}',
    '\u{2007}',
    '\u{200b}',
    '\u{200d}',
    '\u{2028}',
    '\u{2029}',
    '\u{202f}',
    '\u{3000}',
    '\u{feff}',
    '\u{fffd}',
    '\u{ffff}',
    '\u{10ffff}',
    '€',
    '−',
    '–',
    '’',
    '`',
    '´',
    '|',
    ',',
    '.',
    '/',
    '-',
    '+',
    '\'',
    '"',
    '<',
    '>',
    ';',
    '@',
    '%',
    '&',
    '\\',
    'İ',
    'ı',
    'ß',
    'ẞ',
    'ﬁ',
    'ŉ',
    'ǅ',
    'K',
    'Å',
    'Σ',
    'ς',
    'Ω',
    'ͅ',
    '\u{301}',
    '\u{308}',
    '\u{327}',
    '\u{340}',
    'à',
    'È',
    'ì',
    'Ò',
    'ù',
    'ç',
    'ñ',
    'Ł',
    'č',
    'Š',
    'ž',
    '×',
    '÷',
    '٣',
    '۳',
    '߃',
    '३',
    '৩',
    '３',
    'Ⅻ',
    '½',
    '²',
    '𝟘',
    'Ａ',
    'ａ',
    'Ж',
    'ж',
    'Ⴀ',
    'ⴀ',
    'ﻼ',
    'ع',
    'א',
    '中',
    '文',
    '😀',
    '👩',
    '\u{1f3fd}',
    '\u{e0041}',
    '\u{d7ff}',
    '\u{e000}',
];

/// Scripts and blocks a random character is drawn from (inclusive ranges).
const RANGES: &[(u32, u32)] = &[
    (0x20, 0x7e),       // ASCII printable
    (0x00, 0x1f),       // C0 controls
    (0x80, 0x24f),      // Latin-1 and Latin Extended
    (0x300, 0x36f),     // combining marks
    (0x370, 0x52f),     // Greek, Cyrillic
    (0x590, 0x6ff),     // Hebrew, Arabic
    (0x2000, 0x206f),   // general punctuation and invisible characters
    (0x4e00, 0x9fff),   // CJK
    (0xff00, 0xffef),   // full-width forms
    (0x1f300, 0x1faff), // emoji
    (0x0, 0x10ffff),    // anything at all
];

pub struct Gen {
    rng: fastrand::Rng,
}

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen { rng: fastrand::Rng::with_seed(seed) }
    }

    /// True once in `n` times.
    pub fn one_in(&mut self, n: u32) -> bool {
        self.rng.u32(0..n) == 0
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.rng.usize(0..n)
    }

    pub fn range_u64(&mut self, range: std::ops::RangeInclusive<u64>) -> u64 {
        self.rng.u64(range)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn digits(&mut self, count: usize) -> String {
        (0..count).map(|_| self.rng.digit(10)).collect()
    }

    pub fn upper(&mut self, count: usize) -> String {
        (0..count).map(|_| self.rng.uppercase()).collect()
    }

    pub fn any_char(&mut self) -> char {
        match self.below(10) {
            0..=2 => self.rng.digit(10),
            3 => self.rng.alphabetic(),
            4..=5 => *self.pick(SPECIAL),
            _ => {
                let &(low, high) = self.pick(RANGES);
                // Surrogates are not chars: they become U+FFFD.
                char::from_u32(self.rng.u32(low..=high)).unwrap_or('\u{fffd}')
            }
        }
    }

    pub fn random_text(&mut self, max_chars: usize) -> String {
        let length = self.below(max_chars + 1);
        (0..length).map(|_| self.any_char()).collect()
    }

    /// Tens of thousands of characters: a seed or a token repeated, with noise.
    pub fn long_text(&mut self, seed: &str) -> String {
        let unit = if seed.is_empty() || self.one_in(3) { self.random_text(8) } else { seed.to_string() };
        let unit = if unit.is_empty() { "9".to_string() } else { unit };
        // Now and then 2 MB, the most a form body may carry.
        let target =
            if self.one_in(100) { self.rng.usize(200_000..=2_000_000) } else { self.rng.usize(1_000..=20_000) };
        let repeats = target / unit.chars().count().max(1);
        let mut text = unit.repeat(repeats.max(1));
        if self.one_in(2) {
            text.insert(self.char_boundary(&text), self.any_char());
        }
        text
    }

    fn char_boundary(&mut self, text: &str) -> usize {
        let boundaries: Vec<usize> = text.char_indices().map(|(at, _)| at).chain([text.len()]).collect();
        *self.pick(&boundaries)
    }

    /// One to four random edits of `seed`; `tokens` are pieces of valid input to splice in.
    pub fn mutate(&mut self, seed: &str, tokens: &[&str]) -> String {
        let mut chars: Vec<char> = seed.chars().collect();
        for _ in 0..self.rng.usize(1..=4) {
            let at = self.below(chars.len() + 1);
            let end = (at + self.below(4) + 1).min(chars.len());
            match self.below(12) {
                0 => chars.insert(at, self.any_char()),
                1 if at < chars.len() => {
                    chars.remove(at);
                }
                2 if at < chars.len() => chars[at] = self.any_char(),
                3 if at < chars.len() => chars[at] = self.rng.digit(10),
                4 if at < chars.len() => chars[at] = self.rng.alphanumeric().to_ascii_uppercase(),
                5 if !tokens.is_empty() => {
                    let token: Vec<char> = self.pick(tokens).chars().collect();
                    chars.splice(at..at, token);
                }
                6 if at < end => {
                    let piece: Vec<char> = chars[at..end].to_vec();
                    chars.splice(at..at, piece);
                }
                7 if at + 1 < chars.len() => chars.swap(at, at + 1),
                8 => chars.truncate(at),
                9 => {
                    let lower = self.one_in(2);
                    let text: String = chars.iter().collect();
                    chars = if lower { text.to_lowercase() } else { text.to_uppercase() }.chars().collect();
                }
                10 => chars.insert(at, *self.pick(&[' ', ' ', '\t', '\u{a0}', '\n', '\u{3000}'])),
                _ if at < end => {
                    chars.drain(at..end);
                }
                _ => chars.push(self.any_char()),
            }
        }
        chars.into_iter().collect()
    }

    /// One input for a parser: mostly a valid seed, as is or mutated; sometimes random text,
    /// a mix of valid pieces, or a very long input.
    pub fn text(&mut self, seed: impl FnOnce(&mut Gen) -> String, tokens: &[&str]) -> String {
        let seed = seed(self);
        match self.below(1_000) {
            0..=2 => self.long_text(&seed),
            3..=249 => seed,
            250..=699 => self.mutate(&seed, tokens),
            700..=849 => self.random_text(40),
            _ => {
                let mut text = String::new();
                for _ in 0..self.below(5) + 1 {
                    if !tokens.is_empty() && self.one_in(2) {
                        let token = *self.pick(tokens);
                        text.push_str(token);
                    } else {
                        text.push(self.any_char());
                    }
                }
                text
            }
        }
    }
}
