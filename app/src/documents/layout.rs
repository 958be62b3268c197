//! A small document model laid out on A4 pages with krilla: a title, paragraphs and labelled
//! fields, in Titillium Web (embedded, subset), as a tagged PDF: the tag tree gives screen
//! readers the headings, paragraphs and the reading order; header and footer are artifacts.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use std::num::NonZeroU16;
use std::sync::LazyLock;

static REGULAR: LazyLock<Option<Font>> = LazyLock::new(|| {
    Font::new((include_bytes!("../../data/fonts/TitilliumWeb_400Regular.ttf") as &'static [u8]).into(), 0)
});
static BOLD: LazyLock<Option<Font>> = LazyLock::new(|| {
    Font::new((include_bytes!("../../data/fonts/TitilliumWeb_700Bold.ttf") as &'static [u8]).into(), 0)
});

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// A generous average advance of Titillium Web, in ems, for line breaking (never overflows).
const AVERAGE_ADVANCE: f32 = 0.56;

/// What a document says, in reading order.
pub enum Block {
    Title(String),
    Paragraph(String),
    /// A label (bold) and its value, on one line or the value below when long.
    Field(String, String),
    /// A thin rule between sections (decoration: an artifact).
    Rule,
    /// A warning on a coloured band, read as a paragraph (e.g. "test payment, no value").
    Warning(String),
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font could not be read")]
    Font,
    #[error("PDF export failed: {0}")]
    Export(String),
}

pub struct Pdf<'a> {
    pub title: &'a str,
    pub lang: &'a str,
    pub header: &'a str,
    pub footer: &'a str,
    pub blocks: Vec<Block>,
}

/// Breaks `text` into lines that fit `width` at `size`.
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let per_line = ((width / (size * AVERAGE_ADVANCE)) as usize).max(10);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > per_line {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        // A word longer than a line (a long code) is cut where it must be.
        while line.chars().count() > per_line {
            let cut: String = line.chars().take(per_line).collect();
            line = line.chars().skip(per_line).collect();
            lines.push(cut);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

struct Writer<'d> {
    surface: Surface<'d>,
    y: f32,
}

impl Writer<'_> {
    fn fill(&mut self, color: rgb::Color) {
        self.surface.set_fill(Some(Fill {
            paint: color.into(),
            opacity: NormalizedF32::ONE,
            rule: Default::default(),
        }));
    }

    /// Draws one line of text as a tagged span; returns its identifier for the tag tree.
    fn line(&mut self, font: &Font, size: f32, x: f32, text: &str) -> krilla::tagging::Identifier {
        let id = self.surface.start_tagged(ContentTag::Span(SpanTag::empty()));
        self.surface.draw_text(Point::from_xy(x, self.y), font.clone(), size, text, false, TextDirection::Auto);
        self.surface.end_tagged();
        id
    }

    fn artifact_text(&mut self, font: &Font, size: f32, y: f32, text: &str, kind: ArtifactType) {
        self.surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
        self.surface.draw_text(Point::from_xy(MARGIN, y), font.clone(), size, text, false, TextDirection::Auto);
        self.surface.end_tagged();
    }

    /// A filled rectangle behind what follows (decoration: an artifact).
    fn band(&mut self, height: f32, color: rgb::Color) {
        self.surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Other)));
        let mut path = PathBuilder::new();
        if let Some(rect) = Rect::from_xywh(MARGIN, self.y, TEXT_WIDTH, height) {
            path.push_rect(rect);
        }
        if let Some(path) = path.finish() {
            self.fill(color);
            self.surface.draw_path(&path);
        }
        self.surface.end_tagged();
    }

    fn rule(&mut self) {
        self.surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Other)));
        let mut path = PathBuilder::new();
        if let Some(rect) = Rect::from_xywh(MARGIN, self.y, TEXT_WIDTH, 0.75) {
            path.push_rect(rect);
        }
        if let Some(path) = path.finish() {
            self.fill(rgb::Color::new(197, 209, 220));
            self.surface.draw_path(&path);
        }
        self.surface.end_tagged();
    }
}

/// Lays out one page (these documents are short by design) and returns the PDF bytes.
pub fn render(pdf: &Pdf<'_>) -> Result<Vec<u8>, PdfError> {
    let regular = REGULAR.clone().ok_or(PdfError::Font)?;
    let bold = BOLD.clone().ok_or(PdfError::Font)?;
    let mut document = Document::new();
    let mut tree = TagTree::new().with_lang(Some(pdf.lang.to_string()));
    let mut page = document.start_page_with(PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(PdfError::Font)?);
    {
        let mut writer = Writer { surface: page.surface(), y: MARGIN };
        let ink = rgb::Color::new(26, 26, 26);
        let brand = rgb::Color::new(0, 102, 204);
        let muted = rgb::Color::new(93, 112, 131);

        writer.fill(brand);
        writer.artifact_text(&bold, 16.0, MARGIN, pdf.header, ArtifactType::Header);
        writer.y += 40.0;
        for block in &pdf.blocks {
            match block {
                Block::Title(text) => {
                    writer.fill(ink);
                    let mut heading = TagGroup::new(Tag::Hn(NonZeroU16::MIN, Some(text.clone())));
                    for line in wrap(text, 20.0, TEXT_WIDTH) {
                        heading.push(writer.line(&bold, 20.0, MARGIN, &line));
                        writer.y += 26.0;
                    }
                    tree.push(heading);
                    writer.y += 6.0;
                }
                Block::Paragraph(text) => {
                    writer.fill(ink);
                    let mut paragraph = TagGroup::new(Tag::P);
                    for line in wrap(text, 11.0, TEXT_WIDTH) {
                        paragraph.push(writer.line(&regular, 11.0, MARGIN, &line));
                        writer.y += 16.0;
                    }
                    tree.push(paragraph);
                    writer.y += 6.0;
                }
                Block::Field(label, value) => {
                    let mut field = TagGroup::new(Tag::P);
                    writer.fill(muted);
                    field.push(writer.line(&bold, 9.5, MARGIN, label));
                    writer.y += 14.0;
                    writer.fill(ink);
                    for line in wrap(value, 11.5, TEXT_WIDTH) {
                        field.push(writer.line(&regular, 11.5, MARGIN, &line));
                        writer.y += 16.0;
                    }
                    tree.push(field);
                    writer.y += 6.0;
                }
                Block::Warning(text) => {
                    let lines = wrap(text, 12.0, TEXT_WIDTH - 24.0);
                    writer.band(lines.len() as f32 * 17.0 + 18.0, rgb::Color::new(160, 30, 30));
                    writer.y += 22.0;
                    writer.fill(rgb::Color::new(255, 255, 255));
                    let mut warning = TagGroup::new(Tag::P);
                    for line in lines {
                        warning.push(writer.line(&bold, 12.0, MARGIN + 12.0, &line));
                        writer.y += 17.0;
                    }
                    tree.push(warning);
                    writer.y += 12.0;
                }
                Block::Rule => {
                    writer.y += 2.0;
                    writer.rule();
                    writer.y += 14.0;
                }
            }
        }
        writer.fill(muted);
        writer.artifact_text(&regular, 8.5, PAGE_HEIGHT - MARGIN / 2.0, pdf.footer, ArtifactType::Footer);
        writer.surface.finish();
    }
    page.finish();
    document.set_tag_tree(tree);
    document.set_metadata(
        Metadata::new().title(pdf.title.to_string()).language(pdf.lang.to_string()).creator("PagoScuola".into()),
    );
    document.finish().map_err(|error| PdfError::Export(format!("{error:?}")))
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn lines_are_broken_at_words_and_long_codes_are_cut() {
        let lines = wrap("uno due tre quattro cinque sei sette otto nove dieci undici dodici", 11.0, 80.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "uno due tre quattro cinque sei sette otto nove dieci undici dodici");
        let code = "x".repeat(40);
        assert!(wrap(&code, 11.0, 80.0).iter().all(|l| l.chars().count() <= 12));
        assert_eq!(wrap("", 11.0, 80.0), vec![String::new()]);
    }
}
