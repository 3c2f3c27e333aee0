//! The words: the verdict, the warnings the inputs trigger, notes, and option names.

use crate::fields::{class_words, key, offer_name, Deployment, Read};
use crate::model::{Choice, Report, WAIT_RULE_DAYS};
use calc_core::{format, ChoiceEnum, Warning};

fn choice_words(c: Choice) -> String {
    match c {
        Choice::OnDemand => "On-Demand".to_string(),
        Choice::Reserved(t, p) => format!("the {} RI", offer_name(t, p)),
        Choice::SavingsPlan => "a 1-year Database Savings Plan".to_string(),
    }
}

/// "over 36 months" or "over the 18 months before the migration".
fn over(read: &Read, months: u32) -> String {
    if read.scenario.migrate_month > 0 {
        format!("over the {months} months before the migration")
    } else {
        format!("over {months} months")
    }
}

/// "Decision: fact; fact." The decision is what to do now; right-sizing first and the 90-day
/// wait change the decision itself rather than trailing after it.
pub fn verdict(read: &Read, r: &Report) -> String {
    let v = &r.verdict;
    let s = &read.scenario;
    let span = over(read, v.horizon_months);
    let chosen = choice_words(Choice::Reserved(s.chosen.term, s.chosen.payment));
    let mut facts = Vec::new();
    let mut decision = match v.cheapest {
        Choice::OnDemand => {
            facts.push(format!("no commitment beats On-Demand {span}"));
            facts.push(format!(
                "{chosen} would cost {} against {} On-Demand",
                format::money(v.chosen_cost),
                format::money(v.od_cost)
            ));
            "Stay On-Demand".to_string()
        }
        best => {
            facts.push(format!(
                "it costs {} against {} On-Demand {span}, a saving of {}",
                format::money(v.cheapest_cost),
                format::money(v.od_cost),
                format::money(v.od_cost - v.cheapest_cost)
            ));
            format!("Buy {}", choice_words(best))
        }
    };
    if v.three_year_cheapest_despite_migration {
        if let Some(m) = &r.migration {
            facts.push(format!(
                "a 3-year RI is still the cheapest even though {} of it is stranded after month {}",
                format::money(m.stranded_cost),
                s.migrate_month
            ));
        }
    }
    if v.cheapest != Choice::Reserved(s.chosen.term, s.chosen.payment) && v.cheapest != Choice::OnDemand {
        if v.chosen_loses_money {
            facts.push(format!(
                "{chosen} you chose would cost {} more than On-Demand",
                format::money(v.chosen_cost - v.od_cost)
            ));
        } else {
            facts.push(format!("{chosen} you chose would cost {}", format::money(v.chosen_cost)));
        }
    }
    if v.rightsize_first {
        if let (Some(cost), Some(class)) = (v.rightsize_cost, read.rs_class) {
            facts.insert(
                0,
                format!(
                    "the same {} RI then costs {} {span}, {} less than buying it now",
                    offer_name(s.chosen.term, s.chosen.payment),
                    format::money(cost),
                    format::money(v.chosen_cost - cost)
                ),
            );
            if let Some(today) = facts.get_mut(1) {
                *today = format!("at today's size {}", today.replacen("it costs", "the RI costs", 1));
            }
            decision = format!("Right-size to {} before committing", class_words(class));
        }
    }
    if v.wait_days > 0 {
        facts
            .insert(0, format!("wait {} more days (the 90-day rule) and size on the P95 first", v.wait_days));
        facts.insert(1, format!("then {}", lower_first(&decision)));
        decision = "Do not buy yet".to_string();
    }
    format!("{decision}: {}.", facts.join("; "))
}

pub fn warnings(read: &Read, r: &Report) -> Vec<Warning> {
    let s = &read.scenario;
    let mut w = Vec::new();
    if r.verdict.wait_days > 0 {
        w.push(Warning::caution(
            format!(
                "This workload moved {} days ago: rajivonai.com's rule is no database RI in the first {WAIT_RULE_DAYS} \
                 days. Capture the 95th-percentile CPU and memory over those days, size down to them, and buy in {} days.",
                s.days_since_migration, r.verdict.wait_days
            ),
            &[key::DAYS_SINCE_MIGRATION],
        ));
    }
    if let Some(m) = &r.migration {
        w.push(Warning::caution(
            format!(
                "The move planned at month {} leaves {} of the commitment stranded: an RI is owed to the end of its \
                 term, cannot be resold or converted for RDS and Aurora, and does not move to another engine or to \
                 Aurora Serverless.",
                s.migrate_month,
                format::money(m.stranded_cost)
            ),
            &[key::MIGRATE_MONTH],
        ));
    }
    if r.verdict.chosen_loses_money {
        w.push(Warning::caution(
            format!(
                "{} you chose costs more than On-Demand {}: {} against {}.",
                upper_first(&choice_words(Choice::Reserved(s.chosen.term, s.chosen.payment))),
                over(read, r.verdict.horizon_months),
                format::money(r.verdict.chosen_cost),
                format::money(r.verdict.od_cost)
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
        w.push(Warning::info(
            format!(
                "Database Savings Plans cover generation 7 and later classes only; {} does not qualify, so the plan is \
                 left out.",
                class_words(read.class)
            ),
            &[key::DSP_DISCOUNT, key::CLASS],
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
    if read.sheet_prices.iter().any(|p| p.note.starts_with("[U")) {
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

pub fn notes(read: &Read, r: &Report) -> Vec<String> {
    let s = &read.scenario;
    let mut notes = Vec::new();
    if let Some(m) = r.breakeven_month {
        let term = f64::from(s.chosen.term.months());
        notes.push(if m <= term {
            format!(
                "The instances must keep running {} for the RI to beat On-Demand; the term is {} months.",
                format::months(m),
                s.chosen.term.months()
            )
        } else {
            format!(
                "Break-even ({}) falls after the {}-month term: at these hours the RI never beats On-Demand.",
                format::months(m),
                s.chosen.term.months()
            )
        });
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

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().collect::<String>() + chars.as_str())
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_lowercase().collect::<String>() + chars.as_str())
}
