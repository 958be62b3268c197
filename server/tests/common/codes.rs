//! Reading printed codes back with real decoders: the PDF rasterised by poppler's `pdftoppm`,
//! the QR code read by `zbarimg` (Debian zbar-tools), the Data Matrix by `dmtxread` (Debian
//! dmtx-utils). `scripts/setup.sh --tests` installs all three.

use std::path::PathBuf;
use std::process::Command;

/// The PDF's pages as 300 dpi grey PNG files in a fresh temporary folder (kept while `.0` lives).
pub fn rasterise(bytes: &[u8]) -> (tempfile::TempDir, Vec<PathBuf>) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let pdf = folder.path().join("avviso.pdf");
    std::fs::write(&pdf, bytes).expect("write the PDF");
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-gray", "-png"])
        .arg(&pdf)
        .arg(folder.path().join("pagina"))
        .status()
        .expect("pdftoppm (Debian poppler-utils)");
    assert!(status.success(), "pdftoppm failed");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(folder.path())
        .expect("read the folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "png"))
        .collect();
    pages.sort();
    (folder, pages)
}

/// Every QR code `zbarimg` finds in the pages, one text each.
pub fn qr_codes(pages: &[PathBuf]) -> Vec<String> {
    let output = Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .args(pages)
        .output()
        .expect("zbarimg (Debian zbar-tools)");
    String::from_utf8(output.stdout).expect("UTF-8").lines().map(str::to_string).collect()
}

/// The first Data Matrix `dmtxread` finds on `page` (a page without one takes it minutes to
/// search: call it on the page that should have it).
pub fn data_matrix(page: &std::path::Path) -> String {
    let output = Command::new("dmtxread").arg("-N1").arg(page).output().expect("dmtxread (Debian dmtx-utils)");
    String::from_utf8(output.stdout).expect("UTF-8")
}
