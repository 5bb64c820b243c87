//! `/avatar/:username` and `/avatar/room/:rid`: the images the widget and the agent app show
//! beside messages. Nobody uploads an avatar here, so each is the server's fallback, an SVG of
//! the name's first letter on a colour picked by the name's length
//! (`apps/meteor/server/routes/avatar/`: user.ts, room.ts, utils.ts `renderSVGLetters`).

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::state::State;

/// The fallback's `Last-Modified`: a browser that sends it back gets 304.
const FALLBACK_LAST_MODIFIED: &str = "Thu, 01 Jan 2015 00:00:00 GMT";
/// `Accounts_AvatarCacheTime`'s default, in seconds.
const CACHE_TIME: u32 = 3600;
/// getAvatarColor's palette.
const COLORS: [&str; 6] = [
    "#158D65", "#7F1B9F", "#B68D00", "#E26D0E", "#10529E", "#6C727A",
];

/// The first letter, upper case, of the name with its HTML removed (sanitizeHtml).
fn first_letter(name: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in name.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    // `&amp;` and the like count as one letter of the escaped text, as substring(0, 1) of
    // the sanitized name gives `&`.
    escaped
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default()
}

/// renderSVGLetters: the name's first letter (`?` stays `?` on black) at `size`.
pub(crate) fn svg_letters(name: &str, size: u32) -> String {
    let (color, initials) = if name == "?" {
        ("#000", "?".to_owned())
    } else {
        // JavaScript's `length`: UTF-16 code units.
        let units = name.encode_utf16().count();
        (COLORS[units % COLORS.len()], first_letter(name))
    };
    let font_size = f64::from(size) / 1.6;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\">\n<rect width=\"100%\" height=\"100%\" fill=\"{color}\"/>\n<text x=\"50%\" y=\"50%\" dy=\"0.36em\" text-anchor=\"middle\" pointer-events=\"none\" fill=\"#ffffff\" font-family=\"'Helvetica', 'Arial', 'Lucida Grande', 'sans-serif'\" font-size=\"{font_size}\">\n{initials}\n</text>\n</svg>"
    )
}

/// The `size` query parameter, clamped to 16..=1024 as the server does; 200 without one.
fn size(query: Option<&str>) -> u32 {
    query
        .into_iter()
        .flat_map(|q| url::form_urlencoded::parse(q.as_bytes()))
        .find(|(k, _)| k == "size")
        .and_then(|(_, v)| {
            let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<u32>().ok()
        })
        .filter(|n| *n > 0)
        .map_or(200, |n| n.clamp(16, 1024))
}

/// The answer to `GET /avatar/<rest>` (`rest` still percent-encoded, without the query).
pub(crate) fn answer(
    state: &State,
    rest: &str,
    query: Option<&str>,
    headers: &HeaderMap,
) -> Response {
    let decoded = percent_encoding::percent_decode_str(rest)
        .decode_utf8_lossy()
        .into_owned();
    let name = match decoded.strip_prefix("room/") {
        // A room's name (the livechat room's `fname`); an unknown room is a bare 404.
        Some(rid) => match state.rooms.get(rid) {
            Some(room) => room.fname.clone(),
            None => return StatusCode::NOT_FOUND.into_response(),
        },
        // `@name` always answers the letters; a username answers them as no file is stored.
        None => decoded.strip_prefix('@').unwrap_or(&decoded).to_owned(),
    };
    if name.is_empty() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let cached = headers
        .get(header::IF_MODIFIED_SINCE)
        .is_some_and(|v| v.as_bytes() == FALLBACK_LAST_MODIFIED.as_bytes());
    let mut response = if cached && !decoded.starts_with('@') {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut ok = svg_letters(&name, size(query)).into_response();
        ok.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("image/svg+xml"),
        );
        ok.headers_mut().insert(
            header::LAST_MODIFIED,
            HeaderValue::from_static(FALLBACK_LAST_MODIFIED),
        );
        ok
    };
    let cache = format!("public, max-age={CACHE_TIME}");
    if let Ok(value) = HeaderValue::from_str(&cache) {
        response.headers_mut().insert(header::CACHE_CONTROL, value);
    }
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letters_are_the_servers() {
        let svg = svg_letters("agent.smith", 200);
        // 11 letters: colour 11 % 6 = 5.
        assert!(svg.contains("fill=\"#6C727A\""), "{svg}");
        assert!(svg.contains("font-size=\"125\""), "{svg}");
        assert!(svg.contains("\nA\n"), "{svg}");
        assert!(svg_letters("?", 32).contains("fill=\"#000\""));
        assert!(svg_letters("<b>zoe</b>", 200).contains("\nZ\n"));
        assert_eq!(size(Some("size=5000")), 1024);
        assert_eq!(size(Some("size=2")), 16);
        assert_eq!(size(None), 200);
    }
}
