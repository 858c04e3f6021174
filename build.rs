//! Writes a compact copy of every content file (`assets/roadmap/**/*.json`)
//! into `OUT_DIR`, for the browser build to embed: the same JSON tokens in the
//! same order, without the whitespace between them (about a fifth of the text).
//! Native builds and tests embed the files as written, so serde's line and
//! column numbers still point into the authored files.

use std::fs;
use std::path::Path;

/// The JSON text without insignificant whitespace. Strings, including their
/// escapes, are copied unchanged; nothing is parsed or reordered.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create OUT_DIR/roadmap");
    let mut entries: Vec<_> = fs::read_dir(from)
        .expect("read assets/roadmap")
        .map(|e| e.expect("read a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().expect("a file name");
        if path.is_dir() {
            copy_dir(&path, &to.join(name));
        } else if path.extension().is_some_and(|e| e == "json") {
            let text = fs::read_to_string(&path).expect("read a content file");
            fs::write(to.join(name), minify(&text)).expect("write a compact content file");
        }
    }
}

fn main() {
    let src = Path::new("assets/roadmap");
    println!("cargo:rerun-if-changed=assets/roadmap");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    copy_dir(src, &Path::new(&out).join("roadmap"));
}
