//! The codes printed on a payment notice, as module grids for the layout to draw as vectors:
//! pagoPA's QR code (version 4, error correction M, 25 mm) and Poste's Data Matrix (ECC 200).

use super::layout::{PdfError, MM};

/// A two-dimensional code as dark and light modules, drawn as vector squares.
pub struct Code {
    /// Row by row, `true` = dark.
    pub modules: Vec<bool>,
    pub columns: usize,
    /// The printed width of the modules (without the quiet zone), in points.
    pub width: f32,
    /// Light modules kept free around it.
    pub quiet_zone: usize,
    /// What a screen reader hears for the figure.
    pub alt: String,
}

impl Code {
    fn rows(&self) -> usize {
        self.modules.len() / self.columns.max(1)
    }
    pub(super) fn module(&self) -> f32 {
        self.width / self.columns.max(1) as f32
    }
    pub(super) fn outer_height(&self) -> f32 {
        (self.rows() + 2 * self.quiet_zone) as f32 * self.module()
    }
    pub(super) fn outer_width(&self) -> f32 {
        (self.columns + 2 * self.quiet_zone) as f32 * self.module()
    }
    /// The dark modules as rectangles, the top-left module at (`left`, `upper`): each run of
    /// dark modules in a row is one rectangle (fewer, seamless shapes).
    pub(super) fn dark_runs(&self, left: f32, upper: f32) -> Vec<(f32, f32, f32, f32)> {
        let module = self.module();
        let mut rects = Vec::new();
        for (row, cells) in self.modules.chunks(self.columns.max(1)).enumerate() {
            let mut column = 0;
            while column < cells.len() {
                let start = column;
                while column < cells.len() && cells[column] {
                    column += 1;
                }
                if column > start {
                    let x = left + start as f32 * module;
                    rects.push((x, upper + row as f32 * module, (column - start) as f32 * module, module));
                } else {
                    column += 1;
                }
            }
        }
        rects
    }
}

/// pagoPA prints the QR code 25 mm wide.
pub const QR_WIDTH: f32 = 25.0 * MM;
/// The Data Matrix as Poste's bulletins print it: about 25 mm too.
pub const DATA_MATRIX_WIDTH: f32 = 25.0 * MM;

/// The QR code of `payload` at version 4 (33 × 33 modules), error correction M.
pub fn qr(payload: &str, alt: String) -> Result<Code, PdfError> {
    use qrcode::{Color, EcLevel, QrCode, Version};
    let code = QrCode::with_version(payload.as_bytes(), Version::Normal(4), EcLevel::M)
        .map_err(|error| PdfError::Code(format!("QR: {error}")))?;
    let columns = code.width();
    let modules = code.to_colors().into_iter().map(|color| color == Color::Dark).collect();
    Ok(Code { modules, columns, width: QR_WIDTH, quiet_zone: 4, alt })
}

/// The square Data Matrix of `text` (printable ASCII; the library picks the smallest symbol).
pub fn data_matrix(text: &str, alt: String) -> Result<Code, PdfError> {
    use datamatrix::{DataMatrix, SymbolList};
    let code = DataMatrix::encode(text.as_bytes(), SymbolList::default().enforce_square())
        .map_err(|error| PdfError::Code(format!("Data Matrix: {error:?}")))?;
    let bitmap = code.bitmap();
    Ok(Code { modules: bitmap.bits().to_vec(), columns: bitmap.width(), width: DATA_MATRIX_WIDTH, quiet_zone: 2, alt })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_is_version_4_and_the_data_matrix_square() {
        let qr = qr("PAGOPA|002|301239600003547815|80185250588|99999999999", String::new()).unwrap();
        assert_eq!(qr.columns, 33);
        assert_eq!(qr.modules.len(), 33 * 33);
        let text = format!("codfase=NBPA;{}", "1".repeat(243));
        let matrix = data_matrix(&text, String::new()).unwrap();
        assert_eq!(matrix.modules.len(), matrix.columns * matrix.columns);
        // A payload too long for version 4 is an error, never a silently larger code.
        assert!(super::qr(&"x".repeat(100), String::new()).is_err());
    }
}
