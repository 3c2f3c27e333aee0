//! A QR code of the scenario link, drawn as filled rectangles (one per horizontal run of
//! dark modules), so it stays sharp at any zoom and needs no image support.

use crate::doc::{ink, Doc};
use qrcode::{Color, EcLevel, QrCode};

pub struct Qr {
    /// Modules per side.
    pub width: usize,
    dark: Vec<bool>,
}

/// The code for `text`, at medium error correction when it fits, else low; `None` when
/// even that cannot hold it (over ~2,900 bytes).
pub fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L))
        .ok()?;
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Some(Qr { width, dark })
}

impl Qr {
    /// Draws the symbol with its top-left corner at (`x`, `top`), `size` points wide (the
    /// quiet zone is left to the caller's surrounding white space).
    pub fn draw(&self, doc: &mut Doc, x: f32, top: f32, size: f32) {
        let m = size / self.width as f32;
        let c = doc.content();
        c.set_fill_rgb(ink::BLACK.0, ink::BLACK.1, ink::BLACK.2);
        for row in 0..self.width {
            let mut col = 0;
            while col < self.width {
                if !self.dark[row * self.width + col] {
                    col += 1;
                    continue;
                }
                let start = col;
                while col < self.width && self.dark[row * self.width + col] {
                    col += 1;
                }
                // Slight overlap so viewers do not show hairline seams between rows.
                c.rect(
                    x + start as f32 * m,
                    top - (row as f32 + 1.0) * m - 0.05,
                    (col - start) as f32 * m,
                    m + 0.1,
                );
            }
        }
        c.fill_nonzero();
    }
}
