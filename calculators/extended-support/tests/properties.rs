//! Model invariants over the whole valid input space (the registry checks the generic ones:
//! no NaN, links round-trip).

use calc_core::{evaluate, ChoiceEnum, Date, Outcome};
use calc_testkit::any_inputs;
use extended_support::model::{self, months, path, Deployment, FleetInputs, PathKind, Version};
use extended_support::CALCULATOR;
use proptest::prelude::*;

fn fig(o: &Outcome, key: &str) -> Option<f64> {
    o.figure(key).and_then(|f| f.value)
}

/// A day from 2024-01-01 to the end of 2031.
fn day() -> impl Strategy<Value = Date> {
    (0u32..=2921).prop_map(|k| Date::ymd(2024, 1, 1).plus_days(k))
}

fn money(max: f64) -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(0.0), 1 => Just(max), 8 => (0u64..=(max as u64 * 100)).prop_map(|c| c as f64 / 100.0)]
}

/// Any consistent fleet (the deployment matches the engine).
fn fleet() -> impl Strategy<Value = FleetInputs> {
    (
        (0..Version::ALL.len(), 0usize..3, any::<bool>()),
        (0u32..=1000, 0u32..=15, 1u32..=192, (0u32..=8192).prop_map(|h| f64::from(h) / 2.0)),
        (day(), day(), day()),
        (money(10_000.0), money(1000.0), money(1_000_000.0), 0u32..=90, money(100_000.0), 0u32..=200),
        (money(1.0), money(1.0), money(1.0), money(1.0), money(100.0), money(1.0)),
        any::<bool>(),
    )
        .prop_map(
            |((v, d, sv2), (dbs, reps, vcpus, acus), (start, done_by, later), p, prices, negative)| {
                let version = Version::ALL[v];
                let deployment = if version.is_aurora() {
                    if sv2 {
                        Deployment::AuroraServerless
                    } else {
                        Deployment::Aurora
                    }
                } else {
                    [Deployment::SingleAz, Deployment::MultiAz, Deployment::MultiAzCluster][d]
                };
                let (eng_hours, eng_rate, testing, bg, class, risk) = p;
                FleetInputs {
                    version,
                    deployment,
                    databases: f64::from(dbs),
                    replicas: f64::from(reps),
                    vcpus: f64::from(vcpus),
                    acus,
                    start,
                    done_by,
                    later,
                    eng_hours,
                    eng_rate,
                    testing,
                    bluegreen_days: f64::from(bg),
                    class_change: if negative { -class } else { class },
                    risk_pct: f64::from(risk),
                    vcpu_y12: prices.0,
                    vcpu_y3: prices.1,
                    acu_y12: prices.2,
                    acu_y3: prices.3,
                    instance_hour: prices.4,
                    acu_hour: prices.5,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every figure is finite; the recommended path is never dearer than another path priced,
    /// and the saving is read as a saving only when it is one.
    #[test]
    fn no_nan_and_the_verdict_names_the_cheapest_path(inputs in any_inputs(&CALCULATOR)) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()); };
        prop_assert!(o.all_finite());
        let key = o.verdict.decision.key;
        if let (Some(now), Some(later), Some(stay)) = (fig(&o, "now_total"), fig(&o, "later_total"), fig(&o, "stay_total")) {
            let chosen = match key {
                "upgrade_now" => Some(now),
                "upgrade_later" => Some(later),
                "stay" => Some(stay),
                _ => None,
            };
            if let Some(c) = chosen {
                for other in [now, later, stay] {
                    prop_assert!(c <= other + 0.01, "{key}: {c} vs {other} ({:?})", o.verdict);
                }
            }
            let saving = fig(&o, "saving_now").unwrap();
            prop_assert!((saving - (stay - now)).abs() <= 1e-6 * (1.0 + stay.abs()));
            let shown = &o.figure("saving_now").unwrap().display;
            if saving < -0.5 { prop_assert!(shown.starts_with("costs "), "{shown}"); }
            if saving > 0.5 { prop_assert!(shown.starts_with("saves "), "{shown}"); }
            // No fact calls a loss a saving: "less than staying" only when it is less.
            for f in &o.verdict.facts {
                if f.contains("less than staying") { prop_assert!(key == "upgrade_now" || key == "upgrade_later"); }
            }
        }
    }

    /// A later upgrade never costs less surcharge.
    #[test]
    fn a_later_upgrade_never_costs_less_surcharge(i in fleet(), a in day(), b in day()) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        let ms = months(i.start, i.calendar().end);
        let p = model::project(&i).total;
        let (pe, pl) = (path(&i, &ms, early, p), path(&i, &ms, late, p));
        prop_assert!(pe.surcharge_total <= pl.surcharge_total + 1e-9);
        // Staying to the end bills the most surcharge of all.
        let r = model::compute(&i);
        prop_assert!(r.now.surcharge_total <= r.later.surcharge_total + 1e-9);
        prop_assert!(r.later.surcharge_total <= r.stay.surcharge_total + 1e-9);
    }

    /// More vCPUs (or ACUs) never lower the surcharge.
    #[test]
    fn more_vcpus_never_lower_the_surcharge(i in fleet(), extra in 1u32..=64) {
        let r = model::compute(&i);
        let more = model::compute(&FleetInputs {
            vcpus: i.vcpus + f64::from(extra),
            acus: i.acus + f64::from(extra),
            ..i.clone()
        });
        for k in [PathKind::Now, PathKind::Later, PathKind::Stay] {
            prop_assert!(r.path(k).surcharge_total <= more.path(k).surcharge_total + 1e-9);
        }
        prop_assert!(r.monthly_now <= more.monthly_now + 1e-9);
    }

    /// The recommended path is never dearer than another path priced; totals add up; nothing
    /// is billed before the first billed day or after the end of Extended Support.
    #[test]
    fn the_best_path_is_the_cheapest_and_totals_add_up(i in fleet()) {
        let r = model::compute(&i);
        let best = r.path(r.best).total;
        for k in [PathKind::Now, PathKind::Later, PathKind::Stay] {
            let p = r.path(k);
            prop_assert!(best <= p.total + 0.005);
            let parts = p.surcharge_total + p.project.iter().sum::<f64>() + p.class_total;
            prop_assert!((parts - p.total).abs() <= 1e-6 * (1.0 + p.total.abs()));
            prop_assert!(p.completes <= r.calendar.end);
        }
        let c = r.calendar;
        for m in &r.months {
            prop_assert!(m.after <= c.end.plus_days(1));
            prop_assert!(m.first >= i.start);
        }
        if i.start < c.year1 {
            let before: f64 = r.months.iter().zip(&r.stay.billed)
                .filter(|(m, _)| m.after <= c.year1)
                .map(|(_, b)| b.total())
                .sum();
            prop_assert_eq!(before, 0.0);
        }
    }
}
