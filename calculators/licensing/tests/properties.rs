//! Model invariants over the declared-valid input space.

use calc_core::licensing::sqlserver;
use calc_core::{evaluate, Cell, Outcome};
use calc_testkit::any_inputs;
use licensing::model::{compute, Engine, LicInputs, Opt, Rates, Tier};
use licensing::CALCULATOR;
use proptest::prelude::*;

fn inputs(engine: Engine, tier: Tier, vcpus: f64, instances: f64, ht: bool, sa: bool) -> LicInputs {
    LicInputs {
        engine,
        tier,
        vcpus,
        instances,
        hours: 730.0,
        ht,
        sa,
        win_own: false,
        host_cores: 36.0,
        host_vcpus: 72.0,
        oci_ocpus_per_licence: 1.0,
        years: 3,
        rates: Rates {
            rds_li: 0.584,
            aws_compute: 0.096,
            ec2_win: 0.046,
            ec2_sql_li: 0.421,
            host_hour: 3.366,
            azure_vm: 0.048,
            azure_win: 0.046,
            azure_licence_core_month: 274.0,
            oci_li: 0.4301,
            oci_byol: 0.1935,
            licence_price: 7561.5,
            support_pct: 25.0,
            discount_pct: 0.0,
            core_factor: 0.5,
            win_core_price: 6771.0 / 16.0,
        },
    }
}

/// The options table's total over the horizon of each available option, and whether it is
/// marked recommended.
fn horizon_totals(o: &Outcome) -> Vec<(f64, bool)> {
    let t = &o.tables[0];
    t.rows
        .iter()
        .filter_map(|r| match r.cells.last() {
            Some(Cell::Num(v)) => Some((*v, t.row_texts(r)[1].contains("recommended"))),
            _ => None,
        })
        .collect()
}

proptest! {
    /// The rule behind the issue: the recommended plan is never more expensive, over the
    /// user's horizon, than any other plan the calculator prices, and it is the one marked.
    #[test]
    fn the_recommended_plan_is_never_dearer_than_any_priced_plan(inputs in any_inputs(&CALCULATOR)) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()) };
        prop_assert!(o.all_finite());
        let keys: Vec<&str> = o.headlines.iter().map(|f| f.key).collect();
        let declared: Vec<&str> = licensing::HEADLINES.iter().map(|h| h.key).collect();
        prop_assert_eq!(keys, declared);
        let totals = horizon_totals(&o);
        match o.figure("plan_horizon").unwrap().value {
            Some(plan) => {
                for (t, _) in &totals {
                    prop_assert!(plan <= t + 1e-6 * (1.0 + t.abs()), "{plan} > {t}");
                }
                let marked: Vec<f64> = totals.iter().filter(|(_, m)| *m).map(|(t, _)| *t).collect();
                prop_assert_eq!(marked.len(), 1);
                prop_assert!((marked[0] - plan).abs() <= 1e-6 * (1.0 + plan.abs()));
            }
            None => prop_assert!(totals.is_empty()),
        }
    }

    /// A verdict never calls a loss a saving: the saving is the alternative less the
    /// recommended plan, never negative, and "saves" is said only of a plan that is cheaper.
    #[test]
    fn savings_are_never_negative_and_never_a_loss(inputs in any_inputs(&CALCULATOR)) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()) };
        for k in ["annual_saving", "horizon_saving"] {
            if let Some(v) = o.figure(k).unwrap().value {
                prop_assert!(v >= 0.0, "{k} = {v}");
                prop_assert!(!o.figure(k).unwrap().display.starts_with("costs"));
            }
        }
        if o.verdict.decision.key == "stay_licence_included" {
            prop_assert!(!o.verdict.sentence().contains("saves"), "{}", o.verdict.sentence());
        }
    }

    /// The reason a verdict gives matches the numbers: no Software Assurance is cited when
    /// the licences have none.
    #[test]
    fn the_reason_never_cites_sa_that_is_not_paid(inputs in any_inputs(&CALCULATOR)) {
        let Ok(o) = evaluate(&CALCULATOR, &inputs) else { return Ok(()) };
        if inputs.get("sa") == Some(&calc_core::Value::Bool(false)) {
            let s = o.verdict.sentence();
            prop_assert!(!s.contains("Software Assurance it pays") && !s.contains("Software Assurance and"), "{s}");
        }
    }

    /// Item 1: on Dedicated Hosts SQL Server never needs more licences than licensing each VM
    /// by its virtual cores, and SA is paid on exactly those licences.
    #[test]
    fn hosts_never_need_more_licences_than_the_vms(
        v in 1u32..72, n in 1u32..40, sa: bool, ee: bool, cores in 4u32..96
    ) {
        let tier = if ee { Tier::Enterprise } else { Tier::Standard };
        let mut i = inputs(Engine::SqlServer, tier, f64::from(v), f64::from(n), true, sa);
        i.host_cores = f64::from(cores);
        let r = compute(&i);
        let host = r.options.iter().find(|c| c.opt == Opt::DedicatedHost).unwrap();
        prop_assert!(host.licences <= sqlserver::for_vms(f64::from(v), f64::from(n)));
        let per = i.upkeep_per_licence();
        let expected = if sa { host.licences * per } else { 0.0 };
        prop_assert!((host.support - expected).abs() < 1e-6);
        if !ee {
            prop_assert_eq!(host.licences, sqlserver::for_vms(f64::from(v), f64::from(n)));
        }
    }

    /// Item 7: licences are assigned per VM and bought in 2-core packs once for the total.
    #[test]
    fn packs_are_bought_once_for_the_total(v in 1u32..64, n in 1u32..50) {
        let i = inputs(Engine::SqlServer, Tier::Enterprise, f64::from(v), f64::from(n), true, true);
        for c in compute(&i).options.iter().filter(|c| !c.opt.licence_included()) {
            prop_assert_eq!(c.licences % 2.0, 0.0);
            prop_assert!(c.licences >= c.assigned && c.licences < c.assigned + 2.0, "{:?}", c);
        }
    }

    /// Item 2: Windows Server is priced alike on every VM option: with the same per-vCPU rate on
    /// both clouds, every VM option pays the same Windows licence.
    #[test]
    fn windows_is_priced_alike_on_every_vm_option(v in 1u32..64, n in 1u32..50, sa: bool, hours in 1u32..744) {
        let mut i = inputs(Engine::SqlServer, Tier::Enterprise, f64::from(v), f64::from(n), true, sa);
        i.hours = f64::from(hours);
        let r = compute(&i);
        let expected = f64::from(v) * f64::from(n) * i.year_hours() * 0.046;
        for c in r.options.iter().filter(|c| c.opt != Opt::RdsLi && c.available()) {
            prop_assert!((c.windows - expected).abs() < 1e-6, "{:?} {} {}", c.opt, c.windows, expected);
        }
    }

    /// Item 5: counting more OCPUs per processor licence never needs more OCI licences.
    #[test]
    fn more_ocpus_per_licence_never_needs_more_oci_licences(v in 1u32..9, n in 1u32..20, ee: bool) {
        let tier = if ee { Tier::Enterprise } else { Tier::Standard };
        let mut i = inputs(Engine::Oracle, tier, f64::from(v), f64::from(n), true, true);
        let one = compute(&i);
        i.oci_ocpus_per_licence = 2.0;
        let two = compute(&i);
        let oci = |r: &licensing::model::LicResult| {
            r.options.iter().find(|c| c.opt == Opt::OciByol).unwrap().licences
        };
        prop_assert!(oci(&two) <= oci(&one));
        prop_assert!(oci(&two) >= 1.0);
    }

    #[test]
    fn more_vcpus_never_need_fewer_licences(v in 1.0f64..64.0, extra in 0.0f64..64.0, n in 1.0f64..10.0) {
        prop_assert!(sqlserver::for_vms(v.ceil() + extra.ceil(), n) >= sqlserver::for_vms(v.ceil(), n));
        for ht in [true, false] {
            for engine in [Engine::SqlServer, Engine::Oracle] {
                let a = compute(&inputs(engine, Tier::Enterprise, v.ceil(), n.ceil(), ht, true));
                let b = compute(&inputs(engine, Tier::Enterprise, v.ceil() + extra.ceil(), n.ceil(), ht, true));
                for (x, y) in a.options.iter().zip(&b.options) {
                    if x.available() && y.available() {
                        prop_assert!(y.licences >= x.licences, "{:?} {} → {}", x.opt, x.licences, y.licences);
                    }
                }
            }
        }
    }

    #[test]
    fn byol_never_costs_less_than_its_compute_and_nothing_is_nan(
        v in 1.0f64..448.0, n in 1.0f64..50.0, ht: bool, sa: bool, oracle: bool
    ) {
        let engine = if oracle { Engine::Oracle } else { Engine::SqlServer };
        let r = compute(&inputs(engine, Tier::Enterprise, v.ceil(), n.ceil(), ht, sa));
        for c in &r.options {
            prop_assert!(c.total.is_finite() && c.licences.is_finite());
            if !c.opt.licence_included() {
                prop_assert!(c.total >= c.compute - 1e-9);
            }
        }
        prop_assert!(r.annual_saving.is_finite() && r.licence_share.is_finite());
        prop_assert!(r.annual_saving >= 0.0);
        prop_assert!((0.0..=1.0 + 1e-12).contains(&r.licence_share));
    }
}
