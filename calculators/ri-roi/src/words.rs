//! The words: the verdict, the warnings the inputs trigger, notes, and option names.

use crate::fields::{class_words, hourly_text, key, offer_name, Deployment, Read};
use crate::model::{Cover, Plan, RiResult, Segment, Size, Term, WAIT_RULE_DAYS};
use calc_core::{format, ChoiceEnum, Decision, Provenance, Verdict, Warning};

/// "the 1-year All Upfront RI", "a 1-year Database Savings Plan", "On-Demand".
pub fn cover_words(c: Cover) -> String {
    match c {
        Cover::OnDemand => "On-Demand".to_string(),
        Cover::Reserved(t, p) => format!("the {} RI", offer_name(t, p)),
        Cover::SavingsPlan => "a 1-year Database Savings Plan".to_string(),
    }
}

fn months_words(n: u32) -> String {
    if n == 1 {
        "1 month".to_string()
    } else {
        format!("{n} months")
    }
}

/// A plan as it is executed: "the 1-year All Upfront RI, renewed once, then 1 month On-Demand";
/// stretches at the right-sized class name it ("the 3-year All Upfront RI at db.r6g.large").
pub fn schedule(read: &Read, plan: &Plan) -> String {
    if plan.cover == Cover::OnDemand && plan.segments.iter().all(|s| s.size == Size::Today) {
        return "On-Demand".to_string();
    }
    stretches(read, &plan.segments)
}

/// Segments in words, each run of the same cover once.
fn stretches(read: &Read, segments: &[Segment]) -> String {
    let mut runs: Vec<(Cover, Size, u32, u32)> = Vec::new(); // cover, size, purchases, months
    for s in segments {
        match runs.last_mut() {
            Some(r) if r.0 == s.cover && r.1 == s.size => {
                r.2 += 1;
                r.3 += s.months;
            }
            _ => runs.push((s.cover, s.size, 1, s.months)),
        }
    }
    let at = |size: Size| match (size, read.rs_class) {
        (Size::RightSized, Some(class)) => format!(" at {}", class_words(class)),
        _ => String::new(),
    };
    let parts: Vec<String> = runs
        .iter()
        .map(|&(cover, size, n, months)| match (cover, n) {
            (Cover::OnDemand, _) if runs.len() == 1 => format!("On-Demand{}", at(size)),
            (Cover::OnDemand, _) => format!("{} On-Demand{}", months_words(months), at(size)),
            (c, 1) => format!("{}{}", cover_words(c), at(size)),
            (c, 2) => format!("{}{}, renewed once", cover_words(c), at(size)),
            (c, 3) => format!("{}{}, renewed twice", cover_words(c), at(size)),
            (c, n) => format!("{}{}, renewed {} times", cover_words(c), at(size), n - 1),
        })
        .collect();
    parts.join(", then ")
}

/// What the plan does once its first commitment ends, when that is not simply renewing it:
/// the months left run On-Demand, a renewal covers only part of a year, or another commitment
/// follows a 3-year term.
fn schedule_fact(read: &Read, plan: &Plan) -> Option<String> {
    let first = plan.segments.iter().position(|s| s.cover != Cover::OnDemand)?;
    let after = &plan.segments[first..];
    after.windows(2).find_map(|w| {
        let (prev, next): (&Segment, &Segment) = (&w[0], &w[1]);
        let three_year = prev.paid_months > 12;
        match next.cover {
            Cover::OnDemand if three_year => Some(format!(
                "Run the last {} On-Demand after the 3-year term ends",
                months_words(next.months)
            )),
            Cover::OnDemand => Some(format!(
                "Run the last {} On-Demand rather than renew: renewing costs {} against {} On-Demand",
                months_words(next.months),
                format::money(prev.cost()),
                format::money(next.cost())
            )),
            _ if three_year => Some(format!(
                "When the 3-year term ends, buy {}",
                stretches(read, &plan.segments[first + 1..])
            )),
            _ if next.months < next.paid_months => Some(format!(
                "Renew it for the last {} too: On-Demand would cost {} against {} for the renewal",
                months_words(next.months),
                format::money(next.od_cost),
                format::money(next.cost())
            )),
            _ => None,
        }
    })
}

/// "over 36 months" or "over the 18 months before the migration".
fn over(read: &Read, months: u32) -> String {
    if read.model.migrate_month > 0 {
        format!("over the {months} months before the migration")
    } else {
        format!("over {months} months")
    }
}

/// The most a Database Savings Plan takes off provisioned instances (about 20%; serverless up to
/// about 35%): nOps and CloudYali, 2026.
const DSP_PROVISIONED_MAX: f64 = 0.20;

/// Every decision the verdict can reach.
pub const STAY_ON_DEMAND: Decision = Decision::new("stay_on_demand", "Stay On-Demand");
pub const BUY_RI: Decision = Decision::new("buy_ri", "Buy a Reserved Instance");
pub const BUY_SAVINGS_PLAN: Decision =
    Decision::new("buy_savings_plan", "Buy a 1-year Database Savings Plan");
pub const RIGHTSIZE_FIRST: Decision = Decision::new("rightsize_first", "Right-size before committing");
pub const DO_NOT_BUY_YET: Decision = Decision::new("do_not_buy_yet", "Do not buy yet");
pub const DECISIONS: &[Decision] =
    &[STAY_ON_DEMAND, BUY_RI, BUY_SAVINGS_PLAN, RIGHTSIZE_FIRST, DO_NOT_BUY_YET];

/// What to do once a purchase is allowed: the cheapest plan of all, right-sizing first when
/// that is it.
fn action(read: &Read, r: &RiResult) -> Verdict {
    let best = r.recommendation.best();
    if let (Size::RightSized, Some(class)) = (best.size, read.rs_class) {
        let class = class_words(class);
        return match best.cover {
            Cover::OnDemand => {
                Verdict::new(RIGHTSIZE_FIRST, format!("Right-size to {class} and stay On-Demand"))
            }
            _ => Verdict::new(RIGHTSIZE_FIRST, format!("Right-size to {class} before committing")),
        };
    }
    match best.cover {
        Cover::OnDemand => Verdict::plain(STAY_ON_DEMAND),
        c @ Cover::Reserved(..) => Verdict::new(BUY_RI, format!("Buy {}", cover_words(c))),
        c @ Cover::SavingsPlan => Verdict::new(BUY_SAVINGS_PLAN, format!("Buy {}", cover_words(c))),
    }
}

/// The decision is what to do now; the 90-day wait and right-sizing first change the decision
/// itself rather than trailing after it. Every figure is over the same months (the horizon).
pub fn verdict(read: &Read, r: &RiResult) -> Verdict {
    let v = &r.recommendation;
    let s = &read.model;
    let span = over(read, v.horizon_months);
    let best = v.best();
    let chosen = cover_words(v.chosen().cover);
    let action = action(read, r);
    let mut facts = Vec::new();
    // The 90-day rule holds back a purchase or a resize; staying On-Demand needs no wait.
    let mut out = if v.wait_days > 0 && action.decision != STAY_ON_DEMAND {
        let days =
            if v.wait_days == 1 { "1 more day".to_string() } else { format!("{} more days", v.wait_days) };
        facts.push(format!("wait {days} (the 90-day rule) and size on the P95 first"));
        facts.push(format!("then {}", format::first_lowercase(&action.words)));
        Verdict::plain(DO_NOT_BUY_YET)
    } else {
        action
    };
    let od = format::money(v.od_cost());
    let rightsized = best.size == Size::RightSized;
    if rightsized {
        let class = read.rs_class.map_or("", class_words);
        facts.push(match best.cover {
            Cover::OnDemand => format!(
                "at {class} On-Demand costs {} {span}, against {od} at today's size",
                format::money(best.cost())
            ),
            c => format!(
                "{} {} at {class}: {} {span}, against {od} On-Demand at today's size",
                if v.wait_days > 0 { "buy" } else { "then buy" },
                cover_words(c),
                format::money(best.cost())
            ),
        });
        let today = &v.plans[v.best_today];
        let saves = format::money(today.cost() - best.cost());
        facts.push(match today.cover {
            Cover::OnDemand => {
                format!("no commitment beats On-Demand at today's size: right-sizing first saves {saves}")
            }
            c if v.best_today == v.chosen => format!(
                "{}{} costs {} at today's size: right-sizing first saves {saves}",
                cover_words(c),
                if read.chose_the_ri { " you chose" } else { "" },
                format::money(today.cost())
            ),
            c => format!(
                "at today's size the best plan, {}, costs {}: right-sizing first saves {saves}",
                cover_words(c),
                format::money(today.cost())
            ),
        });
    } else if best.cover == Cover::OnDemand {
        facts.push(format!("no commitment beats On-Demand {span}"));
        facts.push(format!("{chosen} would cost {} against {od} On-Demand", format::money(v.chosen_cost())));
    } else {
        facts.push(format!(
            "it costs {} against {od} On-Demand {span}, a saving of {}",
            format::money(best.cost()),
            format::money(v.od_cost() - best.cost())
        ));
    }
    if best.cover != Cover::OnDemand {
        facts.extend(schedule_fact(read, best));
        let three_year = matches!(best.cover, Cover::Reserved(Term::ThreeYear, _));
        if three_year && s.migrates() && best.stranded() > 0.0 {
            facts.push(format!(
                "a 3-year RI is still the cheapest even though {} of it is stranded after month {}",
                format::money(best.stranded()),
                s.migrate_month
            ));
        }
        let chosen_said = rightsized && v.best_today == v.chosen;
        // Issue 37, item 7: a fact about "the RI you chose" only when the reader chose one; the
        // default plan to compare is an example (its figures stay in the plans table).
        if v.best != v.chosen && !chosen_said && read.chose_the_ri {
            facts.push(if v.chosen_loses_money() {
                format!(
                    "{chosen} you chose would cost {} more than On-Demand",
                    format::money(v.chosen_cost() - v.od_cost())
                )
            } else {
                format!("{chosen} you chose would cost {}", format::money(v.chosen_cost()))
            });
        }
    }
    if let (Some(i), false) = (v.best_rightsized, rightsized) {
        let class = read.rs_class.map_or("", class_words);
        facts.push(format!(
            "right-sizing to {class} first saves nothing here: its best plan costs {}",
            format::money(v.plans[i].cost())
        ));
    }
    // A verdict reads at a glance: at most four facts, the most important first.
    for f in facts.into_iter().take(4) {
        out.push(f);
    }
    out
}

pub fn warnings(read: &Read, r: &RiResult) -> Vec<Warning> {
    let s = &read.model;
    let mut w = Vec::new();
    if r.recommendation.wait_days > 0 {
        w.push(Warning::caution(
            format!(
                "This workload moved {} days ago: rajivonai.com's rule is no database RI in the first {WAIT_RULE_DAYS} \
                 days. Capture the 95th-percentile CPU and memory over those days, size down to them, and buy in {} days.",
                s.days_since_migration, r.recommendation.wait_days
            ),
            &[key::DAYS_SINCE_MIGRATION],
        ));
    }
    let v = &r.recommendation;
    let stranded = [(v.best(), "the recommended plan"), (v.chosen(), "your choice")]
        .into_iter()
        .find(|(p, _)| s.migrates() && p.stranded() > 0.0);
    if let Some((plan, whose)) = stranded {
        w.push(Warning::caution(
            format!(
                "The move planned at month {} leaves {} of {whose}'s commitment stranded: an RI is owed to the end \
                 of its term, cannot be resold or converted for RDS and Aurora, and does not move to another engine \
                 or to Aurora Serverless.",
                s.migrate_month,
                format::money(plan.stranded())
            ),
            &[key::MIGRATE_MONTH],
        ));
    }
    if r.recommendation.chosen_loses_money() {
        w.push(Warning::caution(
            format!(
                "{} you chose costs more than On-Demand {}: {} against {}.",
                format::capitalized(&cover_words(Cover::Reserved(s.chosen.term, s.chosen.payment))),
                over(read, r.recommendation.horizon_months),
                format::money(r.recommendation.chosen_cost()),
                format::money(r.recommendation.od_cost())
            ),
            &[key::TERM, key::PAYMENT, key::HOURS],
        ));
    }
    if s.footprint.hours_per_month < 730.0 {
        w.push(Warning::info(
            format!(
                "These instances run {} a month, but an RI is owed for all 730: the hours they are stopped are paid for.",
                format::value(s.footprint.hours_per_month, calc_core::Unit::HOURS_PER_MONTH)
            ),
            &[key::HOURS],
        ));
    }
    if s.dsp_discount > 0.0 && !s.dsp_eligible {
        w.push(if read.class == "custom" {
            Warning::info(
                "Database Savings Plans cover generation 7 and later classes only: say whether the class you priced \
                 is one (r7g, r7i, r8g, m7g, c7g…) and the plan is compared.",
                &[key::CUSTOM_GEN7, key::DSP_DISCOUNT],
            )
        } else {
            Warning::info(
                format!(
                    "Database Savings Plans cover generation 7 and later classes only; {} does not qualify, so the \
                     plan is left out.",
                    class_words(read.class)
                ),
                &[key::DSP_DISCOUNT, key::CLASS],
            )
        });
    }
    if s.dsp_discount > DSP_PROVISIONED_MAX && s.dsp_eligible {
        w.push(Warning::caution(
            format!(
                "{} is more than a Database Savings Plan takes off provisioned instances, about 20% at most (up to \
                 about 35% is for serverless usage): check the rate AWS quotes for this class.",
                format::percent(s.dsp_discount * 100.0)
            ),
            &[key::DSP_DISCOUNT],
        ));
    }
    if read.deployment == Deployment::MultiAz {
        w.push(Warning::info(
            "Multi-AZ RIs are a separate offering: a Single-AZ RI does not cover a Multi-AZ instance. The sheet's \
             Single-AZ prices are doubled here, as AWS says Multi-AZ costs approximately twice as much; enter the \
             Multi-AZ prices if you have them.",
            &[key::DEPLOYMENT],
        ));
    }
    if let Some(warning) = unconfirmed_prices(read, r) {
        w.push(warning);
    } else if read.sheet_prices.iter().any(|p| p.uncertain) {
        w.push(Warning::caution(
            format!(
                "Some default prices here are old or third-party figures (the oldest from {}): check them against the \
                 AWS console or price list and enter today's prices for a decision.",
                read.sheet_prices.iter().map(|p| p.as_of).min().map_or(String::new(), |d| d.to_string())
            ),
            &[key::OD_HOURLY, key::RI_UPFRONT, key::RI_HOURLY],
        ));
    }
    w
}

/// The sheet prices the recommended plan rests on that the user has not entered: On-Demand (the
/// baseline of every saving) and each offer the plan buys. Said when the user typed some price
/// (so the answer could be decided by an older sheet figure beside it) or one of them is an old or
/// third-party figure.
fn unconfirmed_prices(read: &Read, r: &RiResult) -> Option<Warning> {
    let best = r.recommendation.best();
    let rs_class = read.rs_class.map_or("", class_words);
    let mut named: Vec<String> = Vec::new();
    let mut basis: Vec<&'static calc_core::Price> = Vec::new();
    let mut fields: Vec<&'static str> = Vec::new();
    let mut od = |origin: &Provenance, at: &str, field: &'static str, value: f64| {
        if *origin != Provenance::Input {
            let prices = origin.prices();
            named.push(format!("On-Demand{at} at {}{}", hourly_text(value), dated(&prices)));
            basis.extend(prices);
            fields.push(field);
        }
    };
    od(&read.od, "", key::OD_HOURLY, read.model.footprint.od_hourly);
    if let (Size::RightSized, Some(origin), Some(rs)) = (best.size, &read.rs_od, &read.model.rightsized) {
        od(origin, &format!(" for {rs_class}"), key::RS_OD_HOURLY, rs.footprint.od_hourly);
    }
    let mut seen = Vec::new();
    for seg in best.purchases() {
        let Cover::Reserved(t, p) = seg.cover else { continue };
        if seen.contains(&(seg.size, t, p)) {
            continue;
        }
        seen.push((seg.size, t, p));
        let (offers, at) = match seg.size {
            Size::Today => (&read.offers, String::new()),
            Size::RightSized => (&read.rs_offers, format!(" for {rs_class}")),
        };
        let Some(o) = offers.iter().find(|o| (o.offer.term, o.offer.payment) == (t, p)) else { continue };
        if !o.confirmed() {
            named.push(format!(
                "{}{at} at {}{}",
                offer_name(t, p),
                crate::fields::offer_prices_text(&o.offer),
                dated(&o.basis)
            ));
            basis.extend(o.basis.iter().copied());
            fields.extend(o.keys.iter().flatten().copied());
        }
    }
    let uncertain = basis.iter().any(|p| p.uncertain);
    if named.is_empty() || !(read.typed_a_price || uncertain) {
        return None;
    }
    fields.sort_unstable();
    fields.dedup();
    Some(Warning::caution(
        format!(
            "The answer rests on prices from the sheet that you have not entered: {}. Check them against the AWS \
             console and enter today's figures to confirm the answer.",
            named.join("; ")
        ),
        &fields,
    ))
}

/// " (2021-08-03, an old or third-party figure)": the oldest date behind a price.
fn dated(prices: &[&'static calc_core::Price]) -> String {
    let Some(oldest) = prices.iter().map(|p| p.as_of).min() else {
        return String::new();
    };
    if prices.iter().any(|p| p.uncertain) {
        format!(" ({oldest}, an old or third-party figure)")
    } else {
        format!(" ({oldest})")
    }
}

pub fn notes(read: &Read, r: &RiResult) -> Vec<String> {
    let s = &read.model;
    let mut notes = Vec::new();
    if let Some(m) = r.breakeven_month {
        let term = f64::from(s.chosen.term.months());
        notes.push(if m <= term {
            format!(
                "The instances must keep running {} for the RI you chose to beat On-Demand; its term is {} months.",
                format::months(m),
                s.chosen.term.months()
            )
        } else {
            format!(
                "Break-even ({}) falls after the {}-month term: at these hours the RI you chose never beats On-Demand.",
                format::months(m),
                s.chosen.term.months()
            )
        });
    }
    // The plans are ranked by cash over the horizon; say so when the discount rate ranks another
    // one higher in today's money.
    let v = &r.recommendation;
    let npv = |p: &Plan| crate::model::plan_npv(&v.plans[0], p, s.discount_rate);
    let best_npv = npv(v.best());
    if let Some(p) =
        v.plans.iter().filter(|p| npv(p) - best_npv >= 0.5).max_by(|a, b| npv(a).total_cmp(&npv(b)))
    {
        notes.push(format!(
            "At your {} discount rate, {} is worth {} more in today's money than the recommended plan, although it \
             costs {} more in cash {}: it pays later.",
            format::percent(s.discount_rate * 100.0),
            schedule(read, p),
            format::money(npv(p) - best_npv),
            format::money(p.cost() - v.best().cost()),
            over(read, v.horizon_months)
        ));
    }
    if read.engine.key().starts_with("aurora") {
        notes.push(
            "Aurora PostgreSQL and Aurora MySQL share instance rates; RIs are still tied to one engine."
                .to_string(),
        );
    }
    notes
}

impl Read {
    pub fn engine_label(&self) -> &'static str {
        self.engine.label()
    }
}
