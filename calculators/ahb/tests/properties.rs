//! Model invariants for every valid input (the registry checks the generic ones: no NaN,
//! links round-trip).

use ahb::model::compute;
use ahb::{Acquire, AhbInputs, Edition, PurchaseModel, Service, Tier};
use calc_core::ChoiceEnum;
use proptest::prelude::*;

/// Any option of a choice.
fn option<C: ChoiceEnum>(pick: u8) -> C {
    C::ALL[pick as usize % C::ALL.len()]
}

prop_compose! {
    fn typed_inputs()(
        choices in (0u8..3, 0u8..3, 0u8..2, 0u8..3),
        vcores in 1u32..=512,
        instances in 1u32..=50,
        hours in 1.0f64..=744.0,
        cores_owned in 0u32..=400,
        base in 0.0f64..=2.0,
        licence in 0.0f64..=2.0,
        license_2core in 0.0f64..=50_000.0,
        sa_pct in 0.0f64..=100.0,
        subscription in 0.0f64..=20_000.0,
        sa_increase in 0.0f64..=50.0,
        years in 1u32..=10,
        sa_renewed_anyway in any::<bool>(),
        start_month in 0u32..48,
    ) -> AhbInputs {
        AhbInputs {
            service: option::<Service>(choices.0),
            model: PurchaseModel::VCore,
            tier: option::<Tier>(choices.1),
            edition: option::<Edition>(choices.2),
            vcores: vcores as f64,
            instances: instances as f64,
            hours,
            cores_owned: cores_owned as f64,
            acquire: option::<Acquire>(choices.3),
            li_vcore_hour: base + licence,
            base_vcore_hour: base,
            license_2core,
            sa_pct,
            subscription_2core_year: subscription,
            sa_increase,
            years,
            sa_renewed_anyway,
            // 2024-01 to 2027-12: either side of the end of Hyperscale's AHB (December 2026).
            start: calc_core::Date::ymd(2024, 1, 1).plus_months(start_month),
        }
    }
}

proptest! {
    #[test]
    fn more_vcores_never_lower_the_saving(i in typed_inputs(), extra in 0u32..=256) {
        let base = compute(&i).monthly_saving;
        let more = compute(&AhbInputs { vcores: i.vcores + extra as f64, ..i.clone() }).monthly_saving;
        prop_assert!(more >= base, "{} < {}", more, base);
    }

    #[test]
    fn owning_more_cores_whose_sa_is_paid_anyway_never_lowers_the_net(i in typed_inputs(), extra in 0u32..=64) {
        // Owned cores cost nothing only when their SA would be renewed anyway; otherwise their
        // SA renewal can cost more than a cheap subscription, and then owning more can cost more.
        let i = AhbInputs { sa_renewed_anyway: true, ..i };
        let fewer = compute(&i);
        let more = compute(&AhbInputs { cores_owned: i.cores_owned + extra as f64, ..i.clone() });
        prop_assert!(more.recommended_net() >= fewer.recommended_net() - 1e-6);
        prop_assert!(more.cores_to_acquire <= fewer.cores_to_acquire);
    }

    #[test]
    fn only_the_purchase_rounds_to_packs(i in typed_inputs()) {
        let r = compute(&i);
        prop_assert_eq!(r.cores_needed.fract(), 0.0);
        prop_assert!(r.cores_needed * r.vcores_per_core >= r.licensed_vcores - 1e-9);
        prop_assert!((r.cores_needed - 1.0) * r.vcores_per_core < r.licensed_vcores);
        prop_assert_eq!(r.cores_to_acquire % 2.0, 0.0);
        let short = (r.cores_needed - i.cores_owned).max(0.0);
        prop_assert!(r.cores_to_acquire >= short && r.cores_to_acquire - short <= 1.0);
    }

    #[test]
    fn the_recommended_plan_is_never_dearer_than_any_plan_priced(i in typed_inputs()) {
        // The plans: staying on licence-included pricing (net 0), and buying for AHB then
        // renewing for the first j years of the horizon, for every j (j = all years is renewing
        // every year whatever it saves; the rational plan is one of them).
        let r = compute(&i);
        let best = r.recommended_net();
        let tol = 1e-6 * (1.0 + best.abs());
        prop_assert!(best >= -tol, "{best} < 0");
        prop_assert!(best >= r.plan.net() - tol);
        let lasts = r.saving_months.unwrap_or(r.months).min(r.months);
        let growth = 1.0 + i.sa_increase / 100.0;
        let mut truncated = 0.0;
        for year in 0..i.years as usize {
            let paid = if year == 0 {
                r.licence_purchase + r.first_year_recurring
            } else {
                (r.first_year_recurring + r.owned_sa_yearly) * growth.powi(year as i32)
            };
            let months = lasts.saturating_sub(year * 12).min(12) as f64;
            truncated += r.monthly_saving * months - paid;
            prop_assert!(best >= truncated - tol, "renewing {} years nets {} > {}", year + 1, truncated, best);
        }
    }

    #[test]
    fn no_renewal_costs_more_than_it_saves_or_falls_after_ahb_ends(i in typed_inputs()) {
        let r = compute(&i);
        for (year, y) in r.plan.years.iter().enumerate().skip(1) {
            prop_assert!(y.ahb_months > 0, "year {} renewed with no AHB left", year + 1);
            prop_assert!(y.saved > y.paid, "year {}: {} paid for {} saved", year + 1, y.paid, y.saved);
        }
        // Every payment falls in a month that saves, or in month 0.
        let f = &r.plan.flows;
        for m in 1..f.months() {
            prop_assert!(f.costs[m] == 0.0 || f.savings[m] > 0.0, "month {m}: paid {} for no saving", f.costs[m]);
        }
    }

    #[test]
    fn paybacks_lie_inside_the_horizon(i in typed_inputs()) {
        let r = compute(&i);
        let months = f64::from(i.years) * 12.0;
        let f = &r.plan.flows;
        prop_assert!(f.breakeven().at.unwrap_or(0.0) <= months);
        prop_assert!(f.first_payback().unwrap_or(0.0) <= months);
        // A plan that ends the horizon ahead has broken even inside it.
        if r.recommended {
            prop_assert!(f.breakeven().at.is_some());
        }
    }

    #[test]
    fn a_higher_renewal_increase_never_raises_the_net(i in typed_inputs(), more in 0.0f64..=50.0) {
        let low = compute(&i);
        let high = compute(&AhbInputs { sa_increase: (i.sa_increase + more).min(50.0), ..i.clone() });
        prop_assert!(high.recommended_net() <= low.recommended_net() + 1e-6 * (1.0 + low.recommended_net().abs()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_verdict_follows_the_net_and_never_calls_a_loss_a_saving(
        inputs in calc_testkit::any_inputs(&ahb::CALCULATOR)
    ) {
        let Ok(o) = calc_core::evaluate(&ahb::CALCULATOR, &inputs) else { return Ok(()) };
        // Every outcome speaks in the declared words: all the headlines in order, a declared decision.
        let listed: Vec<&str> = o.headlines.iter().map(|f| f.key).collect();
        let declared: Vec<&str> = ahb::CALCULATOR.headlines.iter().map(|h| h.key).collect();
        prop_assert_eq!(listed, declared);
        prop_assert!(ahb::CALCULATOR.decisions.contains(&o.verdict.decision), "{:?}", o.verdict);
        // The chart marks the break-even the headline gives (item 3 of issue 30).
        let breakeven = o.figure("breakeven_months").and_then(|f| f.value);
        let marked = o
            .charts
            .iter()
            .flat_map(|c| &c.markers)
            .find(|m| m.label.starts_with("Break-even at"))
            .map(|m| m.x);
        prop_assert_eq!(marked, breakeven, "{:?}", o.verdict);
        // Short one-sentence facts, at most four, for every input (the registry checks presets).
        prop_assert!(o.verdict.facts.len() <= 4, "{:?}", o.verdict);
        for f in &o.verdict.facts {
            prop_assert!(f.split_whitespace().count() <= 30 && !f.contains(". "), "{f}");
        }
        // Every percentage names what it is a share of (item 6 of issue 30), or is a rate a year.
        for f in &o.verdict.facts {
            for (at, _) in f.match_indices('%') {
                prop_assert!(f[at + 1..].starts_with(" of the ") || f[at + 1..].starts_with(" a year"), "{f}");
            }
        }
        let Some(net) = o.figure("horizon_saving").and_then(|f| f.value) else { return Ok(()) };
        // Issue 37, item 6: the net card's range (renewals rising 0–15% a year) running from a
        // cost to a saving is too close to call, never "Use AHB".
        let card = o.figure("horizon_saving").unwrap();
        let crosses = matches!((card.low, card.high), (Some(l), Some(h)) if (l < 0.0) != (h < 0.0));
        prop_assert_eq!(crosses, o.verdict.decision.key == "too_close", "{:?} {:?}", o.verdict, card);
        // The cards describe the recommended plan: when it is not AHB, nothing is bought or saved.
        if o.verdict.decision.key != "use_ahb" && o.verdict.decision.key != "too_close" {
            for k in ["horizon_saving", "upfront_cost", "annual_sa_cost", "cores_to_acquire", "monthly_saving"] {
                prop_assert_eq!(o.figure(k).and_then(|f| f.value), Some(0.0), "{} {:?}", k, o.verdict);
            }
            prop_assert_eq!(o.figure("breakeven_months").and_then(|f| f.value), None);
        }
        if net <= 0.0 {
            prop_assert!(
                o.verdict.decision.key != "use_ahb" && !o.verdict.sentence().contains("net saving"),
                "{:?}",
                o.verdict
            );
        } else if o.figure("monthly_saving").and_then(|f| f.value).unwrap_or(0.0) > 0.0 && !crosses {
            prop_assert_eq!(o.verdict.decision.key, "use_ahb", "{:?}", o.verdict);
        }
    }
}

#[test]
fn every_region_prices_the_defaults_and_presets_of_the_services_it_has_prices_for() {
    // Issue 38, item 5: the defaults and every preset evaluate in each region the sheet prices
    // their compute in; in any other region they are refused, on the region, naming the
    // regions that have it (West US 3 has no Managed Instance or VM price, West Europe no SQL
    // Database or VM price).
    use calc_core::{evaluate, Value};
    let calc = &ahb::CALCULATOR;
    for region in ahb::SHEET_REGIONS {
        let scenarios = std::iter::once(calc_core::defaults(calc))
            .chain(calc.presets.iter().map(|p| p.inputs(calc).unwrap()));
        let mut priced = 0;
        for inputs in scenarios {
            let inputs = inputs.with("region", Value::Choice(region.key.to_string()));
            let (service, tier): (Service, Tier) = (inputs.pick("service"), inputs.pick("tier"));
            let has = ahb::PRICES.regions(ahb::base_key(service, tier));
            match evaluate(calc, &inputs) {
                Ok(o) => {
                    assert!(has.contains(&region.key), "{}: {service:?} {tier:?}", region.key);
                    assert!(o.all_finite());
                    let fact = o.verdict.facts.last().unwrap();
                    assert!(fact.contains(ahb::region_name(region.key)), "{fact}");
                    priced += 1;
                }
                Err(e) => {
                    assert!(!has.contains(&region.key), "{}: {e:?}", region.key);
                    assert_eq!(e[0].key, "region");
                    for r in has {
                        assert!(e[0].problem.contains(ahb::region_name(r)), "{}", e[0].problem);
                    }
                }
            }
        }
        assert!(priced > 0, "{}: nothing priced", region.key);
    }
}
