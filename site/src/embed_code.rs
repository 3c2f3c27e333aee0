//! What the Embed panel needs from build time (`embed::embed_panel` writes it into the panel's
//! attributes; `assets/embed-panel.js` builds the snippets from them): the room an embed takes
//! before it reports its height, from the heights measured per calculator, and the
//! calculator's scenario pages, which WordPress can embed as they are.

/// The space an embed takes before it reports its own height, with its inputs (`[0]`) and
/// as the answer only (`[1]`): the loader snippet's `min-height` (CSS) and a fixed frame's
/// height. Worked out at build time from the measured heights (`Room::of`) and carried in the
/// Embed panel's attributes, so the page's wasm holds neither the table nor its arithmetic.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Room {
    pub reserve: [String; 2],
    pub height: [u32; 2],
}

/// Each calculator's embed height at its defaults (`assets/embed-heights.json`, measured by
/// `tests/browser/embed-height.test.mjs` and written into the loader by `cargo xtask dist`):
/// rows of [frame width, height with the inputs closed, height with `inputs=0`].
const HEIGHTS: &str = include_str!("../../assets/embed-heights.json");

fn heights(slug: &str) -> Vec<[u32; 3]> {
    let Some(at) = HEIGHTS.find(&format!("\"{slug}\"")) else { return Vec::new() };
    let rest = &HEIGHTS[at..];
    let (Some(open), Some(close)) = (rest.find("[["), rest.find("]]")) else { return Vec::new() };
    rest[open + 2..close]
        .split("],[")
        .filter_map(|row| {
            let n: Vec<u32> = row.split(',').filter_map(|x| x.trim().parse().ok()).collect();
            (n.len() == 3).then(|| [n[0], n[1], n[2]])
        })
        .collect()
}

fn height_at(slug: &str, width: u32, inputs: bool) -> Option<u32> {
    heights(slug).iter().find(|r| r[0] == width).map(|r| if inputs { r[1] } else { r[2] })
}

/// The height of a frame that does not follow its content (the plain iframe, WordPress's
/// oEmbed frame before its first message): the embed's in a blog column of 640 px.
pub fn starting_height(slug: &str, inputs: bool) -> u32 {
    height_at(slug, 640, inputs).unwrap_or(900)
}

/// The space the loader snippet keeps until the loader (async) has run, as a CSS `min-height`
/// that follows the screen: on a phone a blog column is about the screen's width, so a line
/// through the embed's heights at 320 and 480 px in `vw`; never above the 320 px height nor
/// below the 800 px one (a desktop column). The loader then takes the table's height for the
/// frame's own width.
pub fn reserved_min_height(slug: &str, inputs: bool) -> Option<String> {
    let (narrow, wide, desktop) =
        (height_at(slug, 320, inputs)?, height_at(slug, 480, inputs)?, height_at(slug, 800, inputs)?);
    let slope = (narrow as f64 - wide as f64) / 160.0;
    let intercept = narrow as f64 + slope * 320.0;
    Some(format!("max({desktop}px, min({narrow}px, calc({intercept:.0}px - {:.2}vw)))", slope * 100.0))
}

impl Room {
    pub fn of(slug: &str) -> Room {
        let reserve = |inputs| reserved_min_height(slug, inputs).unwrap_or_default();
        Room {
            reserve: [reserve(true), reserve(false)],
            height: [starting_height(slug, true), starting_height(slug, false)],
        }
    }
}

/// A scenario page (`scenario_pages`) as the panel knows it: its key and its inputs' query.
#[derive(Clone, Debug, PartialEq)]
pub struct PageRef {
    pub key: String,
    pub inputs_query: String,
}

/// The pages the panel carries in its `data-pages` attribute: a line per page, its key and
/// its inputs' query separated by a space (neither holds one).
pub fn write_pages(pages: &[PageRef]) -> String {
    pages.iter().map(|p| format!("{} {}", p.key, p.inputs_query)).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_calculator_has_measured_heights() {
        for slug in registry::CALCULATORS.iter().map(|c| c.meta().slug) {
            assert_eq!(
                heights(slug).iter().map(|r| r[0]).collect::<Vec<_>>(),
                [320, 480, 640, 800, 1024],
                "{slug}"
            );
            assert!(reserved_min_height(slug, true).is_some() && reserved_min_height(slug, false).is_some());
        }
        assert_eq!(starting_height("no-such", true), 900);
    }

    #[test]
    fn the_room_for_aurora_follows_its_measured_heights() {
        // aurora-io's row: 1858 px at 320, 1511 at 480, 1160 at 640, 1115 at 800: the line
        // through the first two is 1858 + (1858 - 1511) / 160 × 320 = 2552 px, less 2.16875 px
        // per px of screen width (216.88 vw); a fixed frame starts at the 640 px height.
        let room = Room::of("aurora-io");
        assert_eq!(room.reserve[0], "max(1115px, min(1858px, calc(2552px - 216.88vw)))");
        assert_eq!(room.height, [1160, 1108]);
    }

    #[test]
    fn scenario_pages_travel_a_line_each() {
        let pages = [
            PageRef { key: "oltp".into(), inputs_query: "io_m=5000&storage_gb=300".into() },
            PageRef { key: "quiet".into(), inputs_query: "io_m=10".into() },
        ];
        assert_eq!(write_pages(&pages), "oltp io_m=5000&storage_gb=300\nquiet io_m=10");
    }
}
