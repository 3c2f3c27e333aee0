//! Model invariants over the declared-valid input space.
//!
//! Caching: "caching never raises the cost" is NOT true as stated when a cache write costs more
//! than input (Anthropic's 5-minute write is 1.25 × input): at a 0% hit rate every request pays
//! the write surcharge. What holds, with the write paid only on misses and read ≤ write:
//!   1. the caching saving never falls as the hit rate rises;
//!   2. caching never raises the cost at a hit rate ≥ (write − input) ÷ (write − read), the
//!      break-even rate (21.7% on Anthropic's 5-minute write, 52.6% on the 1-hour write);
//!   3. where a write costs no more than input (OpenAI's models before GPT-5.6, Google,
//!      DeepSeek) and read ≤ input, caching never raises the cost at any hit rate ≥ 0.

use calc_core::{evaluate, ChoiceEnum, Inputs, Outcome, Value};
use calc_testkit::any_inputs;
use llm_budget::model::{
    agent, request_cost, step_context, steps_run, Agent, Limits, LongContext, ModelPrices, Shape,
};
use llm_budget::{LlmModel, CALCULATOR, PRICES};
use proptest::prelude::*;

fn fig(o: &Outcome, key: &str) -> Option<f64> {
    o.figure(key).unwrap().value
}

fn tol(x: f64) -> f64 {
    1e-9 * (1.0 + x.abs())
}

fn prices() -> impl Strategy<Value = ModelPrices> {
    (
        0.0..100.0f64,
        0.0..100.0f64,
        0.0..3.0f64,
        0.0..1.0f64,
        0.0..5000.0f64,
        proptest::option::of(1000.0..300_000.0f64),
    )
        .prop_map(|(input, output, write_x, read_x, min_cache, lc)| ModelPrices {
            input,
            output,
            cache_write: input * write_x,
            // read ≤ write: the premise of the invariants.
            cache_read: input * write_x * read_x,
            min_cache,
            long_context: lc.map(|t| LongContext { above_tokens: t, input_factor: 2.0, output_factor: 1.5 }),
        })
}

fn shape() -> impl Strategy<Value = Shape> {
    (0.0..500_000.0f64, 0.0..500_000.0f64, 0.0..50_000.0f64).prop_map(|(fresh, prefix, output)| Shape {
        fresh,
        prefix,
        output,
    })
}

fn agents() -> impl Strategy<Value = Agent> {
    (
        1u32..200,
        0.0..200_000.0f64,
        0.0..20_000.0f64,
        0.0..5_000.0f64,
        any::<bool>(),
        proptest::option::of(1.0..5e6f64),
    )
        .prop_map(|(steps, base, growth, output, cache, cap)| Agent {
            steps,
            base,
            growth,
            output,
            cache,
            cap: cap.unwrap_or(0.0),
        })
}

/// Any declared-valid inputs with the token sizes scaled down into what every model on the
/// sheet can take (the smallest window is 131,072 tokens and the smallest maximum output
/// 8,192), so that the properties about money are not spent on refused calls.
fn fitting_inputs() -> impl Strategy<Value = Inputs> {
    any_inputs(&CALCULATOR).prop_map(|mut i| {
        for (k, max) in [
            ("in_tokens", 60_000.0),
            ("prefix_tokens", 60_000.0),
            ("out_tokens", 8_000.0),
            ("agent_base", 60_000.0),
            ("agent_out", 8_000.0),
        ] {
            let field = CALCULATOR.fields.iter().find(|f| f.key == k).unwrap();
            let top = match field.kind {
                calc_core::FieldKind::Number { max, .. } => max,
                _ => unreachable!(),
            };
            let v = (i.num(k) / top * max).round();
            i.set(k, Value::Num(v));
        }
        // At most 40 steps of at most 1,500 tokens: 60,000 + 39 × 1,500 = 118,500 + 8,000 output fits.
        let steps = (i.num("agent_steps") / 500.0 * 40.0).round();
        let growth = (i.num("agent_growth") / 200_000.0 * 1_500.0).round();
        i.set("agent_steps", Value::Num(steps));
        i.set("agent_growth", Value::Num(growth));
        i
    })
}

/// A model's limits, read from the sheet independently of the calculator.
fn limits(inputs: &Inputs, k: &str) -> Limits {
    let m: LlmModel = inputs.pick(k);
    Limits {
        window: m.sheet(&PRICES, "context_window").unwrap().value,
        max_output: m.sheet(&PRICES, "max_output").unwrap().value,
        output_in_window: m.provider().output_in_window(),
    }
}

/// Which of the inputs' calls do not fit their model: (request on the model, routed request,
/// agent step) over the window or the maximum output.
fn misfits(i: &Inputs) -> [bool; 3] {
    let (input, out) = (i.num("in_tokens") + i.num("prefix_tokens"), i.num("out_tokens"));
    let requests = i.num("requests") > 0.0;
    let a = Agent {
        steps: i.num("agent_steps") as u32,
        base: i.num("agent_base"),
        growth: i.num("agent_growth"),
        output: i.num("agent_out"),
        cache: i.flag("agent_cache"),
        cap: i.num("session_cap"),
    };
    [
        requests && !limits(i, "model").fits(input, out),
        requests && i.num("route_share") > 0.0 && !limits(i, "route_model").fits(input, out),
        a.steps > 0 && !limits(i, "model").fits(step_context(&a, steps_run(&a)), a.output),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Issue 31, item 1: every call the calculator prices fits its model's context window and
    /// maximum output (requests on the model and on the smaller model, and every agent step
    /// that runs), and every call that does not fit is refused, naming the input to change.
    #[test]
    fn a_priced_call_fits_the_window_and_a_call_that_does_not_is_refused(inputs in any_inputs(&CALCULATOR)) {
        let other = inputs.num("day_of_month") > inputs.num("days_in_month")
            || inputs.num("soft_pct") > inputs.num("hard_pct");
        let bad = misfits(&inputs);
        match evaluate(&CALCULATOR, &inputs) {
            Ok(_) => prop_assert_eq!(bad, [false; 3]),
            Err(errors) => {
                prop_assert!(other || bad.contains(&true), "{errors:?}");
                let window_keys = ["in_tokens", "out_tokens", "route_model", "agent_steps", "agent_base", "agent_out"];
                for e in errors {
                    prop_assert!(
                        window_keys.contains(&e.key.as_str()) || e.key == "day_of_month" || e.key == "soft_pct",
                        "{e}"
                    );
                }
            }
        }
    }

    /// Issue 31, item 3: the session that is billed is the one the cap stops. It never costs
    /// more than all the steps entered; more steps never make it cheaper, and steps past the
    /// cap step change nothing (they never run).
    #[test]
    fn the_capped_session_is_billed_and_more_steps_never_lower_it(
        p in prices(), a in agents(), extra in 1u32..100
    ) {
        let r = agent(&p, &a);
        prop_assert!(r.run.cost <= r.planned.cost + tol(r.planned.cost));
        prop_assert!(r.run.input_tokens <= r.planned.input_tokens + tol(r.planned.input_tokens));
        prop_assert_eq!(r.run.steps, r.cap_step.unwrap_or(a.steps));
        if r.cap_step.is_none() {
            prop_assert_eq!(r.run, r.planned);
        }
        let longer = agent(&p, &Agent { steps: a.steps + extra, ..a });
        prop_assert!(longer.run.cost >= r.run.cost - tol(r.run.cost), "{} < {}", longer.run.cost, r.run.cost);
        if let Some(k) = r.cap_step {
            prop_assert_eq!(longer.cap_step, Some(k));
            prop_assert!((longer.run.cost - r.run.cost).abs() <= tol(r.run.cost));
        }
        // A cache miss on every step (tool calls outlasting the cache) never costs less.
        prop_assert!(r.run.all_miss_cost >= r.run.cost - tol(r.run.cost) || p.cache_write < p.cache_read);
    }

    #[test]
    fn caching_saves_more_as_the_hit_rate_rises_and_never_costs_above_break_even(
        p in prices(), s in shape(), h1 in 0.0..=1.0f64, h2 in 0.0..=1.0f64
    ) {
        let (lo, hi) = (h1.min(h2), h1.max(h2));
        let uncached = request_cost(&p, s, 0.0, false);
        let at_lo = request_cost(&p, s, lo, true);
        let at_hi = request_cost(&p, s, hi, true);
        prop_assert!(at_hi <= at_lo + tol(at_lo), "hit {hi}: {at_hi} > hit {lo}: {at_lo}");
        if hi >= p.breakeven_hit() {
            prop_assert!(at_hi <= uncached + tol(uncached), "hit {hi} ≥ {}: {at_hi} > {uncached}", p.breakeven_hit());
        }
        if p.cache_write <= p.input {
            prop_assert!(at_lo <= uncached + tol(uncached));
        }
        // A write costlier than input makes a cold cache a cost: the claim needs the break-even.
        if p.cache_write > p.input && p.cacheable(s.prefix) && p.breakeven_hit() > 0.0 {
            let cold = request_cost(&p, s, 0.0, true);
            prop_assert!(cold >= uncached - tol(uncached));
        }
    }

    #[test]
    fn more_retries_never_lower_the_cost_and_nothing_is_nan(
        inputs in fitting_inputs(), extra in 0.0..100.0f64
    ) {
        let Ok(a) = evaluate(&CALCULATOR, &inputs) else {
            // The only refusals: a day past the month's end, a soft alert above the hard limit,
            // a call that does not fit its model.
            prop_assert!(
                inputs.num("day_of_month") > inputs.num("days_in_month")
                    || inputs.num("soft_pct") > inputs.num("hard_pct")
                    || misfits(&inputs).contains(&true)
            );
            return Ok(());
        };
        prop_assert!(a.all_finite());
        let more = (inputs.num("retry_rate") + extra.round()).min(300.0);
        let b = evaluate(&CALCULATOR, &inputs.clone().with("retry_rate", Value::Num(more))).unwrap();
        if let (Some(x), Some(y)) = (fig(&a, "monthly_cost"), fig(&b, "monthly_cost")) {
            prop_assert!(y >= x - tol(x), "{y} < {x}");
        }
        // The baseline has no retries: it does not move.
        prop_assert_eq!(fig(&a, "baseline_monthly"), fig(&b, "baseline_monthly"));
    }

    #[test]
    fn the_levers_add_up_and_absent_figures_have_no_value(inputs in fitting_inputs()) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        let requests = inputs.num("requests");
        prop_assert_eq!(fig(&o, "monthly_cost").is_some(), requests > 0.0);
        prop_assert_eq!(fig(&o, "agent_cost").is_some(), inputs.num("agent_steps") > 0.0);
        prop_assert_eq!(fig(&o, "forecast_month_end").is_some(), inputs.num("spent_to_date") > 0.0);
        if let Some(levers) = o.tables.iter().find(|t| t.key == "levers") {
            // Baseline − the changes in sequence = the monthly cost, row by row.
            let num = |r: usize, c: usize| match &levers.rows[r].cells[c] {
                calc_core::Cell::Num(n) => *n,
                calc_core::Cell::Text(_) => 0.0,
            };
            let base = num(0, 3);
            let changes: f64 = (1..=4).map(|r| num(r, 2)).sum();
            let scale: f64 = (1..=4).map(|r| num(r, 2).abs()).sum::<f64>() + base.abs();
            let monthly = fig(&o, "monthly_cost").unwrap();
            prop_assert!((base + changes - monthly).abs() <= tol(scale) * 10.0, "{base} + {changes} != {monthly}");
            // A change that adds cost is never labelled as a saving.
            for r in 1..=3 {
                let label = match &levers.rows[r].cells[0] { calc_core::Cell::Text(t) => t.clone(), _ => String::new() };
                if num(r, 1) > 0.005 || num(r, 2) > 0.005 {
                    prop_assert!(!label.starts_with('−'), "{label}");
                }
            }
        }
        if let (Some(s), Some(h)) = (fig(&o, "soft_alert_day"), fig(&o, "hard_cap_day")) {
            prop_assert!(s <= h);
        }
        if let Some(pct) = fig(&o, "saving_pct") {
            prop_assert!(pct <= 100.0 + 1e-9);
            if pct < 0.0 {
                prop_assert!(!o.verdict.sentence().contains("less than the"), "{:?}", o.verdict);
            }
        }
    }

    /// Issue 31, item 2: the batch discount is the provider's. On DeepSeek, which sells no batch
    /// API, the batched share changes nothing unless a discount is typed; on the others it
    /// never raises the cost.
    #[test]
    fn no_batch_api_no_batch_saving(inputs in fitting_inputs(), share in 0.0..=100.0f64) {
        let share = share.round();
        let with = |i: &calc_core::Inputs, s: f64| i.clone().with("batch_share", Value::Num(s));
        let deepseek = inputs
            .clone()
            .with("model", Value::Choice("deepseek_flash".into()))
            .with("batch_discount", Value::Auto)
            .with("route_share", Value::Num(0.0));
        if let (Ok(a), Ok(b)) = (evaluate(&CALCULATOR, &with(&deepseek, 0.0)), evaluate(&CALCULATOR, &with(&deepseek, share))) {
            prop_assert_eq!(fig(&a, "monthly_cost"), fig(&b, "monthly_cost"));
        }
        if let (Ok(a), Ok(b)) = (evaluate(&CALCULATOR, &with(&inputs, 0.0)), evaluate(&CALCULATOR, &with(&inputs, share))) {
            if let (Some(x), Some(y)) = (fig(&a, "monthly_cost"), fig(&b, "monthly_cost")) {
                prop_assert!(y <= x + tol(x), "{y} > {x}");
            }
        }
    }

    /// The recommendation is never dearer than another plan the calculator prices: the lever
    /// the verdict names as saving the most on its own leaves a monthly cost (baseline − its
    /// saving) no higher than any other single lever on its own, and no higher than the
    /// baseline; a verdict that calls the workload cheaper than the baseline is right.
    #[test]
    fn the_lever_named_best_is_the_cheapest_single_lever(inputs in fitting_inputs()) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        let Some(levers) = o.tables.iter().find(|t| t.key == "levers") else { return Ok(()); };
        let alone = |r: usize| match &levers.rows[r].cells[1] {
            calc_core::Cell::Num(n) => -*n,
            calc_core::Cell::Text(_) => 0.0,
        };
        let base = fig(&o, "baseline_monthly").unwrap();
        // Monthly cost of each single lever on its own: caching, routing, batch.
        let single = [base - alone(1), base - alone(2), base - alone(3)];
        let named = o.verdict.facts.iter().find_map(|f| {
            ["Caching", "Routing", "The batch API"]
                .iter()
                .position(|n| f.starts_with(&format!("{n} saves the most on its own")))
        });
        if let Some(i) = named {
            for (j, c) in single.iter().enumerate() {
                prop_assert!(single[i] <= c + tol(*c), "named {i} at {} but {j} at {c}", single[i]);
            }
            prop_assert!(single[i] <= base + tol(base));
        }
        let monthly = fig(&o, "monthly_cost").unwrap();
        if o.verdict.facts.iter().any(|f| f.contains("less than the")) {
            prop_assert!(monthly < base + tol(base), "{monthly} ≥ {base}: {:?}", o.verdict);
        }
    }

    /// DeepSeek's off-peak rates are half of peak: a larger off-peak share never raises the
    /// cost, on any scenario.
    #[test]
    fn more_off_peak_never_costs_more(inputs in fitting_inputs(), a in 0.0..=100.0f64, b in 0.0..=100.0f64) {
        let (lo, hi) = (a.min(b).round(), a.max(b).round());
        let with = |s: f64| inputs.clone().with("off_peak", Value::Num(s));
        if let (Ok(x), Ok(y)) = (evaluate(&CALCULATOR, &with(lo)), evaluate(&CALCULATOR, &with(hi))) {
            for k in ["monthly_cost", "agent_cost"] {
                if let (Some(p), Some(q)) = (fig(&x, k), fig(&y, k)) {
                    prop_assert!(q <= p + tol(p), "{k}: {q} at {hi}% > {p} at {lo}%");
                }
            }
        }
    }

    /// Issue 38, item 6: the assumptions cite only what the scenario uses: the model's sheet
    /// figures, the smaller model's only when requests are routed to it, a provider's batch
    /// discount, and the vendor's per-developer figures; never a price from a later day.
    #[test]
    fn only_prices_in_use_are_cited(inputs in any_inputs(&CALCULATOR)) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        let main: LlmModel = inputs.pick("model");
        let routed: LlmModel = inputs.pick("route_model");
        let routing = inputs.num("requests") > 0.0 && inputs.num("route_share") > 0.0;
        let owns = |m: LlmModel, k: &str| {
            k.strip_prefix(m.key()).and_then(|rest| rest.strip_prefix('_')).is_some_and(|what| {
                LlmModel::ALL.iter().all(|o| o.key().len() <= m.key().len() || !k.starts_with(&format!("{}_", o.key())))
                    && !what.starts_with("next_")
            })
        };
        for p in o.prices_used() {
            let ok = owns(main, p.key)
                || (routing && owns(routed, p.key))
                || p.key.ends_with("_batch")
                || p.key.starts_with("dev_day_");
            prop_assert!(ok, "{} cited with model {:?}, routed {:?} (routing {})", p.key, main, routed, routing);
        }
    }
}
