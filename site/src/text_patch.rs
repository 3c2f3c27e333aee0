//! A region's new HTML against the HTML it shows: when only the text differs (the same tags
//! with the same attributes, in the same order), the page can set those texts in place
//! instead of parsing the new HTML. A keystroke usually changes numbers only, and parsing
//! the answer's HTML again cost more than everything else the keystroke's handler does.

/// The text nodes that differ, as (index among the region's text nodes, new text), and how
/// many text nodes the new HTML makes; `None` when anything but text differs. Texts are
/// counted as the browser makes nodes of them: an empty run between two tags is no node, so
/// a text that appears or disappears is a change of shape, not of text. One pass over both,
/// allocating only the changed texts: this runs on every keystroke.
pub fn text_changes(old: &str, new: &str) -> Option<(Vec<(u32, String)>, u32)> {
    let (mut old, mut new) = (Pieces { rest: Some(old) }, Pieces { rest: Some(new) });
    let mut changes = Vec::new();
    let mut node = 0;
    loop {
        match (old.next(), new.next()) {
            (None, None) => return Some((changes, node)),
            (Some(Piece::Tag(a)), Some(Piece::Tag(b))) if a == b => {}
            (Some(Piece::Text(a)), Some(Piece::Text(b))) => {
                if a.is_empty() != b.is_empty() {
                    return None;
                }
                if !b.is_empty() {
                    if a != b {
                        changes.push((node, decode(b)?));
                    }
                    node += 1;
                }
            }
            _ => return None,
        }
    }
}

#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Tag(&'a str),
    Text(&'a str),
    /// What the writer of these regions never makes and whose text the browser does not read
    /// as plain text: comments, scripts, styles, text areas, preformatted text, a tag left open.
    Refused,
}

/// The HTML's text runs and tags in order. A run is given only when it has text, except the
/// last one, which may be empty: so two HTMLs of the same shape give the same sequence.
struct Pieces<'a> {
    /// What is left to read; `None` once the last text run has been given.
    rest: Option<&'a str>,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let rest = self.rest?;
        if rest.starts_with('<') {
            let Some(close) = rest.find('>') else {
                self.rest = None;
                return Some(Piece::Refused);
            };
            let tag = &rest[..=close];
            self.rest = Some(&rest[close + 1..]);
            let name = tag[1..]
                .trim_start_matches('/')
                .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .next()
                .unwrap_or("");
            let refused = tag.starts_with("<!")
                || ["script", "style", "textarea", "pre", "title", "template"]
                    .iter()
                    .any(|r| name.eq_ignore_ascii_case(r));
            return Some(if refused { Piece::Refused } else { Piece::Tag(tag) });
        }
        match rest.find('<') {
            Some(open) => {
                self.rest = Some(&rest[open..]);
                Some(Piece::Text(&rest[..open]))
            }
            None => {
                self.rest = None;
                Some(Piece::Text(rest))
            }
        }
    }
}

/// Element text as the browser reads it: the entities `html::escape` writes, and no other.
fn decode(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let end = amp + rest[amp..].find(';')?;
        out.push(match &rest[amp..=end] {
            "&amp;" => '&',
            "&lt;" => '<',
            "&gt;" => '>',
            "&quot;" => '"',
            _ => return None,
        });
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_texts_that_differ_by_their_node_index() {
        let old = r#"<p class="decision">Keep Standard</p><ul class="facts"><li>$1,240/month</li><li>3 years</li></ul>"#;
        let new = r#"<p class="decision">Keep Standard</p><ul class="facts"><li>$1,250/month</li><li>3 years</li></ul>"#;
        assert_eq!(text_changes(old, new), Some((vec![(1, "$1,250/month".to_string())], 3)));
        assert_eq!(text_changes(old, old), Some((vec![], 3)));
    }

    #[test]
    fn entities_are_read_as_the_browser_reads_them() {
        let changes = text_changes("<p>a</p>", "<p>R&amp;D &lt;5&gt; &quot;x&quot;</p>");
        assert_eq!(changes, Some((vec![(0, "R&D <5> \"x\"".to_string())], 1)));
        assert_eq!(text_changes("<p>a</p>", "<p>&nbsp;</p>"), None);
        assert_eq!(text_changes("<p>a</p>", "<p>& b</p>"), None);
    }

    #[test]
    fn any_change_of_shape_is_not_a_text_change() {
        let old = r#"<div class="card"><p>1</p></div>"#;
        assert_eq!(text_changes(old, r#"<div class="card warn"><p>1</p></div>"#), None);
        assert_eq!(text_changes(old, r#"<div class="card"><p>1</p><p>2</p></div>"#), None);
        assert_eq!(text_changes("<p></p>", "<p>now</p>"), None);
        assert_eq!(text_changes("<p>then</p>", "<p></p>"), None);
        assert_eq!(text_changes("<p>1</p>", "<p>2<wbr>/mo</p>"), None);
    }

    #[test]
    fn empty_runs_are_not_nodes() {
        let old = "<ul><li>a</li><li>b</li></ul> tail";
        let new = "<ul><li>a</li><li>c</li></ul> end";
        assert_eq!(text_changes(old, new), Some((vec![(1, "c".to_string()), (2, " end".to_string())], 3)));
    }

    #[test]
    fn what_the_browser_does_not_read_as_text_is_refused() {
        assert_eq!(text_changes("<!-- a -->", "<!-- b -->"), None);
        assert_eq!(text_changes("<pre>a</pre>", "<pre>b</pre>"), None);
        assert_eq!(text_changes("<p>a", "<p>b<"), None);
        assert_eq!(text_changes("<P>a</P>", "<P>b</P>"), Some((vec![(0, "b".to_string())], 1)));
        assert_eq!(text_changes("<TextArea>a</TextArea>", "<TextArea>b</TextArea>"), None);
    }
}
