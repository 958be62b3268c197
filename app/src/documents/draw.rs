//! Writes placed pages ([`super::layout`]) as a tagged PDF with krilla, in Titillium Web
//! (embedded, subset): the tag tree gives screen readers the headings, paragraphs, figures and
//! the reading order; headers, footers and decorations are artifacts.

use super::layout::{Group, Layout, Op, Pdf, PdfError, Rgb, Role, Style, MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH};
use super::metrics;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use std::num::NonZeroU16;
use std::sync::LazyLock;

static REGULAR: LazyLock<Option<Font>> = LazyLock::new(|| Font::new(metrics::REGULAR_DATA.into(), 0));
static BOLD: LazyLock<Option<Font>> = LazyLock::new(|| Font::new(metrics::BOLD_DATA.into(), 0));

const FOOTER: Style = Style { bold: false, size: 8.5, leading: 12.0, color: MUTED };

fn fill(surface: &mut Surface<'_>, (r, g, b): Rgb) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
}

fn draw(surface: &mut Surface<'_>, op: Op, regular: &Font, bold: &Font, ids: &mut [Vec<Identifier>]) {
    let tag = |role: Role| match role {
        Role::Content(_) => None,
        Role::Header => Some(ArtifactType::Header),
        Role::Footer => Some(ArtifactType::Footer),
        Role::Decoration => Some(ArtifactType::Other),
    };
    match op {
        Op::Text { style, x, y, text, role } => {
            let id = match tag(role) {
                Some(kind) => surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind))),
                None => surface.start_tagged(ContentTag::Span(SpanTag::empty())),
            };
            fill(surface, style.color);
            let font = if style.bold { bold } else { regular };
            surface.draw_text(Point::from_xy(x, y), font.clone(), style.size, &text, false, TextDirection::Auto);
            surface.end_tagged();
            if let Role::Content(group) = role {
                ids[group].push(id);
            }
        }
        Op::Rects { rects, color, role } => {
            let id = match tag(role) {
                Some(kind) => surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind))),
                None => surface.start_tagged(ContentTag::Other),
            };
            let mut path = PathBuilder::new();
            for (x, y, w, h) in rects {
                if let Some(rect) = Rect::from_xywh(x, y, w, h) {
                    path.push_rect(rect);
                }
            }
            if let Some(path) = path.finish() {
                fill(surface, color);
                surface.draw_path(&path);
            }
            surface.end_tagged();
            if let Role::Content(group) = role {
                ids[group].push(id);
            }
        }
    }
}

/// Lays the blocks out on as many pages as they need and returns the PDF bytes.
pub fn render(pdf: &Pdf<'_>) -> Result<Vec<u8>, PdfError> {
    let regular = REGULAR.clone().ok_or(PdfError::Font)?;
    let bold = BOLD.clone().ok_or(PdfError::Font)?;
    let Layout { pages, groups, .. } = Layout::place(pdf);
    let count = pages.len();
    let mut ids: Vec<Vec<Identifier>> = groups.iter().map(|_| Vec::new()).collect();
    let mut document = Document::new();
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(PdfError::Font)?;
    for (index, ops) in pages.into_iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, op, &regular, &bold, &mut ids);
        }
        let footer =
            if count > 1 { format!("{} · {}/{count}", pdf.footer, index + 1) } else { pdf.footer.to_string() };
        let text =
            Op::Text { style: FOOTER, x: MARGIN, y: PAGE_HEIGHT - MARGIN / 2.0, text: footer, role: Role::Footer };
        draw(&mut surface, text, &regular, &bold, &mut ids);
        surface.finish();
        page.finish();
    }
    let mut tree = TagTree::new().with_lang(Some(pdf.lang.to_string()));
    for (group, ids) in groups.into_iter().zip(ids) {
        let mut element = match group {
            Group::Heading(level, text) => {
                TagGroup::new(Tag::Hn(NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN), Some(text)))
            }
            Group::Paragraph => TagGroup::new(Tag::P),
            Group::Figure(alt) => TagGroup::new(Tag::Figure(Some(alt))),
        };
        for id in ids {
            element.push(id);
        }
        tree.push(element);
    }
    document.set_tag_tree(tree);
    document.set_metadata(
        Metadata::new().title(pdf.title.to_string()).language(pdf.lang.to_string()).creator("PagoScuola".into()),
    );
    document.finish().map_err(|error| PdfError::Export(format!("{error:?}")))
}
