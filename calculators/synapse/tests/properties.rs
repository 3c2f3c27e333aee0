//! Model invariants over the declared-valid input space: the recommended plan is never dearer
//! than any other plan priced, a lever whose input is zero never raises the cost, the plan
//! never saves more than the levers it applies separately, and every figure is finite.

use calc_core::{evaluate, Inputs, Outcome, Value};
use calc_testkit::any_inputs;
use proptest::prelude::*;
use synapse::model::{compute, SynapseInputs};
use synapse::{CALCULATOR, PRICES, PRICE_DWU, PRICE_STORAGE, PRICE_TB, SHEET_REGIONS};

fn fig(o: &Outcome, key: &str) -> f64 {
    o.figure(key).unwrap().value.unwrap()
}

fn tol(x: f64) -> f64 {
    1e-9 * (1.0 + x.abs())
}

/// The model's inputs, read by key as the calculator reads them.
fn model(i: &Inputs) -> SynapseInputs {
    SynapseInputs {
        dwu: i.choice("dwu").parse().unwrap(),
        peak_dwu: i.num("peak_dwu"),
        headroom_pct: i.num("headroom"),
        hours_week: i.num("hours_week"),
        pause_hours_week: i.num("pause_hours_week"),
        adhoc_pct: i.num("adhoc_share"),
        tb_scanned: i.num("tb_scanned"),
        storage_tb: i.num("storage_tb"),
        reserved_dwu: i.num("reserved_dwu"),
        reserved_months: i.num("reserved_months"),
        horizon_months: i.num("horizon_months"),
        p_dwu_hour: price(i, "p_dwu_hour", PRICE_DWU),
        p_reserved_dwu_hour: price(i, "p_dwu_hour", PRICE_DWU) * (1.0 - i.num("reserved_discount") / 100.0),
        p_tb: price(i, "p_tb", PRICE_TB),
        p_storage: price(i, "p_storage", PRICE_STORAGE),
    }
}

/// A price as the calculator reads it: the typed one, or the sheet's for the chosen region.
fn price(i: &Inputs, field: &str, sheet_key: &str) -> f64 {
    i.opt_num(field).unwrap_or_else(|| PRICES.find_in(sheet_key, i.choice("region")).unwrap().value)
}

/// Any declared-valid inputs with the reservation in whole units of 100 DWU (other values are
/// refused, as reservations are bought in those units).
fn inputs() -> impl Strategy<Value = Inputs> {
    any_inputs(&CALCULATOR).prop_map(|i| {
        let units = (i.num("reserved_dwu") / 100.0).floor();
        i.with("reserved_dwu", Value::Num(units * 100.0))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_plan_never_beats_the_sum_of_its_levers_and_nothing_is_nan(inputs in inputs()) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else {
            // The only refusal left: pausing more hours than the pool runs (every region the
            // region input offers has every price).
            prop_assert!(inputs.num("pause_hours_week") > inputs.num("hours_week"));
            return Ok(());
        };
        prop_assert!(o.all_finite());
        let r = compute(&model(&inputs));
        let (rs, pause, sl) = (fig(&o, "rightsize_saving"), fig(&o, "pause_saving"), fig(&o, "serverless_saving"));
        let saving = fig(&o, "monthly_saving");
        // The offload is in the plan only when it saves, so it adds at most its saving. (With a
        // reservation ending within the horizon the plan starts the offload only after it, so
        // the check is month by month: see the next property.)
        if inputs.num("reserved_dwu") == 0.0 || inputs.num("reserved_months") == 0.0 {
            let sum = rs + pause + sl.max(0.0);
            prop_assert!(saving <= sum + tol(sum), "{saving} > {rs} + {pause} + max({sl}, 0)");
        }
        for p in &r.phases {
            let sum = p.rightsize_saving + p.pause_saving + p.serverless_saving.max(0.0);
            prop_assert!(p.saving() <= sum + tol(sum), "{} > {sum} in {p:?}", p.saving());
            // Never dearer, month by month, than today, any lever on its own, or the levers in
            // order with and without the offload (the plan is the cheaper of those two).
            let (with, without) = (p.steps.rightsize + p.steps.pause + p.steps.serverless, p.steps.rightsize + p.steps.pause);
            for alone in [0.0, p.rightsize_saving, p.pause_saving, p.serverless_saving, with, without] {
                prop_assert!(p.saving() >= alone - tol(alone), "{} < {alone} in {p:?}", p.saving());
            }
        }
        prop_assert!(rs >= -tol(rs) && pause >= -tol(pause));
        let (now, opt) = (fig(&o, "current_monthly"), fig(&o, "optimized_monthly"));
        prop_assert!((now - opt - saving).abs() <= tol(now));
        prop_assert!(opt >= -tol(opt));
        // A loss is never called a saving in the verdict.
        if sl < 0.0 && inputs.num("adhoc_share") > 0.0 {
            // (Unless there is no compute to free: a pool that no longer runs.)
            let moot = ["no_recommendation", "delete_or_archive"].contains(&o.verdict.decision.key);
            let kept = o.verdict.facts.iter().any(|f| f.starts_with("Keep the ad-hoc queries"));
            // Or the plan moves them only in the months where it saves (after a reservation).
            let later = o.verdict.words.contains("serverless")
                && r.phases.iter().all(|p| !p.steps.offload || p.steps.serverless_applied > 0.0);
            prop_assert!(moot || kept || later, "{:?}", o.verdict);
        }
    }

    #[test]
    fn the_recommended_plan_is_never_dearer_than_any_other_plan_priced(inputs in inputs()) {
        // Issue 31, item 1. The plans priced: today, each lever on its own, and the recommended
        // plan; the waterfall also prices the plan with the offload (its row's change).
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        let plan = fig(&o, "optimized_monthly");
        let today = fig(&o, "current_monthly");
        let eps = tol(today);
        prop_assert!(plan <= today + eps, "plan {plan} > today {today}");
        for lever in ["rightsize_saving", "pause_saving", "serverless_saving"] {
            let alone = today - fig(&o, lever);
            prop_assert!(plan <= alone + eps, "plan {plan} > {lever} alone {alone}");
        }
        // The verdict never calls the plan a loss, and never sits beside one.
        prop_assert!(fig(&o, "monthly_saving") >= -eps);
    }

    #[test]
    fn a_lever_at_zero_never_raises_the_cost(inputs in inputs()) {
        // Pausing 0 hours and offloading 0% of the hours: only right-sizing remains, which
        // never grows the pool.
        let off = inputs.clone().with("pause_hours_week", Value::Num(0.0)).with("adhoc_share", Value::Num(0.0));
        let o = evaluate(&CALCULATOR, &off).expect("no pause, no refusal");
        prop_assert_eq!(fig(&o, "pause_saving"), 0.0);
        prop_assert_eq!(fig(&o, "serverless_saving"), 0.0);
        prop_assert!(fig(&o, "optimized_monthly") <= fig(&o, "current_monthly") + tol(fig(&o, "current_monthly")));
        // Peak = today's level with no headroom: right-sizing saves nothing, adds nothing.
        let dwu = inputs.choice("dwu").parse::<f64>().unwrap();
        let keep = off.with("peak_dwu", Value::Num(dwu)).with("headroom", Value::Num(0.0));
        let o = evaluate(&CALCULATOR, &keep).unwrap();
        prop_assert_eq!(fig(&o, "rightsize_saving"), 0.0);
        prop_assert!((fig(&o, "optimized_monthly") - fig(&o, "current_monthly")).abs() <= tol(fig(&o, "current_monthly")));
    }

    #[test]
    fn more_scanning_never_makes_the_offload_cheaper(inputs in inputs(), extra in 0.0..1000.0f64) {
        let Ok(a) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        let more = (inputs.num("tb_scanned") + extra.round()).min(100_000.0);
        let b = evaluate(&CALCULATOR, &inputs.clone().with("tb_scanned", Value::Num(more))).unwrap();
        prop_assert!(fig(&b, "serverless_saving") <= fig(&a, "serverless_saving") + tol(fig(&a, "serverless_saving")));
        prop_assert!(fig(&b, "optimized_monthly") >= fig(&a, "optimized_monthly") - tol(fig(&a, "optimized_monthly")));
    }

    #[test]
    fn a_pause_saves_whole_hours_and_a_longer_pause_never_costs_more(inputs in inputs(), extra in 0.0..40.0f64) {
        // Issue 31, item 4: compute bills whole hours, so a pause of 87.5 hours saves what 87 do.
        let Ok(a) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        let pause = inputs.num("pause_hours_week");
        let floored = evaluate(&CALCULATOR, &inputs.clone().with("pause_hours_week", Value::Num(pause.floor()))).unwrap();
        prop_assert!((fig(&a, "optimized_monthly") - fig(&floored, "optimized_monthly")).abs() <= tol(fig(&a, "optimized_monthly")));
        prop_assert!((fig(&a, "pause_saving") - fig(&floored, "pause_saving")).abs() <= tol(fig(&a, "pause_saving")));
        let longer = (pause + extra).min(inputs.num("hours_week"));
        let b = evaluate(&CALCULATOR, &inputs.clone().with("pause_hours_week", Value::Num(longer))).unwrap();
        prop_assert!(fig(&b, "optimized_monthly") <= fig(&a, "optimized_monthly") + tol(fig(&a, "optimized_monthly")));
        // A pool paused every hour it runs is never told to right-size.
        if fig(&b, "current_monthly") > 0.0 && longer.floor() >= inputs.num("hours_week").ceil() {
            prop_assert_eq!(b.verdict.decision.key, "delete_or_archive");
        }
    }

    #[test]
    fn a_reservation_that_covers_the_pool_leaves_nothing_to_save_while_it_runs(inputs in inputs()) {
        // Issue 31, item 2: reserved capacity is billed whether the pool runs or not, so with
        // today's level reserved for the whole horizon, right-sizing and pausing save nothing.
        let dwu = inputs.choice("dwu").parse::<f64>().unwrap();
        let horizon = inputs.num("horizon_months");
        let covered = inputs
            .clone()
            .with("reserved_dwu", Value::Num(dwu))
            .with("reserved_months", Value::Num(horizon.min(36.0)));
        let Ok(o) = evaluate(&CALCULATOR, &covered) else { return Ok(()); };
        if horizon <= 36.0 {
            prop_assert!(fig(&o, "rightsize_saving").abs() <= tol(0.0));
            prop_assert!(fig(&o, "pause_saving").abs() <= tol(0.0));
            // Only the offload can save, and only its serverless bill can move: freed hours are reserved.
            prop_assert!(fig(&o, "horizon_saving") <= tol(0.0), "{}", fig(&o, "horizon_saving"));
        }
    }

    #[test]
    fn a_longer_or_larger_reservation_never_makes_the_plan_save_more(inputs in inputs(), months in 0u32..=36, units in 0u32..=300) {
        // The plan's saving over the horizon never grows when the reservation runs longer or
        // covers more DWU: the reserved hours are billed either way.
        let Ok(a) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        let longer = inputs.num("reserved_months").max(f64::from(months));
        let b = evaluate(&CALCULATOR, &inputs.clone().with("reserved_months", Value::Num(longer))).unwrap();
        prop_assert!(fig(&b, "horizon_saving") <= fig(&a, "horizon_saving") + tol(fig(&a, "horizon_saving")));
        let larger = inputs.num("reserved_dwu").max(f64::from(units) * 100.0);
        let c = evaluate(&CALCULATOR, &inputs.clone().with("reserved_dwu", Value::Num(larger))).unwrap();
        prop_assert!(fig(&c, "horizon_saving") <= fig(&a, "horizon_saving") + tol(fig(&a, "horizon_saving")));
        // And the verdict names only levers that save within the horizon.
        if fig(&b, "horizon_saving") <= 0.0 {
            prop_assert!(["nothing_to_cut", "no_recommendation", "delete_or_archive"].contains(&b.verdict.decision.key), "{:?}", b.verdict);
        }
    }
}

#[test]
fn every_region_prices_the_defaults_and_every_preset() {
    // Issue 38, item 5: each region the input offers is in the sheet with every price, so the
    // defaults and every preset evaluate there, priced at that region's compute rate.
    for region in SHEET_REGIONS {
        let with = |inputs: Inputs| inputs.with("region", Value::Choice(region.key.to_string()));
        let scenarios = std::iter::once(calc_core::defaults(&CALCULATOR))
            .chain(CALCULATOR.presets.iter().map(|p| p.inputs(&CALCULATOR).unwrap()));
        for inputs in scenarios {
            let o = evaluate(&CALCULATOR, &with(inputs)).unwrap_or_else(|e| panic!("{}: {e:?}", region.key));
            assert!(o.all_finite());
            let dwu = PRICES.find_in(PRICE_DWU, region.key).unwrap();
            assert!(o.prices_used().iter().any(|p| std::ptr::eq(*p, dwu)), "{}", region.key);
            assert!(
                o.verdict.facts.last().unwrap().contains(synapse::region_label(region.key)),
                "{:?}",
                o.verdict
            );
        }
    }
}
