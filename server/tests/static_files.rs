//! The built site's files come from memory, compressed once by `precompress`: brotli to a
//! browser that takes it, gzip to one that takes only that, the file itself otherwise, and a 304
//! to a browser that already has it.

mod common;

use common::TestApp;
use server::db::Engine;

const CSS: &str = "/pkg/pagoscuola.0123abcd.css";

#[tokio::test]
async fn site_files_are_served_precompressed_from_memory() {
    let site = tempfile::tempdir().expect("site folder");
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    let css = ".avviso { padding: 1rem; color: #17324d; }\n".repeat(300);
    std::fs::write(site.path().join(&CSS[1..]), &css).unwrap();
    let done = server::assets::precompress(site.path()).expect("precompress");
    assert_eq!(done.files, 1);
    let root = site.path().display().to_string();
    let Some(app) = TestApp::spawn_with(Engine::Sqlite, |config| config.site_root = root).await else { return };
    // The copies on disk are gone: what is served was read at start-up.
    std::fs::remove_dir_all(site.path().join("pkg")).unwrap();

    let get = |encoding: &'static str| app.client.get(app.url(CSS)).header("accept-encoding", encoding).send();
    let brotli = get("gzip, deflate, br").await.unwrap();
    assert_eq!(brotli.status(), 200);
    assert_eq!(brotli.headers()["content-encoding"], "br");
    assert_eq!(brotli.headers()["vary"], "accept-encoding");
    assert_eq!(brotli.headers()["cache-control"], "public, max-age=31536000, immutable");
    let etag = brotli.headers()["etag"].to_str().unwrap().to_string();
    let packed = brotli.bytes().await.unwrap();
    let mut decoded = Vec::new();
    brotli_decompress(&packed, &mut decoded);
    assert_eq!(decoded, css.as_bytes(), "the brotli copy is the file");
    assert!(packed.len() * 10 < css.len(), "{} bytes for {}", packed.len(), css.len());

    let gzip = get("gzip").await.unwrap();
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let plain = get("identity").await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.text().await.unwrap(), css);

    let again = app.client.get(app.url(CSS)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304, "a browser that has the file gets no body");
    let head = app.client.head(app.url(CSS)).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-length"], packed.len().to_string().as_str());
    let missing = app.client.get(app.url("/pkg/nothing.css")).send().await.unwrap();
    assert_eq!(missing.status(), 404, "a file not in the site is still not found");
    app.finish().await;
}

fn brotli_decompress(packed: &[u8], out: &mut Vec<u8>) {
    brotli::BrotliDecompress(&mut &packed[..], out).expect("valid brotli");
}
