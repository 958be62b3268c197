//! The domain core compiles into the server and the browser bundle alike because it knows nothing
//! of the web, the database or the screen. This fails the build's tests the day it gains such a
//! dependency, directly or through another crate.

use std::process::Command;

/// Crates the domain must never reach: the web framework, the database driver, the HTTP server
/// and the translation layer live in the layers above.
const FORBIDDEN: &[&str] = &["leptos", "leptos_axum", "leptos_meta", "leptos_router", "sqlx", "axum", "tokio", "app"];

#[test]
fn the_domain_depends_on_no_web_database_or_screen_crate() {
    let output = Command::new(env!("CARGO"))
        .args(["tree", "--package", "domain", "--edges", "normal,build", "--prefix", "none", "--all-features"])
        .args(["--format", "{lib}", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(output.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&output.stderr));
    let tree = String::from_utf8_lossy(&output.stdout);
    let crates: Vec<&str> = tree.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    assert!(crates.contains(&"serde"), "the tree was read: {crates:?}");
    let reached: Vec<&&str> = crates.iter().filter(|name| FORBIDDEN.contains(name)).collect();
    assert!(reached.is_empty(), "the domain crate depends on {reached:?}");
}

#[test]
fn no_domain_source_names_a_web_or_database_crate() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![dir];
    let mut checked = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source is text");
            for name in FORBIDDEN.iter().filter(|name| **name != "app") {
                assert!(!text.contains(&format!("{name}::")), "{} names {name}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} files were read");
}
