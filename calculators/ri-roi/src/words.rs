//! The words: the verdict, the warnings the inputs trigger, notes, and option names.

use crate::fields::{class_words, key, offer_name, Deployment, Read};
use crate::model::{Plan, RiResult, WAIT_RULE_DAYS};
use calc_core::{format, ChoiceEnum, Decision, Verdict, Warning};

fn plan_words(p: Plan) -> String {
    match p {
        Plan::OnDemand => "On-Demand".to_string(),
        Plan::Reserved(t, p) => format!("the {} RI", offer_name(t, p)),
        Plan::SavingsPlan => "a 1-year Database Savings Plan".to_string(),
    }
}

/// "over 36 months" or "over the 18 months before the migration".
fn over(read: &Read, months: u32) -> String {
    if read.model.migrate_month > 0 {
        format!("over the {months} months before the migration")
    } else {
        format!("over {months} months")
    }
}

/// Every decision the verdict can reach.
pub const STAY_ON_DEMAND: Decision = Decision::new("stay_on_demand", "Stay On-Demand");
pub const BUY_RI: Decision = Decision::new("buy_ri", "Buy a Reserved Instance");
pub const BUY_SAVINGS_PLAN: Decision =
    Decision::new("buy_savings_plan", "Buy a 1-year Database Savings Plan");
pub const RIGHTSIZE_FIRST: Decision = Decision::new("rightsize_first", "Right-size before committing");
pub const DO_NOT_BUY_YET: Decision = Decision::new("do_not_buy_yet", "Do not buy yet");
pub const DECISIONS: &[Decision] =
    &[STAY_ON_DEMAND, BUY_RI, BUY_SAVINGS_PLAN, RIGHTSIZE_FIRST, DO_NOT_BUY_YET];

/// What the same RI costs over the horizon after right-sizing, and the right-sized class, when
/// right-sizing first wins.
fn rightsized(read: &Read, r: &RiResult) -> Option<(f64, &'static str)> {
    let v = &r.recommendation;
    v.rightsize_cost.zip(read.rs_class).filter(|_| v.rightsize_first)
}

/// What to do once a purchase is allowed: right-size first, or the cheapest plan.
fn action(read: &Read, r: &RiResult) -> Verdict {
    if let Some((_, class)) = rightsized(read, r) {
        return Verdict::new(
            RIGHTSIZE_FIRST,
            format!("Right-size to {} before committing", class_words(class)),
        );
    }
    match r.recommendation.cheapest {
        Plan::OnDemand => Verdict::plain(STAY_ON_DEMAND),
        best @ Plan::Reserved(..) => Verdict::new(BUY_RI, format!("Buy {}", plan_words(best))),
        best @ Plan::SavingsPlan => Verdict::new(BUY_SAVINGS_PLAN, format!("Buy {}", plan_words(best))),
    }
}

/// The decision is what to do now; the 90-day wait and right-sizing first change the decision
/// itself rather than trailing after it.
pub fn verdict(read: &Read, r: &RiResult) -> Verdict {
    let v = &r.recommendation;
    let s = &read.model;
    let span = over(read, v.horizon_months);
    let chosen = plan_words(Plan::Reserved(s.chosen.term, s.chosen.payment));
    let action = action(read, r);
    let mut out = if v.wait_days > 0 {
        Verdict::plain(DO_NOT_BUY_YET)
            .fact(format!("wait {} more days (the 90-day rule) and size on the P95 first", v.wait_days))
            .fact(format!("then {}", lower_first(&action.words)))
    } else {
        action
    };
    let rightsized = rightsized(read, r);
    if let Some((cost, _)) = rightsized {
        out.push(format!(
            "the same {} RI then costs {} {span}, {} less than buying it now",
            offer_name(s.chosen.term, s.chosen.payment),
            format::money(cost),
            format::money(v.chosen_cost - cost)
        ));
    }
    let today = if rightsized.is_some() { "at today's size " } else { "" };
    if v.cheapest == Plan::OnDemand {
        out.push(format!("{today}no commitment beats On-Demand {span}"));
        out.push(format!(
            "{chosen} would cost {} against {} On-Demand",
            format::money(v.chosen_cost),
            format::money(v.od_cost)
        ));
    } else {
        out.push(format!(
            "{today}{} costs {} against {} On-Demand {span}, a saving of {}",
            if rightsized.is_some() { "the RI" } else { "it" },
            format::money(v.cheapest_cost),
            format::money(v.od_cost),
            format::money(v.od_cost - v.cheapest_cost)
        ));
    }
    if let Some(m) = r.migration.as_ref().filter(|_| v.three_year_cheapest_despite_migration) {
        out.push(format!(
            "a 3-year RI is still the cheapest even though {} of it is stranded after month {}",
            format::money(m.stranded_cost),
            s.migrate_month
        ));
    }
    if v.cheapest != Plan::Reserved(s.chosen.term, s.chosen.payment) && v.cheapest != Plan::OnDemand {
        out.push(if v.chosen_loses_money {
            format!(
                "{chosen} you chose would cost {} more than On-Demand",
                format::money(v.chosen_cost - v.od_cost)
            )
        } else {
            format!("{chosen} you chose would cost {}", format::money(v.chosen_cost))
        });
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
    if r.recommendation.chosen_loses_money {
        w.push(Warning::caution(
            format!(
                "{} you chose costs more than On-Demand {}: {} against {}.",
                upper_first(&plan_words(Plan::Reserved(s.chosen.term, s.chosen.payment))),
                over(read, r.recommendation.horizon_months),
                format::money(r.recommendation.chosen_cost),
                format::money(r.recommendation.od_cost)
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

pub fn notes(read: &Read, r: &RiResult) -> Vec<String> {
    let s = &read.model;
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
