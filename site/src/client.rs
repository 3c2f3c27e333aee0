//! The browser side of a calculator or embed page. The page arrives pre-rendered at the
//! defaults; this takes over that markup without rebuilding it: it applies the scenario in
//! the link, listens to the form (one listener per event type on `#app`), and after each
//! change recomputes the outcome and rewrites only what changed: a region's HTML (`html`,
//! the same text the pre-render wrote), a box's message, a button's state. There is no view
//! framework in the browser: that keeps a page's first load small and a keystroke cheap.

use crate::html::{self, region, Evaluated};
use crate::state::{FormState, LinkSent};
use crate::{browser, route};
use calc_core::sensitivity::Analysis;
use calc_core::SortedMap;
use calc_core::{defaults, evaluate, format, Calculator, Currency, Field, FieldKind, Inputs, Rate};
use scenario::{Caption, MAX_NOTE_CHARS, MAX_TITLE_CHARS};
use std::cell::RefCell;
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement};

/// Something the reader did, or an answer from the browser.
enum Msg {
    Edit(&'static Field, String),
    /// The reader said which reading of an ambiguous number they meant.
    Pick(&'static Field, f64),
    EndEdit(&'static Field),
    Title(String),
    Note(String),
    Reset,
    Undo,
    CopyLink,
    /// "Share": the system's share sheet where the browser has one, else the link copied.
    Share,
    Export {
        csv: bool,
    },
    /// The PDF again, on the other paper size than the one just saved.
    OtherPaper,
    /// The sentence under the share buttons.
    ShareStatus(String),
    ExportDone(String),
    /// Typing has paused: draw the charts for the inputs now.
    DrawCharts,
    /// Nothing changed, but the page must show the state (the first render).
    Render,
    /// The frame after an edit has been drawn: write the details below the answer.
    RenderSupport,
    /// Typing has paused for 250 ms: the address bar and the embed preview follow the inputs.
    TypingPaused,
    /// Typing has paused: work out where the answer flips for the current inputs.
    Analyse,
    /// Go on with that work in the next task (dropped if the inputs changed meanwhile).
    AnalyseMore,
    /// A "the answer holds unless" link: move to that scenario in place.
    Follow(String),
    /// The reader picked a currency (its code).
    Currency(String),
    /// The reader typed their own rate (empty: the reference rate).
    Fx(String),
}

struct App {
    calc: &'static dyn Calculator,
    embed: bool,
    /// The scenario the page was pre-rendered at, as a link's query: a scenario page's, or
    /// empty (the defaults). While the page shows it, the address is the page's own.
    home: String,
    /// The page has its input boxes (an embed with `inputs=0` has none): warnings and flips
    /// link to them only then.
    inputs_shown: bool,
    state: FormState,
    outcome: Evaluated,
    outcome_for: Inputs,
    /// The rate the outcome's texts were written at.
    outcome_rate: Rate,
    /// The rate box must be given the rate (after the menu or a link moved it; not while
    /// the reader types in it).
    fx_stale: bool,
    /// The reader's day, on which the price-age notice is judged.
    today: calc_core::Date,
    /// The inputs before the last reset, while "Undo reset" may bring them back.
    before_reset: Option<Inputs>,
    letter: bool,
    /// The last export was a PDF: the other paper size is offered beside its status.
    last_pdf: bool,
    busy: bool,
    share_status: String,
    /// The scenario "Copy link" last copied (its inputs and caption): its status is dropped
    /// once they change, so "Link copied" never describes another scenario.
    copied: Option<(Inputs, Caption, bool)>,
    /// What each element was last given (its HTML, text or attribute), so a render touches
    /// only what changed. Seeded with what the pre-render wrote, except on a link, whose answer
    /// rewrites every region.
    shown: SortedMap<String, String>,
    /// The chart specs last handed to chart.js.
    drawn_specs: Vec<String>,
    address_timer: Option<i32>,
    chart_timer: Option<i32>,
    /// The charts have been drawn once (the pre-rendered page has only their frames).
    charts_started: bool,
    /// The boxes must be given the state's texts (after the link, a reset or an undo). While
    /// a person types, a box already holds its text: the page never reads the boxes back,
    /// since reading one after a write makes the browser lay the page out there and then.
    boxes_stale: bool,
    /// The details below the answer wait for the frame after an edit to be drawn.
    support_due: bool,
    /// The form's messages (errors, readings) as last written: most keystrokes change none.
    fields_shown: Option<FieldMessages>,
    /// The scenario's query when the details and the link were last written.
    support_query: String,
    /// Where the answer flips: the analysis under way, and the inputs the page shows it for
    /// (the pre-render shows the defaults').
    analysis: Option<Analysis<'static>>,
    analysis_timer: Option<i32>,
    analysed: Option<Inputs>,
    /// The comparison this page edits a scenario of (the address's `compare` and `slot`).
    editing: Option<(String, usize)>,
    /// Each money box's help as the pre-render wrote it, in dollars: the wasm does not carry
    /// the calculators' prose (`calc_core::prose!`), and the help names the currency shown.
    money_help: SortedMap<&'static str, String>,
}

/// The boxes' error and reading messages, by field.
#[derive(PartialEq)]
struct FieldMessages {
    errors: SortedMap<&'static str, String>,
    readings: SortedMap<&'static str, String>,
    asks: SortedMap<&'static str, [f64; 2]>,
}

thread_local! {
    static APP: RefCell<Option<App>> = const { RefCell::new(None) };
    static QUEUE: RefCell<VecDeque<Msg>> = const { RefCell::new(VecDeque::new()) };
}

/// Queue a message and, unless a render is under way (an event the render itself caused),
/// apply every queued message and render once.
fn dispatch(msg: Msg) {
    QUEUE.with(|q| q.borrow_mut().push_back(msg));
    APP.with(|cell| {
        let Ok(mut guard) = cell.try_borrow_mut() else { return };
        let Some(app) = guard.as_mut() else { return };
        // A render can cause events (a focused element replaced): they queue, and are
        // applied by the next round of this loop.
        loop {
            let mut any = false;
            while let Some(msg) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
                app.update(msg);
                any = true;
            }
            if !any {
                break;
            }
            app.render();
        }
    });
}

/// Takes over the pre-rendered calculator or embed page (or, built with `compare-page`, hands
/// the comparison page to `compare::start`).
pub fn start() {
    console_error_panic_hook::set_once();
    let route = route::parse(&browser::pathname());
    // The comparison page has a wasm of its own (feature `compare-page`), so that its code
    // stays out of a calculator page's first load, and this page's out of it.
    if cfg!(feature = "compare-page") {
        if let route::Route::Compare(calc) = route {
            crate::compare::start(calc);
        }
        return;
    }
    let Some(root) = browser::element_by_id("app") else { return };
    let query = browser::search();
    let (calc, embed) = match route {
        route::Route::Tool(calc) => (calc, false),
        route::Route::Embed(calc) => (calc, true),
        _ => return,
    };
    let inputs_shown = !embed || show_inputs(&query);
    if !inputs_shown {
        if let Some(inputs) = root.query_selector(".embed-inputs").ok().flatten() {
            inputs.remove();
        }
    }
    let home = browser::page_scenario();
    let mut state = FormState::at(calc, browser::decimal_mark(), &home);
    let prerendered = state.inputs.clone();
    // What the pre-render wrote into each region: only regions that differ are rewritten. A
    // link's answer rewrites them all, so working the defaults out again would only delay it.
    let (shown, prerendered_outcome) = if browser::is_pending() {
        (SortedMap::new(), None)
    } else {
        let outcome = evaluate(calc, &state.inputs);
        (prerendered_regions(calc, &state, &outcome), Some(outcome))
    };
    let typed_early = typed_before_start(calc);
    let (early_title, early_note) = (browser::value("f-title"), browser::value("f-note"));
    // A scenario page's own address carries no scenario: only its display options.
    if home.is_empty() || scenario::carries_scenario(&query) {
        state.apply_link(calc, &query);
    } else {
        // The page's own scenario, in the currency its address asks for.
        let (rate, notices) = scenario::rate_of(&scenario::Query::parse(&query));
        state.set_rate(calc, rate);
        state.notices = notices;
    }
    for (field, text) in typed_early {
        state.edit(field, text);
    }
    if state.caption.is_empty() {
        state.caption = Caption {
            title: Caption::clean(&early_title, MAX_TITLE_CHARS),
            note: Caption::clean(&early_note, MAX_NOTE_CHARS),
        };
    }
    browser::set_value("f-title", &state.caption.title);
    browser::set_value("f-note", &state.caption.note);
    // From here every amount is written in the link's currency with the reader's marks (the
    // regions' pre-rendered text above was worked out in the page's dollars and marks).
    present(state.rate);
    // Unless a link or an early edit changed the inputs, the pre-render's outcome is theirs.
    let outcome = match prerendered_outcome {
        Some(outcome) if state.inputs == prerendered => outcome,
        _ => evaluate(calc, &state.inputs),
    };
    let app = App {
        calc,
        embed,
        home,
        inputs_shown,
        outcome_for: state.inputs.clone(),
        outcome,
        outcome_rate: state.rate,
        fx_stale: true,
        state,
        today: browser::today(),
        before_reset: None,
        letter: browser::letter_paper(),
        last_pdf: false,
        busy: false,
        share_status: String::new(),
        copied: None,
        shown,
        drawn_specs: Vec::new(),
        address_timer: None,
        chart_timer: None,
        charts_started: false,
        boxes_stale: true,
        support_due: false,
        support_query: String::new(),
        fields_shown: None,
        analysis: None,
        analysis_timer: None,
        // The pre-render's flips link to the boxes: without them they are written again.
        analysed: inputs_shown.then_some(prerendered),
        editing: if embed { None } else { crate::compare::editing(&query) },
        money_help: calc
            .fields()
            .iter()
            .filter(|f| f.unit.is_money())
            .map(|f| (f.key, browser::text(&format!("h-{}", f.key))))
            .collect(),
    };
    if let Some((_, slot)) = &app.editing {
        let letter = scenario::compare::LETTERS[*slot];
        browser::set_text("compare-edit-what", &format!("Editing scenario {letter} of a comparison."));
        browser::set_attr("compare-edit", "hidden", None);
    }
    APP.with(|cell| *cell.borrow_mut() = Some(app));
    listen(&root);
    dispatch(Msg::Render);
    if !embed {
        APP.with(|cell| {
            if let Some(app) = cell.borrow().as_ref() {
                app.show_address();
            }
        });
    }
    // The page holds the link's answer (its details stay hidden until they are written), so the
    // next frame shows it: waiting for that frame to unmark it cost the figures one more.
    browser::mark_ready();
}

/// The regions as the pre-render wrote them, keyed as `App::shown` keeps them. It leaves the
/// price-age region empty: that is judged on the reader's day.
fn prerendered_regions(
    calc: &'static dyn Calculator,
    state: &FormState,
    outcome: &Evaluated,
) -> SortedMap<String, String> {
    answer_regions(calc, state, outcome, browser::today())
        .into_iter()
        .chain(support_regions(calc, outcome, true))
        .map(|(id, h)| (shown_key(id, "html"), if id == region::PRICE_AGE { String::new() } else { h }))
        .collect()
}

/// Amounts are written at `rate`, with the marks the reader's language writes its currency with.
fn present(rate: Rate) {
    format::present_in(format::Presentation { rate, marks: browser::number_marks(rate.currency) });
}

/// `inputs=0` in an embed's link removes its inputs.
fn show_inputs(query: &str) -> bool {
    scenario::Query::parse(query).get("inputs") != Some("0")
}

/// Boxes a reader changed before the page's script arrived: kept as edits, not lost (and a
/// name or note typed meanwhile, unless the link carries its own).
fn typed_before_start(calc: &'static dyn Calculator) -> Vec<(&'static Field, String)> {
    calc.fields()
        .iter()
        .filter_map(|f| {
            let el = browser::element_by_id(&format!("f-{}", f.key))?;
            let text = if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                if input.type_() == "checkbox" {
                    (input.checked() != input.default_checked())
                        .then(|| if input.checked() { "1" } else { "0" }.to_string())
                } else {
                    (input.value() != input.default_value()).then(|| input.value())
                }
            } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
                let default = (0..select.length())
                    .filter_map(|i| select.item(i))
                    .filter_map(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                    .find(|o| o.default_selected())
                    .map(|o| o.value());
                (Some(select.value()) != default).then(|| select.value())
            } else {
                None
            };
            text.map(|t| (f, t))
        })
        .collect()
}

/// One listener per event type on `#app`; the event's target says which box or button.
fn listen(root: &Element) {
    let on = |kind: &str, handler: fn(&Event, &Element) -> Option<Msg>| {
        let closure = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
            let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
            if let Some(msg) = handler(&ev, &target) {
                dispatch(msg);
            }
        });
        let _ = root.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        closure.forget();
    };
    on("input", |_, el| on_input(el));
    on("change", |_, el| on_change(el));
    on("focusout", |_, el| text_field(el).map(Msg::EndEdit));
    on("click", on_click);
    on("submit", |ev, _| {
        ev.prevent_default();
        None
    });
}

fn calc() -> Option<&'static dyn Calculator> {
    APP.with(|cell| cell.try_borrow().ok().and_then(|app| app.as_ref().map(|a| a.calc)))
}

/// The field a box is for (`f-<key>`).
fn field_of(el: &Element) -> Option<&'static Field> {
    calc()?.field(el.id().strip_prefix("f-")?)
}

/// The field of a box typed into (numbers and text, not lists, dates or checkboxes).
fn text_field(el: &Element) -> Option<&'static Field> {
    field_of(el).filter(|f| {
        !matches!(f.kind, FieldKind::Choice { .. } | FieldKind::Date { .. } | FieldKind::Toggle { .. })
    })
}

fn on_input(el: &Element) -> Option<Msg> {
    match el.id().as_str() {
        "f-title" => Some(Msg::Title(browser::value_of(el))),
        "f-note" => Some(Msg::Note(browser::value_of(el))),
        "fx" => Some(Msg::Fx(browser::value_of(el))),
        _ => text_field(el).map(|f| Msg::Edit(f, browser::value_of(el))),
    }
}

fn on_change(el: &Element) -> Option<Msg> {
    if el.id() == "currency" {
        return Some(Msg::Currency(browser::value_of(el)));
    }
    let field = field_of(el)?;
    match field.kind {
        FieldKind::Toggle { .. } => {
            let on = el.dyn_ref::<HtmlInputElement>().is_some_and(HtmlInputElement::checked);
            Some(Msg::Edit(field, if on { "1" } else { "0" }.to_string()))
        }
        FieldKind::Choice { .. } | FieldKind::Date { .. } => Some(Msg::Edit(field, browser::value_of(el))),
        _ => None,
    }
}

fn on_click(ev: &Event, el: &Element) -> Option<Msg> {
    if let Some(link) = el.closest("a[data-flip]").ok().flatten() {
        ev.prevent_default();
        return link.get_attribute("href").map(Msg::Follow);
    }
    let button = el.closest("button").ok().flatten()?;
    if let Some(key) = button.get_attribute("data-pick") {
        let field = calc()?.field(&key)?;
        let value = calc_core::decimal::parse(&button.get_attribute("data-value")?)?;
        return Some(Msg::Pick(field, value));
    }
    match button.id().as_str() {
        "copy-link" => Some(Msg::Share),
        "paper-other" => Some(Msg::OtherPaper),
        "download-pdf" => Some(Msg::Export { csv: false }),
        "download-csv" => Some(Msg::Export { csv: true }),
        "reset" => Some(Msg::Reset),
        "undo-reset" => Some(Msg::Undo),
        "open-embed" => {
            if let Some(more) = browser::element_by_id("share-more") {
                let _ = more.remove_attribute("open");
            }
            browser::open_disclosure("embed-panel");
            None
        }
        _ => None,
    }
}

fn shown_key(id: &str, what: &str) -> String {
    format!("{id}\u{0}{what}")
}

/// The answer: what the frame after a keystroke shows.
fn answer_regions(
    calc: &dyn Calculator,
    state: &FormState,
    outcome: &Evaluated,
    today: calc_core::Date,
) -> Vec<(&'static str, String)> {
    vec![
        (region::NOTICES, html::notices(&state.notices)),
        (region::CAPTION, html::caption(&state.caption)),
        (region::STALE, html::stale(state.stale_note(calc).as_deref())),
        (region::DECISION, html::decision(outcome)),
        (region::FIGURES, html::figures(calc, outcome)),
        (region::PRICE_AGE, html::price_age(outcome, today)),
        (region::CURRENCY, html::currency_line(&state.rate, today)),
        (region::ANSWER_LINE, html::answer_line(calc, outcome)),
    ]
}

/// What supports the answer: the facts under the decision (laying out their sentences took
/// a quarter of a keystroke's layout on ahb, and the cards show the same figures), then below
/// it the warnings, charts, the math, tables, assumptions.
fn support_regions(
    calc: &dyn Calculator,
    outcome: &Evaluated,
    to_inputs: bool,
) -> Vec<(&'static str, String)> {
    let ok = outcome.as_ref().ok();
    let part = |f: &dyn Fn(&calc_core::Outcome) -> String| ok.map(f).unwrap_or_default();
    vec![
        (region::FACTS, html::facts(outcome)),
        (region::DETAILS_TOP, part(&|o| html::details_top(calc, o, to_inputs))),
        (region::MATH, part(&html::math)),
        (region::DETAILS_BOTTOM, part(&html::details_bottom)),
        (region::CHARTS, part(&html::charts)),
    ]
}

impl App {
    fn update(&mut self, msg: Msg) {
        let calc = self.calc;
        match msg {
            Msg::Edit(field, text) => self.state.edit(field, text),
            Msg::Pick(field, value) => {
                self.state.pick(field, value);
                browser::set_value(&format!("f-{}", field.key), self.state.text(field.key));
                browser::focus(&format!("f-{}", field.key));
            }
            Msg::EndEdit(field) => self.state.end_edit(field),
            Msg::Title(text) => self.state.caption.title = Caption::clean(&text, MAX_TITLE_CHARS),
            Msg::Note(text) => self.state.caption.note = Caption::clean(&text, MAX_NOTE_CHARS),
            Msg::Reset => {
                self.before_reset = Some(self.state.inputs.clone());
                self.state.reset(calc);
                self.boxes_stale = true;
            }
            Msg::Undo => {
                if let Some(inputs) = self.before_reset.take() {
                    self.state.restore(calc, inputs);
                    self.boxes_stale = true;
                }
            }
            Msg::CopyLink => {
                let url = self.share_link();
                // While a box is invalid the link keeps its previous value: the status says so.
                let copied = self.state.copied_note(calc);
                let invalid = !self.state.errors.is_empty();
                self.copied = Some((self.state.inputs.clone(), self.state.caption.clone(), invalid));
                wasm_bindgen_futures::spawn_local(async move {
                    let status = if browser::copy(&url).await {
                        copied
                    } else {
                        browser::select_input("share-link");
                        "Your browser blocked copying; the link is selected, press Ctrl+C.".into()
                    };
                    dispatch(Msg::ShareStatus(status));
                });
            }
            Msg::Share => {
                if !browser::can_share() {
                    return self.update(Msg::CopyLink);
                }
                let url = self.share_link();
                // A box that is invalid is shared at its previous value: the status says so.
                let shared = self.state.link_note(calc, LinkSent::Shared);
                let invalid = !self.state.errors.is_empty();
                self.copied = Some((self.state.inputs.clone(), self.state.caption.clone(), invalid));
                let title = if self.state.caption.title.is_empty() {
                    calc.meta().title.to_string()
                } else {
                    self.state.caption.title.clone()
                };
                wasm_bindgen_futures::spawn_local(async move {
                    match browser::share(&title, &url).await {
                        Ok(()) => dispatch(Msg::ShareStatus(shared)),
                        Err(true) => {}
                        Err(false) => dispatch(Msg::CopyLink),
                    }
                });
            }
            Msg::OtherPaper => {
                if !self.busy {
                    self.letter = !self.letter;
                    self.update(Msg::Export { csv: false });
                }
            }
            Msg::Export { csv } => {
                if self.busy {
                    return;
                }
                self.busy = true;
                self.copied = None;
                self.last_pdf = !csv;
                let what = if csv { "CSV" } else { "PDF" };
                self.share_status = format!("Preparing the {what} on your machine…");
                let (slug, query, letter) = (calc.meta().slug, self.query(), self.letter);
                wasm_bindgen_futures::spawn_local(async move {
                    let status = match browser::download_report(slug, &query, letter, csv).await {
                        Ok(ms) => {
                            format!("{what} saved (generated in {} ms).", calc_core::decimal::fixed(ms, 0))
                        }
                        Err(message) => message,
                    };
                    dispatch(Msg::ExportDone(status));
                });
            }
            Msg::ShareStatus(text) => self.share_status = text,
            Msg::ExportDone(text) => {
                self.share_status = text;
                self.busy = false;
            }
            Msg::Render => {}
            Msg::RenderSupport => {
                if self.support_due {
                    self.render_support();
                }
            }
            Msg::TypingPaused => {
                self.address_timer = None;
                self.show_address();
            }
            Msg::DrawCharts => {
                self.chart_timer = None;
                self.draw_charts();
            }
            Msg::Analyse => {
                self.analysis_timer = None;
                self.analyse(true);
            }
            Msg::AnalyseMore => self.analyse(false),
            Msg::Follow(href) => {
                let rate = self.state.rate;
                self.state.apply_link(calc, scenario::query_of(&href));
                self.boxes_stale = true;
                if self.state.rate != rate {
                    present(self.state.rate);
                    self.fx_stale = true;
                }
            }
            Msg::Currency(code) => {
                let currency = Currency::from_code(&code).unwrap_or(Currency::Usd);
                self.set_rate(Rate::reference(currency));
                self.fx_stale = true;
            }
            Msg::Fx(text) => {
                let currency = self.state.rate.currency;
                let typed = text.trim().replace(',', ".");
                let given = Rate::read_given(currency, &typed);
                browser::mark_invalid("fx", !typed.is_empty() && given.is_none());
                match given {
                    _ if typed.is_empty() => self.set_rate(Rate::reference(currency)),
                    Some(rate) => self.set_rate(rate),
                    None => {}
                }
            }
        }
    }

    /// Amounts in another currency or at another rate: the money boxes are written in it, and
    /// everything that shows an amount (the flips too) is written again.
    fn set_rate(&mut self, rate: Rate) {
        if rate == self.state.rate {
            return;
        }
        self.state.set_rate(self.calc, rate);
        present(rate);
        self.boxes_stale = true;
        self.analysed = None;
    }

    /// Advances the flip analysis by a few milliseconds' work, then yields to the browser so
    /// a keystroke never waits behind it; when done, writes the flips and the tornado.
    fn analyse(&mut self, fresh: bool) {
        let inputs = &self.state.inputs;
        if self.analysed.as_ref() == Some(inputs) || self.state.unsettled() {
            self.analysis = None;
            return;
        }
        let all = calc_core::complete(self.calc, inputs);
        if self.analysis.as_ref().is_none_or(|a| a.inputs() != &all) {
            // Inputs that changed mid-way wait for the next pause in typing.
            self.analysis = if fresh {
                Analysis::start(self.calc, &all, self.calc.primary(), self.calc.drivers())
            } else {
                None
            };
        }
        let Some(analysis) = self.analysis.as_mut() else { return };
        let started = js_sys::Date::now();
        while analysis.step() {
            if js_sys::Date::now() - started > 6.0 {
                let _ = browser::set_timeout(0, || dispatch(Msg::AnalyseMore));
                return;
            }
        }
        let Some(done) = self.analysis.take() else { return };
        let s = done.finish();
        let holds =
            html::holds_unless(self.calc, &self.state.inputs, &self.state.caption, &s, self.inputs_shown);
        let tornado = html::tornado(self.calc, &s);
        self.html(region::HOLDS, &holds);
        self.html(region::TORNADO, &tornado);
        self.flag(region::HOLDS, "data-stale", false);
        if let Some(c) = calc_core::sensitivity::tornado_chart(self.calc, &s) {
            browser::draw_charts(region::TORNADO, &[html::chart_spec(&c)]);
        }
        self.analysed = Some(self.state.inputs.clone());
    }

    /// The scenario as a query: the inputs that differ from the defaults, then its caption.
    fn query(&self) -> String {
        scenario::write_query(self.calc, &self.state.inputs, &self.state.rate, &self.state.caption)
    }

    /// The scenario's address: a scenario page's own while the page shows its scenario (its
    /// preview image and oEmbed show that scenario), else the calculator's with the link.
    fn share_link(&self) -> String {
        if self.at_home() && !self.home.is_empty() {
            return format!("{}{}", browser::origin(), browser::pathname());
        }
        format!(
            "{}{}",
            browser::origin(),
            scenario::tools_path_shown(self.calc, &self.state.inputs, &self.state.rate, &self.state.caption)
        )
    }

    fn at_home(&self) -> bool {
        self.query() == self.home
    }

    /// The address bar: the page's own path while it shows the scenario it was pre-rendered
    /// at, else the calculator's page with the scenario's link.
    fn show_address(&self) {
        // A page editing a scenario of a comparison keeps the comparison in its address.
        let edit = self.editing.as_ref().map(|(c, slot)| crate::compare::edit_keys(c, *slot));
        let with_edit = |query: String| match &edit {
            Some(keys) if query.is_empty() => keys.clone(),
            Some(keys) => format!("{query}&{keys}"),
            None => query,
        };
        if self.at_home() {
            browser::replace_address(&browser::pathname(), &with_edit(String::new()));
        } else {
            let path =
                if self.embed { browser::pathname() } else { format!("/tools/{}/", self.calc.meta().slug) };
            browser::replace_address(&path, &with_edit(self.query()));
        }
    }

    /// Bring the page in line with the state, touching only what changed.
    fn render(&mut self) {
        let calc = self.calc;
        let changed = self.outcome_for != self.state.inputs || self.outcome_rate != self.state.rate;
        if changed {
            self.outcome = evaluate(calc, &self.state.inputs);
            self.outcome_for = self.state.inputs.clone();
            self.outcome_rate = self.state.rate;
        }
        self.render_currency();
        for (id, markup) in answer_regions(calc, &self.state, &self.outcome, self.today) {
            self.html(id, &markup);
        }
        let failed = self.outcome.is_err();
        self.flag(region::VERDICT, "hidden", failed);
        self.flag(region::DETAILS, "hidden", failed);
        self.flag(region::SUPPORT, "hidden", failed);
        let edited = self.state.inputs != self.state.opened_with;
        self.flag("link-notices", "hidden", edited);
        self.render_fields();
        if !self.charts_started && !self.support_due && browser::is_pending() {
            // A link's first frame carries only its answer, so its figures show sooner: the
            // details, still the pre-rendered defaults', are hidden until the task after it.
            browser::flag_root("data-support-due", true);
            self.support_due = true;
            browser::at_next_frame(|| {
                let _ = browser::set_timeout(0, || dispatch(Msg::RenderSupport));
            });
        } else if !self.charts_started {
            self.render_support();
        } else if !self.support_due && (changed || self.query() != self.support_query) {
            // A keystroke's frame carries the answer; what supports it below, and the link,
            // follow in the task after that frame, so typing stays within a frame on the
            // longest pages. (`changed` first: a keystroke need not encode the link.)
            self.support_due = true;
            browser::at_next_frame(|| {
                let _ = browser::set_timeout(0, || dispatch(Msg::RenderSupport));
            });
        }
        if !self.embed {
            self.render_share();
        }
        // Where the answer flips takes many evaluations: it is worked out once typing pauses.
        let analysed = self.analysed.as_ref() == Some(&self.state.inputs);
        self.flag(region::HOLDS, "data-stale", !analysed);
        if !analysed && (changed || self.analysis_timer.is_none() && self.analysis.is_none()) {
            if let Some(t) = self.analysis_timer.take() {
                browser::clear_timeout(t);
            }
            self.analysis_timer = browser::set_timeout(300, || dispatch(Msg::Analyse));
        }
    }

    /// The details below the answer, the link, and the charts' new specs (handed over when
    /// typing pauses: a plotly redraw costs more than a frame).
    fn render_support(&mut self) {
        self.support_due = false;
        if !self.charts_started {
            browser::flag_root("data-support-due", false);
        }
        let query = self.query();
        self.support_query = query.clone();
        self.render_link(query);
        for (id, markup) in support_regions(self.calc, &self.outcome, self.inputs_shown) {
            self.html(id, &markup);
        }
        let specs: Vec<String> = self
            .outcome
            .as_ref()
            .map(|o| o.charts.iter().map(html::chart_spec).collect())
            .unwrap_or_default();
        if !self.charts_started {
            self.charts_started = true;
            self.drawn_specs = specs;
            self.draw_charts();
        } else if specs != self.drawn_specs {
            self.drawn_specs = specs;
            if let Some(t) = self.chart_timer.take() {
                browser::clear_timeout(t);
            }
            self.chart_timer = browser::set_timeout(120, || dispatch(Msg::DrawCharts));
        }
    }

    fn render_fields(&mut self) {
        let boxes = std::mem::take(&mut self.boxes_stale);
        let messages = FieldMessages {
            errors: self.state.errors.clone(),
            readings: self.state.readings.clone(),
            asks: self.state.asks.clone(),
        };
        if !boxes && self.fields_shown.as_ref() == Some(&messages) {
            return;
        }
        for f in self.calc.fields() {
            let id = format!("f-{}", f.key);
            if boxes {
                browser::set_value(&id, self.state.text(f.key));
                if f.unit.is_money() {
                    self.text(&format!("u-{}", f.key), &format::unit_label(f.unit));
                    // "USD per GB-month on Aurora Standard": the box is typed in the currency shown.
                    let help = self.money_help.get(f.key).map_or("", String::as_str);
                    let help = format::naming(help, self.state.rate.currency).to_string();
                    self.text(&format!("h-{}", f.key), &help);
                }
            }
            let error = messages.errors.get(f.key).map_or("", String::as_str);
            let reading = messages.readings.get(f.key).map(String::as_str);
            let ask = messages.asks.get(f.key).copied();
            let invalid = !error.is_empty();
            self.text(&format!("e-{}", f.key), error);
            self.html(&format!("r-{}", f.key), &html::field_message(f.key, reading, ask, self.state.mark()));
            self.flag(&format!("r-{}", f.key), "data-ask", ask.is_some());
            if self.show(&id, "invalid", if invalid { "true" } else { "false" }) {
                browser::mark_invalid(&id, invalid);
            }
        }
        self.fields_shown = Some(messages);
    }

    /// The currency menu and the rate box follow the state (the link's `cur` and `fx`).
    fn render_currency(&mut self) {
        let rate = self.state.rate;
        self.value("currency", rate.currency.code());
        self.flag("fx-box", "hidden", rate.is_usd());
        if std::mem::take(&mut self.fx_stale) && !rate.is_usd() {
            let text = format::plain(crate::state::to_millionth(rate.per_usd));
            browser::set_value("fx", &text);
            browser::mark_invalid("fx", false);
        }
        self.text("fx-unit", &format!("{} per US dollar", rate.currency.code()));
    }

    fn render_share(&mut self) {
        let moved = self.copied.as_ref().is_some_and(|(inputs, caption, _)| {
            *inputs != self.state.inputs || *caption != self.state.caption
        });
        if moved {
            self.copied = None;
            self.share_status.clear();
        }
        let status = self.share_status.clone();
        self.text("share-status", &status);
        // A link copied while a box is invalid is a caveat, in the warning colour.
        let caveat = !status.is_empty() && self.copied.as_ref().is_some_and(|(_, _, invalid)| *invalid);
        self.flag("share-status", "data-warn", caveat);
        self.flag("download-pdf", "disabled", self.busy);
        self.flag("download-csv", "disabled", self.busy);
        // Once a PDF is saved: its paper, and the other size one click away.
        self.flag("paper-step", "hidden", !self.last_pdf || self.busy);
        let (now, other) =
            if self.letter { ("On US Letter.", "A4 instead") } else { ("On A4.", "US Letter instead") };
        self.text("paper-now", now);
        self.text("paper-other", other);
        // "Undo reset" is offered until the first edit after the reset.
        let undo = self.before_reset.is_some() && self.state.inputs == defaults(self.calc);
        self.flag("undo-reset", "hidden", !undo);
        self.text("reset-status", if undo { "Inputs reset to the defaults." } else { "" });
    }

    /// The scenario's link where the page shows it: the share box, the embed snippets, an
    /// embed's "open in the full calculator", and the address bar. The address bar and the
    /// embed preview follow edits once typing pauses: history.replaceState costs Chrome
    /// several milliseconds, too much for every keystroke, and a new preview address reloads
    /// the embedded page. "Copy link" encodes the inputs itself, so it is exact meanwhile.
    fn render_link(&mut self, query: String) {
        let name = self.state.caption.title.clone();
        if self.show("document", "title", &name) {
            browser::name_title(&name);
        }
        if self.embed {
            let full = scenario::tools_path_shown(
                self.calc,
                &self.state.inputs,
                &self.state.rate,
                &self.state.caption,
            );
            self.attr("open-full", "href", &full);
            return;
        }
        let link = self.share_link();
        self.value("share-link", &link);
        self.attr("compare-link", "href", &crate::compare::start_link(self.calc, &query));
        if let Some((comparison, slot)) = &self.editing {
            let back = crate::compare::back_link(self.calc, comparison, *slot, &query);
            self.attr("compare-back", "href", &back);
        }
        // The Embed panel's code (embed-panel.js, loaded when it opens) follows these.
        let inputs = scenario::encode(self.calc, &self.state.inputs);
        self.attr("embed-panel", "data-query", &query);
        self.attr("embed-panel", "data-inputs", &inputs);
        self.attr("embed-panel", "data-name", &name);
        if self.show("address", "query", &query) {
            if let Some(t) = self.address_timer.take() {
                browser::clear_timeout(t);
            }
            self.address_timer = browser::set_timeout(250, || dispatch(Msg::TypingPaused));
        }
    }

    fn draw_charts(&self) {
        browser::draw_charts(region::CHARTS, &self.drawn_specs);
    }

    /// Records that `id`'s `what` now shows `value`; true when it did not already.
    fn show(&mut self, id: &str, what: &str, value: &str) -> bool {
        let key = shown_key(id, what);
        if self.shown.get(&key).is_some_and(|v| v == value) {
            return false;
        }
        self.shown.insert(key, value.to_string());
        true
    }

    fn html(&mut self, id: &str, markup: &str) {
        let key = shown_key(id, "html");
        if self.shown.get(&key).is_some_and(|v| v == markup) {
            return;
        }
        let was = self.shown.insert(key, markup.to_string());
        browser::set_html(id, was.as_deref(), markup);
    }

    fn text(&mut self, id: &str, text: &str) {
        if self.show(id, "text", text) {
            browser::set_text(id, text);
        }
    }

    fn value(&mut self, id: &str, value: &str) {
        if self.show(id, "value", value) {
            browser::set_value(id, value);
        }
    }

    fn attr(&mut self, id: &str, name: &str, value: &str) {
        if self.show(id, name, value) {
            browser::set_attr(id, name, Some(value));
        }
    }

    /// A boolean attribute (`hidden`, `disabled`).
    fn flag(&mut self, id: &str, name: &str, on: bool) {
        if self.show(id, name, if on { "1" } else { "" }) {
            browser::set_attr(id, name, on.then_some(""));
        }
    }
}
