//! No function in `src/` is longer than 80 lines, so that every view reads as
//! wiring and every function fits on a screen. Data tables may be longer: list
//! them in `DATA_TABLES` with why.

use std::path::Path;

/// The most lines a function may span, from `fn` to its closing brace.
const MAX_LINES: usize = 80;

/// Functions exempt from the limit, as "path::name".
const DATA_TABLES: &[&str] = &[];

/// Every function in `text` with its first line (1-based) and its length in lines.
///
/// The source is rustfmt-formatted, so a function's closing brace is the first
/// later line that is exactly its indentation followed by `}`.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let after_vis = trimmed
            .strip_prefix("pub(crate) ")
            .or_else(|| trimmed.strip_prefix("pub "))
            .unwrap_or(trimmed);
        let after_qualifiers = after_vis
            .trim_start_matches("const ")
            .trim_start_matches("async ");
        let Some(rest) = after_qualifiers.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if line.trim_end().ends_with('}') || line.trim_end().ends_with(';') {
            out.push((name, i + 1, 1));
            continue;
        }
        let closing = format!("{indent}}}");
        let end = lines[i + 1..]
            .iter()
            .position(|l| *l == closing)
            .map_or(lines.len(), |n| i + 1 + n);
        out.push((name, i + 1, end - i + 1));
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_function_in_src_is_longer_than_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut too_long = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file is readable");
        let rel = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        for (name, line, len) in functions(&text) {
            let exempt = DATA_TABLES.contains(&format!("{rel}::{name}").as_str());
            if len > MAX_LINES && !exempt {
                too_long.push(format!("{rel}:{line} {name} has {len} lines"));
            }
        }
    }
    assert!(files.len() > 10, "found only {} source files", files.len());
    assert!(
        too_long.is_empty(),
        "functions over {MAX_LINES} lines:\n{}",
        too_long.join("\n")
    );
}

#[test]
fn the_scanner_measures_a_function_from_fn_to_its_closing_brace() {
    let text = "fn a() {}\n\npub fn b(\n    x: u8,\n) -> u8 {\n    x\n}\n\nimpl T {\n    pub(crate) fn c() {\n        if true {\n        }\n    }\n}\n";
    let found = functions(text);
    assert_eq!(
        found,
        [
            ("a".to_owned(), 1, 1),
            ("b".to_owned(), 3, 5),
            ("c".to_owned(), 10, 4)
        ]
    );
}
