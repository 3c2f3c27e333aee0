//! What "Copy link" says it copied, read from the form's state as the page keeps it.

use calc_core::DecimalMark;
use site::state::FormState;

fn aurora() -> &'static dyn calc_core::Calculator {
    *registry::CALCULATORS.iter().find(|c| c.meta().slug == "aurora-io").expect("aurora-io is registered")
}

#[test]
fn a_valid_form_copies_what_it_shows() {
    let calc = aurora();
    let mut state = FormState::new(calc, DecimalMark::Dot);
    state.edit(calc.field("storage_gb").unwrap(), "800".into());
    assert_eq!(state.copied_note(calc), "Link copied. Anyone who opens it sees these inputs.");
}

#[test]
fn an_invalid_box_is_named_with_the_value_the_link_keeps() {
    let calc = aurora();
    let mut state = FormState::new(calc, DecimalMark::Dot);
    let storage = calc.field("storage_gb").unwrap();
    state.edit(storage, "800".into());
    state.end_edit(storage);
    state.edit(storage, "-5".into());
    let note = state.copied_note(calc);
    assert!(note.starts_with("Link copied, but without what the highlighted box holds: it keeps "), "{note}");
    assert!(note.contains("800 GB, its value before this edit. Fix it and copy the link again."), "{note}");
    assert!(!note.contains("Anyone who opens it sees these inputs"), "{note}");

    let io = calc.field("io_m").unwrap();
    state.edit(io, "lots".into());
    let note = state.copied_note(calc);
    assert!(
        note.contains("boxes hold") && note.contains("their values before these edits. Fix them"),
        "{note}"
    );
}
