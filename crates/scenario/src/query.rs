//! The one reading of a link's query string: `application/x-www-form-urlencoded` pairs
//! (`+` is a space, `%XX` escapes; malformed escapes stay as text, invalid UTF-8 becomes
//! U+FFFD), read up to `MAX_QUERY_BYTES`.

use crate::MAX_QUERY_BYTES;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    /// Every `key=value` pair, decoded, in link order (a key may repeat).
    pub pairs: Vec<(String, String)>,
    /// The link was longer than `MAX_QUERY_BYTES` and only its start was read.
    pub truncated: bool,
}

impl Query {
    /// Reads a bare query, with or without its leading `?`.
    pub fn parse(text: &str) -> Query {
        let mut text = text.strip_prefix('?').unwrap_or(text);
        let truncated = text.len() > MAX_QUERY_BYTES;
        if truncated {
            let mut cut = MAX_QUERY_BYTES;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text = &text[..cut];
        }
        let pairs =
            form_urlencoded::parse(text.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        Query { pairs, truncated }
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode_component;

    #[test]
    fn reads_escapes_plus_and_garbage_like_a_browser() {
        let q = Query::parse("?a=x%20y+z&b=%&c=%4&d=%zz&e=%FF&f=%3Cb%3E&g&a=2");
        assert_eq!(q.get("a"), Some("x y z"));
        assert_eq!(q.get("b"), Some("%"));
        assert_eq!(q.get("c"), Some("%4"));
        assert_eq!(q.get("d"), Some("%zz"));
        assert_eq!(q.get("e"), Some("\u{FFFD}"));
        assert_eq!(q.get("f"), Some("<b>"));
        assert_eq!(q.get("g"), Some(""));
        assert_eq!(q.pairs.len(), 8);
        let s = "x <>&\"'é+=";
        assert_eq!(Query::parse(&format!("k={}", encode_component(s))).get("k"), Some(s));
    }

    #[test]
    fn a_long_link_is_cut_on_a_character_boundary() {
        let q = Query::parse(&format!("k={}", "é".repeat(MAX_QUERY_BYTES)));
        assert!(q.truncated);
        assert!(q.get("k").is_some_and(|v| v.len() <= MAX_QUERY_BYTES));
    }
}
