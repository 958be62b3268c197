//! The built site's files (bundle, fonts, icons, manifest), compressed once and kept in memory.
//!
//! `pagoscuola precompress` writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside each
//! text or wasm file of the site after `cargo leptos build --release`; at start-up the server
//! reads the site and its compressed copies into a table, so a request for the bundle costs a
//! lookup, not a file read and a compression. Only hashed (release) builds are loaded: in
//! development cargo-leptos rewrites the bundle under the same name while the server runs, so
//! there the files are read from disk per request as before.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// File types worth compressing: text and the wasm bundle. Fonts (woff2) and PNGs are
/// compressed already.
const COMPRESSIBLE: [&str; 9] = ["wasm", "js", "css", "svg", "json", "webmanifest", "txt", "html", "md"];

/// Below this, the headers cost more than what compression saves.
const MIN_COMPRESS_BYTES: usize = 512;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    pub fn extension(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gz",
        }
    }

    pub fn header(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }
}

/// One file of the site as it is served.
#[derive(Debug)]
pub struct Asset {
    pub content_type: &'static str,
    /// Quoted, from the content: the same file gets the same tag in every process.
    pub etag: String,
    pub identity: bytes::Bytes,
    pub brotli: Option<bytes::Bytes>,
    pub gzip: Option<bytes::Bytes>,
}

impl Asset {
    pub fn encoded(&self, encoding: Encoding) -> Option<&bytes::Bytes> {
        match encoding {
            Encoding::Brotli => self.brotli.as_ref(),
            Encoding::Gzip => self.gzip.as_ref(),
        }
    }
}

/// The site's files by request path (`/pkg/pagoscuola.1a2b.wasm`).
#[derive(Debug, Default)]
pub struct SiteAssets {
    files: HashMap<String, Asset>,
}

impl SiteAssets {
    pub fn get(&self, path: &str) -> Option<&Asset> {
        self.files.get(path)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Every file under `site_root` with the compressed copies `precompress` wrote beside it.
    pub fn load(site_root: &Path) -> std::io::Result<SiteAssets> {
        let mut files = HashMap::new();
        for path in walk(site_root)? {
            if is_compressed_copy(&path) {
                continue;
            }
            let Ok(relative) = path.strip_prefix(site_root) else { continue };
            let url = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
            let identity = std::fs::read(&path)?;
            let copy = |encoding: Encoding| std::fs::read(sibling(&path, encoding)).ok().map(bytes::Bytes::from);
            let asset = Asset {
                content_type: content_type(&path),
                etag: etag(&identity),
                brotli: copy(Encoding::Brotli),
                gzip: copy(Encoding::Gzip),
                identity: identity.into(),
            };
            files.insert(url, asset);
        }
        Ok(SiteAssets { files })
    }
}

/// What `precompress` did, for its one line of output.
#[derive(Debug, Default)]
pub struct Compressed {
    pub files: usize,
    pub bytes_before: usize,
    pub brotli_bytes: usize,
}

/// Writes `.br` and `.gz` copies beside every compressible file of the site (each only when it
/// is smaller than the file); run once after each build.
pub fn precompress(site_root: &Path) -> std::io::Result<Compressed> {
    let mut done = Compressed::default();
    for path in walk(site_root)? {
        if is_compressed_copy(&path) || !is_compressible(&path) {
            continue;
        }
        let original = std::fs::read(&path)?;
        for encoding in [Encoding::Brotli, Encoding::Gzip] {
            let target = sibling(&path, encoding);
            let _ = std::fs::remove_file(&target);
            if original.len() < MIN_COMPRESS_BYTES {
                continue;
            }
            let packed = compress(&original, encoding)?;
            if packed.len() < original.len() {
                std::fs::write(&target, &packed)?;
                if encoding == Encoding::Brotli {
                    done.files += 1;
                    done.bytes_before += original.len();
                    done.brotli_bytes += packed.len();
                }
            }
        }
    }
    Ok(done)
}

pub fn compress(data: &[u8], encoding: Encoding) -> std::io::Result<Vec<u8>> {
    match encoding {
        Encoding::Brotli => {
            let mut out = Vec::new();
            let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
            brotli::BrotliCompress(&mut &data[..], &mut out, &params)?;
            Ok(out)
        }
        Encoding::Gzip => {
            let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(data)?;
            encoder.finish()
        }
    }
}

fn walk(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                folders.push(entry.path());
            } else if kind.is_file() {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    Ok(found)
}

fn extension(path: &Path) -> &str {
    path.extension().and_then(|e| e.to_str()).unwrap_or("")
}

fn is_compressible(path: &Path) -> bool {
    COMPRESSIBLE.contains(&extension(path))
}

/// `x.wasm.br` beside `x.wasm` (a `.gz` or `.br` whose stem is itself a compressible file).
fn is_compressed_copy(path: &Path) -> bool {
    matches!(extension(path), "br" | "gz") && path.file_stem().is_some_and(|stem| is_compressible(Path::new(stem)))
}

fn sibling(path: &Path, encoding: Encoding) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(encoding.extension());
    PathBuf::from(name)
}

fn content_type(path: &Path) -> &'static str {
    match extension(path) {
        "wasm" => "application/wasm",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" | "md" => "text/plain; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "woff2" => "font/woff2",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// A strong validator from the content (64-bit SipHash is plenty to tell builds apart).
fn etag(content: &[u8]) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    content.hash(&mut hasher);
    format!("\"{:016x}-{:x}\"", hasher.finish(), content.len())
}

/// The best encoding the request accepts among those the file has.
pub fn choose(accept_encoding: &str, asset: &Asset) -> Option<Encoding> {
    let accepts = |name: &str| {
        accept_encoding.split(',').any(|part| {
            let mut pieces = part.split(';');
            let coding = pieces.next().unwrap_or("").trim();
            let quality = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.trim().parse::<f32>().ok());
            coding.eq_ignore_ascii_case(name) && quality.unwrap_or(1.0) > 0.0
        })
    };
    [Encoding::Brotli, Encoding::Gzip]
        .into_iter()
        .find(|encoding| asset.encoded(*encoding).is_some() && accepts(encoding.header()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asset(brotli: bool, gzip: bool) -> Asset {
        Asset {
            content_type: "text/css",
            etag: etag(b"x"),
            identity: bytes::Bytes::from_static(b"x"),
            brotli: brotli.then(|| bytes::Bytes::from_static(b"b")),
            gzip: gzip.then(|| bytes::Bytes::from_static(b"g")),
        }
    }

    #[test]
    fn brotli_first_then_gzip_then_the_file_itself() {
        let both = asset(true, true);
        assert_eq!(choose("gzip, deflate, br, zstd", &both), Some(Encoding::Brotli));
        assert_eq!(choose("gzip", &both), Some(Encoding::Gzip));
        assert_eq!(choose("br;q=0, gzip", &both), Some(Encoding::Gzip));
        assert_eq!(choose("identity", &both), None);
        assert_eq!(choose("br", &asset(false, true)), None, "the file has no brotli copy");
    }

    #[test]
    fn copies_are_recognised_by_the_file_they_copy() {
        assert!(is_compressed_copy(Path::new("pkg/a.wasm.br")));
        assert!(is_compressed_copy(Path::new("pkg/a.css.gz")));
        assert!(!is_compressed_copy(Path::new("pkg/archive.gz")));
    }

    #[test]
    fn precompressed_copies_decode_to_the_file_and_are_loaded() {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(site.path().join("pkg")).unwrap();
        let text = "body { color: black; }\n".repeat(200);
        std::fs::write(site.path().join("pkg/site.css"), &text).unwrap();
        std::fs::write(site.path().join("pkg/tiny.js"), "x").unwrap();
        let done = precompress(site.path()).unwrap();
        assert_eq!(done.files, 1, "the tiny file is left as it is");
        let assets = SiteAssets::load(site.path()).unwrap();
        assert_eq!(assets.len(), 2, "the copies are not files of their own");
        let css = assets.get("/pkg/site.css").unwrap();
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &css.brotli.as_ref().unwrap()[..], &mut decoded).unwrap();
        assert_eq!(decoded, text.as_bytes());
        let mut gunzipped = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&css.gzip.as_ref().unwrap()[..]),
            &mut gunzipped,
        )
        .unwrap();
        assert_eq!(gunzipped, text);
        assert!(assets.get("/pkg/tiny.js").unwrap().brotli.is_none());
        assert_eq!(css.content_type, "text/css; charset=utf-8");
    }
}
