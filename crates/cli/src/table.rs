use calc_core::{Calculator, Inputs, Level, Outcome};

/// The outcome as a readable terminal report: verdict, headline figures, warnings, notes and
/// the next steps (label, then the site-relative link).
pub fn render(calc: &dyn Calculator, inputs: &Inputs, rate: &calc_core::Rate, outcome: &Outcome) -> String {
    let path = scenario::tools_path_shown(calc, inputs, rate, &scenario::Caption::default());
    let mut out = format!("{}\n{path}\n\n", calc.meta().title);
    out.push_str(&format!("Verdict: {}\n", outcome.verdict.words));
    for fact in &outcome.verdict.facts {
        out.push_str(&format!("  - {fact}\n"));
    }
    let sensitivity = calc_core::sensitivity::of(calc, inputs);
    let nearest = sensitivity.nearest(3);
    if !nearest.is_empty() {
        out.push_str("The answer holds unless:\n");
        for flip in nearest {
            let condition = calc_core::sensitivity::condition(calc, flip);
            out.push_str(&format!("  - {condition}: {}\n", flip.to_decision.label));
        }
    }
    out.push('\n');
    let label_width = outcome.headlines.iter().map(|f| f.label.chars().count()).max().unwrap_or(0);
    let value_width = outcome.headlines.iter().map(|f| f.display.chars().count()).max().unwrap_or(0);
    for f in &outcome.headlines {
        let range = f
            .range_display()
            .map(|r| if f.change { format!("  ({r})") } else { format!("  (range {r})") })
            .unwrap_or_default();
        out.push_str(&format!(
            "  {:<lw$}  {:>vw$}{}\n",
            f.label,
            f.display,
            range,
            lw = label_width,
            vw = value_width
        ));
    }
    if !outcome.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &outcome.warnings {
            let mark = if w.level == Level::Caution { "!" } else { "i" };
            out.push_str(&format!("  {mark} {}\n", w.message));
        }
    }
    let today = crate::today_utc();
    if let Some(notice) = calc_core::prices::notice(&outcome.prices_used(), today) {
        out.push_str(&format!("\nPrices: {}\n", notice.text()));
    }
    for note in &outcome.notes {
        out.push_str(&format!("\nNote: {note}\n"));
    }
    for step in &outcome.next_steps {
        out.push_str(&format!("\nNext: {}\n  {}\n", step.label, step.href));
    }
    out
}
