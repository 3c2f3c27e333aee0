//! Writes every calculator's card at its defaults and presets into a folder, to look at.
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "og-cards".into());
    std::fs::create_dir_all(&dir).unwrap();
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        let t = std::time::Instant::now();
        let png = og_image::card(*calc, &calc_core::defaults(*calc), None);
        println!("{slug}: {} bytes, {:?}", png.len(), t.elapsed());
        std::fs::write(format!("{dir}/{slug}.png"), png).unwrap();
        for p in calc.presets() {
            let png = og_image::card(*calc, &p.inputs(*calc).unwrap(), Some(p.name));
            println!("{slug}/{}: {} bytes", p.key, png.len());
            std::fs::write(format!("{dir}/{slug}-{}.png", p.key), png).unwrap();
        }
    }
}
