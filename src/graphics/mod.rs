//! PURE: the app's pictures as SVG markup, drawn from data: the plan map, the
//! catalog's coverage map, the burn-up chart and the activity calendar.
//!
//! Each picture is one string, set as a container's inner HTML. Hundreds of
//! shapes written as text cost a fraction of the wasm bytes and start-up work
//! of the same shapes as reactive views, and the same string serves the page,
//! the prerender and the "Download as SVG" file. Every text from content or
//! progress passes through [`escape`].
//!
//! The markup carries classes and presentation attributes only: the page's
//! Content-Security-Policy (`style-src 'self'`) forbids inline styles, so the
//! stylesheet colours the pictures in both themes. A standalone file gets its
//! own `<style>` instead ([`plan_map::STANDALONE_STYLE`]).

pub mod burnup;
pub mod calendar;
pub mod coverage;
pub mod plan_map;
pub mod salary;

use std::fmt::Write;

/// Text safe inside SVG or HTML markup, in content and in quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Splits `text` into at most `max_lines` lines of at most `width` characters,
/// breaking between words, or after a `-` or `/` inside a word too long for a
/// line; a word longer than a line is cut, and text that does not fit ends
/// its last line with "…". A line broken between words keeps the space
/// that ends it, so that the lines joined read as the text.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut overflow = false;
    'words: for word in text.split_whitespace() {
        // Pieces of a long word join without a space.
        let pieces = if word.chars().count() > width {
            word.split_inclusive(['-', '/']).collect()
        } else {
            vec![word]
        };
        for (k, piece) in pieces.into_iter().enumerate() {
            let gap = usize::from(k == 0 && !line.is_empty());
            if !line.is_empty() && line.chars().count() + gap + piece.chars().count() > width {
                if lines.len() + 1 == max_lines {
                    overflow = true;
                    break 'words;
                }
                if gap == 1 {
                    line.push(' ');
                }
                lines.push(std::mem::take(&mut line));
            } else if gap == 1 {
                line.push(' ');
            }
            line.push_str(piece);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    if let Some(last) = lines.last_mut() {
        if overflow || last.chars().count() > width {
            let kept: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    lines
}

/// How an `<svg>` root presents itself.
pub struct SvgRoot<'a> {
    /// The element id its `<title>` and `<desc>` ids are made from, unique on the page.
    pub id: &'a str,
    /// Its class.
    pub class: &'a str,
    /// Its width and height in user units (and CSS pixels before scaling).
    pub size: (i32, i32),
    /// Its accessible name.
    pub title: &'a str,
    /// Its accessible description.
    pub description: &'a str,
    /// A picture without controls inside is one image to assistive technology;
    /// a map with links is not.
    pub is_image: bool,
    /// A file of its own: the SVG namespace.
    pub standalone: bool,
}

/// Opens an `<svg>` root whose `<title>` and `<desc>` name and describe it.
pub fn open_svg(out: &mut String, root: &SvgRoot) {
    let SvgRoot {
        id,
        class,
        size: (width, height),
        ..
    } = *root;
    let xmlns = if root.standalone {
        " xmlns=\"http://www.w3.org/2000/svg\""
    } else {
        ""
    };
    let role = if root.is_image { " role=\"img\"" } else { "" };
    let _ = write!(
        out,
        "<svg{xmlns}{role} class=\"{class}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(root.title),
        escape(root.description)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_characters() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn wrap_breaks_between_words_and_ellipsizes_what_does_not_fit() {
        assert_eq!(wrap("HTTP", 18, 3), vec!["HTTP"]);
        assert_eq!(
            wrap("Variables, types, control flow and functions", 18, 3),
            vec!["Variables, types, ", "control flow and ", "functions"]
        );
        assert_eq!(
            wrap("Sending email: SMTP, SPF, DKIM and DMARC", 12, 3),
            vec!["Sending ", "email: SMTP, ", "SPF, DKIM…"]
        );
        assert_eq!(wrap("Internationalization", 10, 2), vec!["Internati…"]);
        assert_eq!(
            wrap("Tracing with @opentelemetry/sdk-node", 20, 4),
            vec!["Tracing with ", "@opentelemetry/sdk-", "node"]
        );
        assert_eq!(wrap("", 10, 2), vec![""]);
    }
}
