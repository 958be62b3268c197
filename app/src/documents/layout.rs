//! A small document model placed on A4 pages: titles, headings, paragraphs, labelled fields,
//! side-by-side columns and printed codes. Lines are broken with the fonts' real glyph widths
//! ([`super::metrics`]); what does not fit flows onto further pages, each with the header again.
//! Every position is decided here; [`super::draw`] then writes the tagged PDF with krilla.

use super::metrics::{self, Metrics};

pub use super::codes::Code;

pub use super::draw::render;

pub const PAGE_WIDTH: f32 = 595.0;
pub const PAGE_HEIGHT: f32 = 842.0;
pub const MARGIN: f32 = 56.0;
pub const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Content's last baseline; the footer's sits at `PAGE_HEIGHT - MARGIN / 2`.
const BOTTOM: f32 = PAGE_HEIGHT - 46.0;
/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;
/// The space between two columns, and between a code and its fields.
const GUTTER: f32 = 16.0;
/// A code's top edge sits at the cap height of the line it replaces.
const CODE_LIFT: f32 = 10.0;

/// A colour as red, green, blue (krilla's colour constructor is not `const`).
pub type Rgb = (u8, u8, u8);

const INK: Rgb = (26, 26, 26);
const BRAND: Rgb = (0, 102, 204);
pub const MUTED: Rgb = (93, 112, 131);
const RULE: Rgb = (197, 209, 220);
const WARNING: Rgb = (160, 30, 30);
const WHITE: Rgb = (255, 255, 255);
const BLACK: Rgb = (0, 0, 0);

/// What a document says, in reading order.
pub enum Block {
    Title(String),
    /// A section's heading (kept on the page of what follows it).
    Heading(String),
    Paragraph(String),
    /// A label (bold) and its value below it.
    Field(String, String),
    /// A large bold line (an amount).
    Emphasis(String),
    /// A thin rule between sections (decoration: an artifact).
    Rule,
    /// A warning on a coloured band, read as a paragraph (e.g. "test payment, no value").
    Warning(String),
    /// Sections side by side (read left to right), kept together on one page.
    Columns(Vec<Column>),
    /// A printed code with labelled fields beside it, kept together on one page.
    Code(Code, Vec<(String, String)>),
    /// Ways to pay side by side, each a heading, a lead and its code with fields (the
    /// notice's pagoPA and Poste parts, as on pagoPA's own printed notice), kept together.
    CodeColumns(Vec<CodeColumn>),
    /// Blocks that start a new page rather than be split (a section with its code).
    Together(Vec<Block>),
}

/// One of [`Block::Columns`]: a heading and labelled fields.
pub struct Column {
    pub heading: String,
    pub fields: Vec<(String, String)>,
}

/// One of [`Block::CodeColumns`].
pub struct CodeColumn {
    pub heading: String,
    pub lead: String,
    pub code: Code,
    pub fields: Vec<(String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font could not be read")]
    Font,
    #[error("a code could not be built: {0}")]
    Code(String),
    #[error("PDF export failed: {0}")]
    Export(String),
}

pub struct Pdf<'a> {
    pub title: &'a str,
    pub lang: &'a str,
    /// The first line of every page's header (in the brand colour).
    pub header: &'a str,
    /// Further header lines, repeated on every page (e.g. the notice's subject and creditor);
    /// the first one in bold.
    pub header_lines: Vec<String>,
    /// The first page's header is the document's heading (a tagged heading and paragraphs);
    /// on later pages it repeats as an artifact. Otherwise it is an artifact everywhere.
    pub header_is_title: bool,
    pub footer: &'a str,
    pub blocks: Vec<Block>,
}

/// A structure element and the marked content it will hold.
pub enum Group {
    Heading(u16, String),
    Paragraph,
    Figure(String),
}

#[derive(Clone, Copy)]
pub enum Role {
    Content(usize),
    Header,
    Footer,
    Decoration,
}

/// How a run of text looks.
#[derive(Clone, Copy)]
pub struct Style {
    pub bold: bool,
    pub size: f32,
    /// From this line's baseline to the next one's.
    pub leading: f32,
    pub color: Rgb,
}

impl Style {
    fn font(self) -> &'static Metrics {
        if self.bold {
            &metrics::BOLD
        } else {
            &metrics::REGULAR
        }
    }
}

const TITLE: Style = Style { bold: true, size: 20.0, leading: 26.0, color: INK };
const HEADING: Style = Style { bold: true, size: 13.0, leading: 18.0, color: BRAND };
const BODY: Style = Style { bold: false, size: 11.0, leading: 16.0, color: INK };
const EMPHASIS: Style = Style { bold: true, size: 22.0, leading: 28.0, color: INK };
const LABEL: Style = Style { bold: true, size: 9.5, leading: 13.0, color: MUTED };
const VALUE: Style = Style { bold: false, size: 11.5, leading: 16.0, color: INK };
/// The space under a labelled field.
const FIELD_GAP: f32 = 4.0;
const BAND: Style = Style { bold: true, size: 12.0, leading: 17.0, color: WHITE };
const BRAND_LINE: Style = Style { bold: true, size: 16.0, leading: 22.0, color: BRAND };
const HEADER_MAIN: Style = Style { bold: true, size: 13.0, leading: 17.0, color: INK };
const HEADER_MORE: Style = Style { bold: false, size: 10.0, leading: 14.0, color: MUTED };

pub enum Op {
    Text { style: Style, x: f32, y: f32, text: String, role: Role },
    Rects { rects: Vec<(f32, f32, f32, f32)>, color: Rgb, role: Role },
}

/// Blocks placed on pages: every position decided before anything is drawn.
pub struct Layout<'p> {
    pdf: &'p Pdf<'p>,
    pub pages: Vec<Vec<Op>>,
    pub groups: Vec<Group>,
    y: f32,
    /// [`BOTTOM`], or no limit when only measuring.
    bottom: f32,
}

impl<'p> Layout<'p> {
    /// Places every block of `pdf`.
    pub fn place(pdf: &'p Pdf<'p>) -> Self {
        let mut layout = Layout { pdf, pages: Vec::new(), groups: Vec::new(), y: MARGIN, bottom: BOTTOM };
        layout.new_page();
        for block in &pdf.blocks {
            layout.block(block);
        }
        layout
    }

    /// How tall `blocks` are, laid out without page breaks.
    fn measure(&self, blocks: &[Block]) -> f32 {
        let mut scratch =
            Layout { pdf: self.pdf, pages: vec![Vec::new()], groups: Vec::new(), y: 0.0, bottom: f32::INFINITY };
        for block in blocks {
            scratch.block(block);
        }
        scratch.y
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn group(&mut self, group: Group) -> usize {
        self.groups.push(group);
        self.groups.len() - 1
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
        let as_title = self.pdf.header_is_title && self.pages.len() == 1;
        let role = |layout: &mut Self, group: Group| {
            if as_title {
                Role::Content(layout.group(group))
            } else {
                Role::Header
            }
        };
        let brand = role(self, Group::Heading(1, self.pdf.header.to_string()));
        self.push(Op::Text { style: BRAND_LINE, x: MARGIN, y: self.y, text: self.pdf.header.to_string(), role: brand });
        self.y += BRAND_LINE.leading;
        for (index, line) in self.pdf.header_lines.iter().enumerate() {
            let style = if index == 0 { HEADER_MAIN } else { HEADER_MORE };
            let group = role(self, Group::Paragraph);
            for part in style.font().wrap(line, style.size, TEXT_WIDTH) {
                self.push(Op::Text { style, x: MARGIN, y: self.y, text: part, role: group });
                self.y += style.leading;
            }
        }
        self.y += 4.0;
        self.push(Op::Rects {
            rects: vec![(MARGIN, self.y - 10.0, TEXT_WIDTH, 1.5)],
            color: BRAND,
            role: Role::Decoration,
        });
        self.y += 14.0;
    }

    /// Starts a new page unless `height` more points fit on this one (or a whole page would
    /// not hold them either).
    fn room_for(&mut self, height: f32) {
        let fits_a_page = height <= BOTTOM - MARGIN - 120.0;
        if self.y + height > self.bottom && (fits_a_page || self.y > MARGIN + 150.0) {
            self.new_page();
        }
    }

    /// The lines of one structure element across the full width, each on whichever page it falls.
    fn lines(&mut self, group: usize, style: Style, text: &str) {
        for line in style.font().wrap(text, style.size, TEXT_WIDTH) {
            self.room_for(style.leading);
            self.push(Op::Text { style, x: MARGIN, y: self.y, text: line, role: Role::Content(group) });
            self.y += style.leading;
        }
    }

    /// Text in a column from `x` and `width` wide, starting at baseline `y` (the caller made
    /// room); returns the baseline after it.
    fn column_text(&mut self, group: usize, style: Style, text: &str, x: f32, width: f32, mut y: f32) -> f32 {
        for line in style.font().wrap(text, style.size, width) {
            self.push(Op::Text { style, x, y, text: line, role: Role::Content(group) });
            y += style.leading;
        }
        y
    }

    /// Labelled fields in a column; returns the baseline after them.
    fn fields(&mut self, fields: &[(String, String)], x: f32, width: f32, mut y: f32) -> f32 {
        for (label, value) in fields {
            let group = self.group(Group::Paragraph);
            y = self.column_text(group, LABEL, label, x, width, y);
            y = self.column_text(group, VALUE, value, x, width, y) + FIELD_GAP;
        }
        y
    }

    fn fields_height(fields: &[(String, String)], width: f32) -> f32 {
        let lines = |style: Style, text: &str| style.font().wrap(text, style.size, width).len() as f32 * style.leading;
        fields.iter().map(|(label, value)| lines(LABEL, label) + lines(VALUE, value) + FIELD_GAP).sum()
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Title(text) => {
                let group = self.group(Group::Heading(1, text.clone()));
                self.room_for(TITLE.leading * 3.0);
                self.lines(group, TITLE, text);
                self.y += 6.0;
            }
            Block::Heading(text) => {
                let group = self.group(Group::Heading(2, text.clone()));
                // A heading never ends a page: it keeps two lines of what follows with it.
                self.room_for(HEADING.leading + 2.0 * BODY.leading);
                self.lines(group, HEADING, text);
                self.y += 4.0;
            }
            Block::Paragraph(text) => {
                let group = self.group(Group::Paragraph);
                self.lines(group, BODY, text);
                self.y += 6.0;
            }
            Block::Emphasis(text) => {
                let group = self.group(Group::Paragraph);
                self.room_for(EMPHASIS.leading + 8.0);
                self.y += 8.0;
                self.lines(group, EMPHASIS, text);
                self.y += 2.0;
            }
            Block::Field(label, value) => {
                let group = self.group(Group::Paragraph);
                self.room_for(LABEL.leading + VALUE.leading);
                self.lines(group, LABEL, label);
                self.lines(group, VALUE, value);
                self.y += FIELD_GAP;
            }
            Block::Warning(text) => {
                let group = self.group(Group::Paragraph);
                let lines = BAND.font().wrap(text, BAND.size, TEXT_WIDTH - 24.0);
                let height = lines.len() as f32 * BAND.leading + 18.0;
                self.room_for(height + 30.0);
                let top = self.y;
                self.push(Op::Rects {
                    rects: vec![(MARGIN, top, TEXT_WIDTH, height)],
                    color: WARNING,
                    role: Role::Decoration,
                });
                self.y += 22.0;
                for line in lines {
                    self.push(Op::Text {
                        style: BAND,
                        x: MARGIN + 12.0,
                        y: self.y,
                        text: line,
                        role: Role::Content(group),
                    });
                    self.y += BAND.leading;
                }
                // Below the band's bottom edge, with room for the next line's ascent.
                self.y += 22.0;
            }
            Block::Rule => {
                self.room_for(16.0);
                self.y += 2.0;
                let top = self.y;
                self.push(Op::Rects {
                    rects: vec![(MARGIN, top, TEXT_WIDTH, 0.75)],
                    color: RULE,
                    role: Role::Decoration,
                });
                self.y += 14.0;
            }
            Block::Columns(columns) => self.columns(columns),
            Block::Code(code, fields) => self.code(code, fields),
            Block::CodeColumns(columns) => self.code_columns(columns),
            Block::Together(blocks) => {
                let height = self.measure(blocks);
                self.room_for(height);
                for block in blocks {
                    self.block(block);
                }
            }
        }
    }

    fn columns(&mut self, columns: &[Column]) {
        let count = columns.len().max(1) as f32;
        let width = (TEXT_WIDTH - GUTTER * (count - 1.0)) / count;
        let heading_lines = |text: &str| HEADING.font().wrap(text, HEADING.size, width).len() as f32 * HEADING.leading;
        let height = columns
            .iter()
            .map(|column| heading_lines(&column.heading) + 4.0 + Self::fields_height(&column.fields, width))
            .fold(0.0, f32::max);
        self.room_for(height);
        let top = self.y;
        let mut bottom = top;
        for (index, column) in columns.iter().enumerate() {
            let x = MARGIN + index as f32 * (width + GUTTER);
            let group = self.group(Group::Heading(2, column.heading.clone()));
            let y = self.column_text(group, HEADING, &column.heading, x, width, top) + 4.0;
            bottom = bottom.max(self.fields(&column.fields, x, width, y));
        }
        self.y = bottom;
    }

    /// The code on the left (its quiet zone included), the fields on its right.
    fn code(&mut self, code: &Code, fields: &[(String, String)]) {
        self.room_for(Self::code_height(code, fields, TEXT_WIDTH));
        self.y = self.code_at(code, fields, MARGIN, TEXT_WIDTH, self.y);
    }

    fn code_height(code: &Code, fields: &[(String, String)], width: f32) -> f32 {
        let text_width = width - code.outer_width() - GUTTER;
        code.outer_height().max(Self::fields_height(fields, text_width) + CODE_LIFT)
    }

    /// A code and its fields in the band from `x`, `width` wide, from baseline `y` (the caller
    /// made room); returns the baseline after them.
    fn code_at(&mut self, code: &Code, fields: &[(String, String)], x: f32, width: f32, y: f32) -> f32 {
        let text_x = x + code.outer_width() + GUTTER;
        let text_width = width - code.outer_width() - GUTTER;
        let height = Self::code_height(code, fields, width);
        let top = y - CODE_LIFT;
        let figure = self.group(Group::Figure(code.alt.clone()));
        let module = code.module();
        let (left, upper) = (x + code.quiet_zone as f32 * module, top + code.quiet_zone as f32 * module);
        let rects = code.dark_runs(left, upper);
        self.push(Op::Rects { rects, color: BLACK, role: Role::Content(figure) });
        let after = self.fields(fields, text_x, text_width, y + 4.0);
        (top + height + CODE_LIFT).max(after) + 4.0
    }

    /// Ways to pay side by side (read one column, then the next).
    fn code_columns(&mut self, columns: &[CodeColumn]) {
        let count = columns.len().max(1) as f32;
        let width = (TEXT_WIDTH - GUTTER * (count - 1.0)) / count;
        let lines = |style: Style, text: &str| style.font().wrap(text, style.size, width).len() as f32 * style.leading;
        // Headings and leads first, so the codes of every column start on one line.
        let intro =
            columns.iter().map(|c| lines(HEADING, &c.heading) + 4.0 + lines(BODY, &c.lead) + 6.0).fold(0.0, f32::max);
        let codes = columns.iter().map(|c| Self::code_height(&c.code, &c.fields, width)).fold(0.0, f32::max);
        self.room_for(intro + codes);
        let top = self.y;
        let mut bottom = top;
        for (index, column) in columns.iter().enumerate() {
            let x = MARGIN + index as f32 * (width + GUTTER);
            let heading = self.group(Group::Heading(2, column.heading.clone()));
            let y = self.column_text(heading, HEADING, &column.heading, x, width, top) + 4.0;
            let lead = self.group(Group::Paragraph);
            self.column_text(lead, BODY, &column.lead, x, width, y);
            bottom = bottom.max(self.code_at(&column.code, &column.fields, x, width, top + intro));
        }
        self.y = bottom;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf(blocks: Vec<Block>) -> Pdf<'static> {
        Pdf {
            title: "Prova",
            lang: "it",
            header: "PagoScuola",
            header_lines: vec!["Intestazione ripetuta".into()],
            header_is_title: false,
            footer: "piè di pagina",
            blocks,
        }
    }

    fn header_lines(page: &[Op]) -> usize {
        page.iter().filter(|op| matches!(op, Op::Text { role: Role::Header, .. })).count()
    }

    #[test]
    fn long_text_flows_onto_more_pages_with_the_header_repeated() {
        let words = "parola ".repeat(2500);
        let document = pdf(vec![Block::Paragraph(words.clone())]);
        let layout = Layout::place(&document);
        assert!(layout.pages.len() >= 3, "{} pages", layout.pages.len());
        for page in &layout.pages {
            assert_eq!(header_lines(page), 2, "brand line and the repeated line on every page");
            // Nothing is drawn below the content area.
            assert!(page.iter().all(|op| !matches!(op, Op::Text { y, .. } if *y > BOTTOM)));
        }
        // Every word is there once, in order.
        let text: Vec<&str> = layout
            .pages
            .iter()
            .flatten()
            .filter_map(|op| match op {
                Op::Text { text, role: Role::Content(_), .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(text.join(" ").split_whitespace().count(), 2500);
        let one = render(&pdf(vec![Block::Paragraph("Breve.".into())])).unwrap();
        let many = render(&document).unwrap();
        assert!(many.len() > one.len());
    }

    #[test]
    fn the_first_header_can_be_the_title_and_kept_blocks_move_whole() {
        // Enough one-line paragraphs (16 + 6 points each) to leave room on page one for one
        // more but not two: together, the pair moves on.
        let empty = Pdf { header_is_title: true, ..pdf(vec![]) };
        let start = Layout::place(&empty).y;
        let count = ((BOTTOM - start - BODY.leading) / (BODY.leading + 6.0)).floor() as usize;
        let filler: Vec<Block> = (0..count).map(|n| Block::Paragraph(format!("Riga {n}"))).collect();
        let kept =
            Block::Together(vec![Block::Paragraph("Sezione".into()), Block::Paragraph("Con la sua riga".into())]);
        let document = Pdf { header_is_title: true, blocks: filler.into_iter().chain([kept]).collect(), ..pdf(vec![]) };
        let layout = Layout::place(&document);
        assert_eq!(layout.pages.len(), 2);
        assert_eq!(header_lines(&layout.pages[0]), 0, "page one's header is content");
        assert_eq!(header_lines(&layout.pages[1]), 2);
        let on_second =
            |needle: &str| layout.pages[1].iter().any(|op| matches!(op, Op::Text { text, .. } if text == needle));
        assert!(on_second("Sezione") && on_second("Con la sua riga"), "the pair moved whole");
        assert!(!on_second(&format!("Riga {}", count - 1)));
        // Without keeping them together, the first would have stayed on page one.
        let split = Pdf {
            header_is_title: true,
            blocks: (0..count)
                .map(|n| Block::Paragraph(format!("Riga {n}")))
                .chain([Block::Paragraph("Sezione".into())])
                .collect(),
            ..pdf(vec![])
        };
        assert_eq!(Layout::place(&split).pages.len(), 1);
        assert!(matches!(layout.groups[0], Group::Heading(1, _)));
    }
}
