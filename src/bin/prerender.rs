//! Build step: renders every route of the app to static HTML with the app's
//! own components (leptos `ssr`, natively), so the static host serves real
//! pages and the wasm takes them over.
//!
//! Usage: `prerender DIST PUBLIC_URL` after `trunk build`, before
//! `scripts/gen-sw.mjs`. Reads trunk's `DIST/index.html` as the template and writes:
//! - `shell.html`: the template as trunk wrote it (the loading shell), which the
//!   service worker uses for routes opened offline before they were visited;
//! - one page per route, as `PATH.html` and `PATH/index.html`, so that
//!   `/topic/http` and `/topic/http/` both open it on any static host;
//!   `index.html` for home and `404.html` for the not-found page;
//! - `sitemap.xml`, when the environment gives `SITE_URL` (the absolute URL the
//!   site is served at, such as `https://example.org/roadmap/`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use backend_roadmap::content::Catalog;
use backend_roadmap::routes::{prerender_routes, PageRoute, APP_DESCRIPTION, APP_NAME};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, public_url] = args.as_slice() else {
        eprintln!("usage: prerender DIST PUBLIC_URL   (PUBLIC_URL like / or /roadmap/)");
        return ExitCode::from(2);
    };
    let site_url = std::env::var("SITE_URL").ok().filter(|s| !s.is_empty());
    match run(Path::new(dist), public_url, site_url.as_deref()) {
        Ok(count) => {
            println!("prerender: {count} pages written to {dist}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where the app mounts in the template; the page's markup goes inside it.
const APP_OPEN: &str = "<div id=\"app\">";
/// What closes the mount point in the template (the loading shell sits between).
const APP_CLOSE: &str = "</div></div>";

fn run(dist: &Path, public_url: &str, site_url: Option<&str>) -> Result<usize, String> {
    if !(public_url.starts_with('/') && public_url.ends_with('/')) {
        return Err(format!(
            "PUBLIC_URL must start and end with /, got {public_url}"
        ));
    }
    // trunk's index.html is the template; it is kept as shell.html, which a
    // second run (index.html is then the home page) reads instead.
    let shell = dist.join("shell.html");
    let template_path = if shell.exists() {
        shell.clone()
    } else {
        dist.join("index.html")
    };
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    write(&shell, &template)?;
    let catalog = Catalog::embedded().map_err(|e| format!("embedded content: {e}"))?;
    let routes = prerender_routes(&catalog);
    let base = public_url.trim_end_matches('/');
    for route in &routes {
        let path = route.path.as_deref().unwrap_or("404");
        let url = format!("{public_url}{path}");
        let body = awaiting_the_app(&backend_roadmap::render_page(&url, base));
        check_heading(&body, route)?;
        let page = fill(&template, route, &body, site_url)?;
        for file in files_for(dist, route) {
            write(&file, &page)?;
        }
    }
    if let Some(site) = site_url {
        write(&dist.join("sitemap.xml"), &sitemap(site, &routes))?;
    }
    Ok(routes.len())
}

/// The files a route is written to.
fn files_for(dist: &Path, route: &PageRoute) -> Vec<PathBuf> {
    match route.path.as_deref() {
        None => vec![dist.join("404.html")],
        Some("") => vec![dist.join("index.html")],
        Some(path) => vec![
            dist.join(format!("{path}.html")),
            dist.join(path).join("index.html"),
        ],
    }
}

fn write(file: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = file.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    fs::write(file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// The rendered page must carry the heading its `<head>` announces, so the two never drift apart.
fn check_heading(body: &str, route: &PageRoute) -> Result<(), String> {
    // Dynamic text carries leptos's `<!--…-->` markers; compare the text alone.
    let start = body
        .find("<h1")
        .and_then(|i| body[i..].find('>').map(|j| i + j + 1));
    let end = body.find("</h1>");
    let plain = match (start, end) {
        (Some(s), Some(e)) if s <= e => strip_markers(&body[s..e]) == escape(&route.title),
        _ => false,
    };
    if plain {
        Ok(())
    } else {
        Err(format!(
            "{}: the rendered page has no <h1> reading {:?}",
            route.path.as_deref().unwrap_or("404"),
            route.title
        ))
    }
}

/// Form controls in a prerendered page do nothing until the app takes over
/// (and never without JavaScript): they are disabled, and no status or tick is
/// shown as checked, so nothing from the build looks like the learner's own.
fn awaiting_the_app(body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 1024);
    let mut rest = body;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |j| j + 1);
        let tag = &rest[..end];
        let control = ["<input", "<button", "<select", "<textarea"]
            .iter()
            .find(|name| {
                tag.starts_with(*name)
                    && tag[name.len()..].starts_with(|c: char| c.is_whitespace() || c == '>')
            });
        match control {
            Some(name) => {
                let attrs = tag[name.len()..].replace(" checked", "");
                out.push_str(name);
                out.push_str(" disabled");
                out.push_str(&attrs);
            }
            None => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Text without leptos's `<!--…-->` markers.
fn strip_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("-->").map_or("", |j| &rest[i + j + 3..]);
    }
    out.push_str(rest);
    out
}

/// The template with the page's head and body.
fn fill(
    template: &str,
    route: &PageRoute,
    body: &str,
    site_url: Option<&str>,
) -> Result<String, String> {
    let path = route.path.as_deref().unwrap_or("");
    let title = escape(&route.document_title());
    let description = escape(&route.description);
    let mut head = format!(
        "<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\">\n    \
         <meta property=\"og:title\" content=\"{title}\">\n    \
         <meta property=\"og:description\" content=\"{description}\">\n    \
         <meta property=\"og:type\" content=\"website\">\n    \
         <meta property=\"og:site_name\" content=\"{APP_NAME}\">"
    );
    // A canonical URL must be absolute, so it needs the site's address
    // (SITE_URL); the not-found page, served at every unknown path, has none.
    if let (Some(site), Some(_)) = (site_url, &route.path) {
        let canonical = escape(&format!("{}/{path}", site.trim_end_matches('/')));
        head.push_str(&format!(
            "\n    <link rel=\"canonical\" href=\"{canonical}\">\n    <meta property=\"og:url\" content=\"{canonical}\">"
        ));
    }
    let default_head = format!(
        "<title>{APP_NAME}</title>\n    <meta name=\"description\" content=\"{}\">",
        escape(APP_DESCRIPTION)
    );
    let page = replace_once(
        template,
        &default_head,
        &head,
        "the template's title and description",
    )?;
    let open = page
        .find(APP_OPEN)
        .ok_or("the template has no <div id=\"app\">")?;
    let close = page[open..]
        .find(APP_CLOSE)
        .map(|i| open + i)
        .ok_or("the template's #app is not closed as expected")?;
    let noscript = "<noscript><p class=\"needs-js\">This page reads fully without JavaScript. \
                    Marking statuses, notes, search and your schedule need JavaScript.</p></noscript>";
    Ok(format!(
        "{}<div id=\"app\" data-prerendered=\"\">{noscript}{body}</div>{}",
        &page[..open],
        &page[close + APP_CLOSE.len()..]
    ))
}

fn replace_once(text: &str, from: &str, to: &str, what: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!(
            "{what}: expected one match in the template, found {n}"
        )),
    }
}

/// Escapes text for HTML content and double-quoted attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A sitemap of every page with a path.
fn sitemap(site: &str, routes: &[PageRoute]) -> String {
    let site = site.trim_end_matches('/');
    let urls: String = routes
        .iter()
        .filter_map(|r| r.path.as_deref())
        .map(|path| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                escape(&format!("{site}/{path}"))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    )
}
