//! The words: domain phrasing, the verdict, the warnings the inputs trigger, and notes.

use crate::fields::{key, region_name, stands_in, Read};
use crate::model::{
    Acquire, AhbInputs, AhbResult, Edition, Lapse, PurchaseModel, Service, Tier, BILLING_HOURS, VM_MIN_CORES,
};
use calc_core::{format, ChoiceEnum, Decision, Provenance, Verdict, Warning};

/// What a price is per: "vCPU" on VMs, "vCore" otherwise.
pub fn vcore(service: Service) -> &'static str {
    match service {
        Service::Vm => "vCPU",
        Service::SqlDb | Service::SqlMi => "vCore",
    }
}

/// What must be paid for, as the object of "pays back …".
pub fn acquisition(a: Acquire) -> &'static str {
    match a {
        Acquire::Sa => "the new SA",
        Acquire::LicenseSa => "the new licences and SA",
        Acquire::Subscription => "the SQL Server subscription",
    }
}

/// The recurring payment: "SA" or "subscription".
pub fn recurring(a: Acquire) -> &'static str {
    match a {
        Acquire::Sa | Acquire::LicenseSa => "SA",
        Acquire::Subscription => "subscription",
    }
}

/// "3-year net saving $12,048" or, when the horizon ends behind, "3-year net cost $4,100":
/// a loss is never called a saving.
fn horizon_net(years: u32, net: f64) -> String {
    if net >= 0.0 {
        format!("{years}-year net saving {}", format::money(net))
    } else {
        format!("{years}-year net cost {}", format::money(-net))
    }
}

/// Every decision the verdict can reach.
pub const MOVE_TO_VCORE: Decision = Decision::new("move_to_vcore", "Move to the vCore model first");
pub const NO_HYPERSCALE_SAVING: Decision =
    Decision::new("no_hyperscale_saving", "No AHB saving on Hyperscale");
pub const SAVES_NOTHING: Decision = Decision::tie("saves_nothing", "AHB saves nothing at these prices");
pub const DO_NOT_USE: Decision = Decision::new("do_not_use", "Do not use AHB at these prices");
pub const USE_AHB: Decision = Decision::new("use_ahb", "Use AHB");
pub const DO_NOT_BUY: Decision = Decision::new("do_not_buy", "Do not buy for AHB");
/// The net over the horizon is a saving at the reader's renewal increase but a cost at another
/// the range shows (0–15%): the card's own range crosses the decision.
pub const TOO_CLOSE: Decision = Decision::new("too_close", "Too close to call");
pub const DECISIONS: &[Decision] =
    &[MOVE_TO_VCORE, NO_HYPERSCALE_SAVING, SAVES_NOTHING, DO_NOT_USE, USE_AHB, DO_NOT_BUY, TOO_CLOSE];

/// A DTU database: no AHB until it moves to the vCore model.
pub fn dtu_verdict() -> Verdict {
    Verdict::plain(MOVE_TO_VCORE)
        .fact("AHB is not available for DTU-based databases, so there is no saving to compute")
        .fact(
            "move the database to General Purpose, Business Critical or Hyperscale, then set the \
             purchasing model to vCore, with its vCore count, to see the AHB saving and break-even",
        )
}

pub fn verdict(i: &AhbInputs, m: &AhbResult) -> Verdict {
    let f = &m.plan.flows;
    let net = horizon_net(i.years, f.net());
    if m.saving_months == Some(0) {
        let v = Verdict::new(NO_HYPERSCALE_SAVING, format!("No AHB saving on Hyperscale from {}", i.start)).fact(
            "new Hyperscale databases carry no SQL licence charge, and existing ones lose AHB in December 2026",
        );
        return v.fact(if f.total_costs() > 0.0 {
            format!(
                "do not buy licences, SA or a subscription for it: {} would be paid for nothing",
                format::money(f.total_costs())
            )
        } else {
            "do not buy licences, SA or a subscription for it".to_string()
        });
    }
    if m.monthly_saving <= 0.0 {
        return if f.total_costs() <= 0.0 {
            Verdict::plain(SAVES_NOTHING).fact("the licence-included and AHB prices are equal")
        } else {
            Verdict::plain(DO_NOT_USE).fact(format!(
                "the licence-included and AHB prices are equal, so {} would cost {} for nothing",
                acquisition(i.acquire),
                format::money(f.total_costs())
            ))
        };
    }
    // Every share names its base: the monthly saving of the monthly bill, the net over the
    // horizon of the licence-included bill over the same horizon.
    let monthly_share = m
        .saving_share
        .map(|s| format!(" ({} of the monthly licence-included bill)", format::percent(s * 100.0)));
    let horizon_share = (m.li_horizon > 0.0 && f.net() > 0.0).then(|| {
        format!(
            " ({} of the {} licence-included bill over {})",
            format::percent(f.net() / m.li_horizon * 100.0),
            format::money(m.li_horizon),
            format::years(i.years)
        )
    });
    if f.total_costs() <= 0.0 {
        let mut v = Verdict::plain(USE_AHB)
            .fact(format!(
                "the {} cores you already have with active SA cover the {} needed, so it saves {}/month{} \
                 from day one",
                format::count(i.cores_owned),
                format::count(m.cores_needed),
                format::money(m.monthly_saving),
                monthly_share.unwrap_or_default()
            ))
            .fact(format!("{net}{}", horizon_share.unwrap_or_default()));
        // Nothing paid so far; a renewal that would not pay is still worth saying.
        if let Some(lapse) = m.plan.lapse.as_ref().filter(|l| l.renewal > 0.0) {
            v.push(lapse_words(i, m, lapse));
        }
        return v;
    }
    if !m.recommended {
        return do_not_buy(i, m);
    }
    let mut v = Verdict::plain(USE_AHB).fact(format!("{net}{}", horizon_share.unwrap_or_default()));
    let what =
        if m.cores_to_acquire > 0.0 { acquisition(i.acquire) } else { "keeping SA on the cores you own" };
    if let Some(each) = each_year_payback_words(m) {
        v.push(format!("{what} pays back {each}"));
    } else {
        // A yearly payment that puts the lines behind again is said with the first payback.
        let b = f.breakeven();
        let behind = match (b.at, b.temporary.is_empty()) {
            (Some(t), false) => format!(
                ", behind again after each yearly {} payment until {}",
                recurring(i.acquire),
                format::months(t)
            ),
            _ => String::new(),
        };
        match f.first_payback() {
            Some(t) if t <= 0.0 => v.push(format!("the saving starts at once{behind}")),
            Some(t) => v.push(format!("first payback of {what} at {}{behind}", format::months(t))),
            None => v.push(format!("{what} does not pay back within {}", format::years(i.years))),
        }
    }
    // The net card's range runs from a saving to a cost: which it is rests on the renewal
    // increase, so the verdict says so and names what to get, instead of "Use AHB".
    if let Some(worst) =
        m.range.iter().filter(|p| p.net < 0.0).max_by(|a, b| a.increase_pct.total_cmp(&b.increase_pct))
    {
        // The payback just said stays, as the timeline at the reader's increase.
        let payback = v.facts.pop();
        let mut t = Verdict::new(TOO_CLOSE, "Too close to call: get the renewal quote first")
            .fact(format!(
                "{net} with renewals rising {} a year, but at {} a year it would be a {}-year net cost of {}",
                format::percent(i.sa_increase),
                format::percent(worst.increase_pct),
                i.years,
                format::money(-worst.net)
            ))
            .fact(format!(
                "get the {} renewal quote for all {} and type its yearly increase: buy only if the net stays a saving",
                recurring(i.acquire),
                format::years(i.years)
            ));
        t.facts.extend(payback);
        return t;
    }
    if let Some(lapse) = &m.plan.lapse {
        v.push(lapse_words(i, m, lapse));
    }
    // Said here only while the verdict has room for it and the region (a warning says it too).
    if m.owned_sa_yearly > 0.0 && m.plan.years.len() > 1 && v.facts.len() < 3 {
        v.push(format!(
            "keeping SA on the {} cores you own costs {} a year from month 12",
            format::count(m.owned_used),
            format::money(m.owned_sa_yearly)
        ));
    }
    v
}

/// Buying for AHB costs more than it saves over the horizon: the recommended plan stays on
/// licence-included pricing, and the verdict says what buying would cost and save.
fn do_not_buy(i: &AhbInputs, m: &AhbResult) -> Verdict {
    let f = &m.plan.flows;
    let mut v = Verdict::new(DO_NOT_BUY, format!("Do not buy for AHB over {}", format::years(i.years))).fact(
        format!(
            "buying {} would be a {}-year net cost of {}",
            acquisition(i.acquire),
            i.years,
            format::money(-f.net())
        ),
    );
    let ahb_months = m.saving_months.unwrap_or(m.months).min(m.months);
    if ahb_months < m.months {
        v.push(format!(
            "AHB would save {} in {} before it ends for Hyperscale in December 2026, less than the {} paid",
            format::money(f.total_savings()),
            format::plural(ahb_months as f64, "month", "months"),
            format::money(f.total_costs())
        ));
    } else {
        let they = if i.acquire == Acquire::LicenseSa { "they" } else { "it" };
        let (paid, saved) = (format::money(f.total_costs()), format::money(f.total_savings()));
        v.push(match m.plan.years.len() {
            n if n >= i.years as usize => {
                format!("{they} would cost {paid} over {} against {saved} saved", format::years(i.years))
            }
            1 => format!(
                "even with no renewal, {they} would cost {paid} against {saved} saved in the first year"
            ),
            n => format!(
                "even renewed only for the {n} years that pay, {they} would cost {paid} against {saved} saved"
            ),
        });
    }
    v
}

/// What lapses: the SA or subscription bought for AHB, the SA on the owned cores, or both.
fn renewed(i: &AhbInputs, m: &AhbResult) -> String {
    match (m.cores_to_acquire > 0.0, m.owned_sa_yearly > 0.0) {
        (true, true) => format!("{} and the SA on the cores you own", recurring(i.acquire)),
        (false, true) => "SA on the cores you own".to_string(),
        _ => recurring(i.acquire).to_string(),
    }
}

/// "let the subscription lapse at month 12: AHB for Hyperscale ends in December 2026".
fn lapse_words(i: &AhbInputs, m: &AhbResult, lapse: &Lapse) -> String {
    let at = format!("let the {} lapse at month {}", renewed(i, m), lapse.year * 12);
    if lapse.ahb_months == 0 {
        format!("{at}: AHB for Hyperscale ends in December 2026")
    } else if lapse.ahb_months < 12 {
        format!(
            "{at}: its {} renewal would save only {} before AHB for Hyperscale ends in December 2026",
            format::money(lapse.renewal),
            format::money(lapse.saving)
        )
    } else {
        format!(
            "{at}: its {} renewal would save only {} that year",
            format::money(lapse.renewal),
            format::money(lapse.saving)
        )
    }
}

/// The payback of each year's payment, as a figure shows it, when every year paid for repays
/// its own payment within the year and all read the same ("9.3 months").
pub fn each_year_payback(m: &AhbResult) -> Option<String> {
    if !m.plan.pays_back_each_year(m.monthly_saving) {
        return None;
    }
    let shown: Vec<String> =
        m.plan.year_paybacks(m.monthly_saving).into_iter().flatten().map(format::months).collect();
    shown.iter().all(|s| *s == shown[0]).then(|| shown[0].clone())
}

/// "in 9.3 months of each year", or, when renewal increases make them differ, "within each
/// year, in 9.3 months in year 1 to 9.7 months in year 3".
fn each_year_payback_words(m: &AhbResult) -> Option<String> {
    if let Some(each) = each_year_payback(m) {
        return Some(format!("in {each} of each year"));
    }
    if !m.plan.pays_back_each_year(m.monthly_saving) {
        return None;
    }
    let paybacks: Vec<f64> = m.plan.year_paybacks(m.monthly_saving).into_iter().flatten().collect();
    let (first, last) = (paybacks[0], paybacks[paybacks.len() - 1]);
    Some(format!(
        "within each year, in {} in year 1 to {} in year {}",
        format::months(first),
        format::months(last),
        paybacks.len()
    ))
}

/// Which compute price the figures rest on: the chosen region's and its date (or another
/// region's standing in for it), or the user's own. Pushed last onto every verdict that prices.
pub fn priced_at(read: &Read) -> String {
    let i = &read.model;
    let rate = format!("{} per {}-hour", format::rate(i.base_vcore_hour), vcore(i.service));
    let region = region_name(read.region);
    match &read.base {
        Provenance::Sheet(p) if stands_in(p) => format!(
            "compute priced at another region's pay-as-you-go rate standing in for {region} ({rate}, as of {}); \
             enter yours under Prices",
            p.as_of
        ),
        Provenance::Sheet(p) => format!(
            "compute priced at {region} pay-as-you-go rates ({rate}, as of {}); enter yours under Prices",
            p.as_of
        ),
        _ => format!("compute priced at your rate ({rate}), so the region changes nothing"),
    }
}

pub fn warnings(read: &Read, m: &AhbResult) -> Vec<Warning> {
    let i = &read.model;
    let mut out = Vec::new();
    if i.model == PurchaseModel::Dtu {
        out.push(Warning::caution(
            "DTU model: legacy DTU-based Azure SQL databases do not support Azure Hybrid Benefit. \
             You must migrate the database to the vCore model first (General Purpose, Business \
             Critical or Hyperscale), then apply your licences.",
            &[key::MODEL],
        ));
        return out;
    }
    if m.saving_months != Some(0) {
        out.push(Warning::caution(
            format!(
                "Compliance: assign AHB only to vCores covered by core licences with active SA or a \
                 subscription ({} {} cores here), and keep a record of which licences cover which \
                 resources. Over-assigning cores in the cloud is non-compliant and is what triggers \
                 audit penalties from Microsoft; Azure's central licence assignment helps track it.",
                format::count(m.cores_needed),
                i.edition.label()
            ),
            &[key::CORES_OWNED, key::VCORES, key::INSTANCES, key::EDITION],
        ));
    }
    if i.acquire == Acquire::Sa && m.cores_to_acquire > 0.0 {
        out.push(Warning::caution(
            "SA is sold with a licence or renewed before it lapses; licences whose SA has already \
             lapsed generally cannot get new SA. This option prices renewing SA you would otherwise \
             drop; otherwise compare 'licences plus SA' or a subscription.",
            &[key::ACQUIRE],
        ));
    }
    if m.owned_sa_yearly > 0.0 {
        out.push(Warning::info(
            format!(
                "Keeping AHB on the {} cores you own needs their SA renewed: {} a year from the first \
                 renewal (assumed at month 12, after the 180-day dual-use window), counted as a cost of \
                 AHB. Tick 'We would renew SA on those cores anyway' if the on-premises servers keep them.",
                format::count(m.owned_used),
                format::money(m.owned_sa_yearly)
            ),
            &[key::CORES_OWNED, key::SA_RENEWED_ANYWAY],
        ));
    }
    if i.service == Service::SqlDb && i.tier == Tier::Hs {
        out.push(Warning::caution(
            "Hyperscale: databases created since 2023-12-15 carry no SQL licence charge, so AHB has \
             nothing to save on them; existing provisioned Hyperscale databases keep AHB only until \
             December 2026, when Microsoft removes the licence charge for them too. The saving here \
             stops then (from the start date you set).",
            &[key::TIER],
        ));
    }
    if i.service == Service::SqlDb && i.tier != Tier::Bc {
        out.push(Warning::info(
            "Serverless: this models provisioned compute. Serverless databases cannot use AHB; \
             they always pay the licence-included price.",
            &[key::SERVICE, key::TIER],
        ));
    }
    if i.service == Service::Vm && i.vcores < VM_MIN_CORES {
        out.push(Warning::info(
            format!(
                "Each VM needs at least 4 core licences, so a {}-vCPU VM is licensed (and billed \
                 licence-included) as 4 vCPUs.",
                format::count(i.vcores)
            ),
            &[key::VCORES],
        ));
    }
    if i.service == Service::Vm && read.base != Provenance::Input {
        out.push(Warning::info(
            "VM compute: the default AHB price is an example size (a general purpose D-series VM in \
             East US, without the Windows Server licence, as of 2025-12-01). Enter your VM's hourly \
             rate ÷ its vCPUs; Windows Server licensing (and its own AHB) is not modelled.",
            &[key::BASE_VCORE_HOUR],
        ));
    }
    if i.service == Service::Vm && read.li != Provenance::Input {
        out.push(Warning::info(
            format!(
                "No price was found for the Azure VM SQL Server licence meter: the default uses the \
                 Azure Arc pay-as-you-go {} licence per core-month ÷ {} hours as a proxy. Enter \
                 your VM's licence-included rate ÷ vCPUs if you have it.",
                i.edition.label(),
                calc_core::decimal::display(BILLING_HOURS)
            ),
            &[key::LI_VCORE_HOUR],
        ));
    }
    if i.service == Service::SqlMi && !(read.li == Provenance::Input && read.base == Provenance::Input) {
        let compute = match &read.base {
            Provenance::Sheet(p) if stands_in(p) => format!(
                "the compute price is West Europe's, standing in for {} (no citable price was found \
                 there), and ",
                region_name(read.region)
            ),
            Provenance::Sheet(p) => format!("the compute price is West Europe's of {}, and ", p.as_of),
            _ => String::new(),
        };
        out.push(Warning::info(
            format!(
                "Managed Instance defaults: {compute}the Business Critical licence meter is the SQL \
                 Database one used as a proxy. The saving rests on the Global licence meter, so it does \
                 not depend on region."
            ),
            &[key::LI_VCORE_HOUR, key::BASE_VCORE_HOUR, key::REGION],
        ));
    }
    if i.cores_owned > m.cores_needed {
        out.push(Warning::info(
            format!(
                "You have {} more cores with SA than this workload needs; they stay available for \
                 other workloads.",
                format::count(i.cores_owned - m.cores_needed)
            ),
            &[key::CORES_OWNED],
        ));
    }
    out
}

pub fn coverage_sentence(i: &AhbInputs, m: &AhbResult) -> String {
    let ed = i.edition.label();
    let packs = if m.cores_exact != m.cores_needed {
        format!(" ({} rounded up to whole cores)", format::count(m.cores_exact))
    } else {
        String::new()
    };
    if i.service == Service::Vm {
        return format!(
            "{} × {} vCPUs need {} {ed} cores{packs}: one core licence per vCPU, with a minimum of 4 \
             per VM.",
            format::plural(i.instances, "VM", "VMs"),
            format::count(i.vcores),
            format::count(m.cores_needed)
        );
    }
    let rule = match (i.edition, i.tier) {
        (Edition::Enterprise, Tier::Bc) => "1 Enterprise core with SA covers 1 Business Critical vCore",
        (Edition::Enterprise, _) => "1 Enterprise core with SA covers 4 General Purpose or Hyperscale vCores",
        (Edition::Standard, Tier::Bc) => "4 Standard cores with SA cover 1 Business Critical vCore",
        (Edition::Standard, _) => "1 Standard core with SA covers 1 General Purpose or Hyperscale vCore",
    };
    format!(
        "{} {} vCores ({}) need {} {ed} cores{packs}: {rule}.",
        format::count(m.vcores_total),
        i.tier.label(),
        i.service.label(),
        format::count(m.cores_needed)
    )
}

pub fn notes(i: &AhbInputs, m: &AhbResult) -> Vec<String> {
    let mut out = Vec::new();
    // Once Hyperscale's AHB has ended there is no licence to count and nothing to renew.
    if m.saving_months == Some(0) {
        return out;
    }
    if m.eligible {
        out.push(coverage_sentence(i, m));
        if i.service == Service::Vm && i.edition == Edition::Enterprise {
            out.push(
                "On VMs, an Enterprise core can instead cover 4 vCPUs of a VM running Standard \
                 edition; that option is not modelled here."
                    .to_string(),
            );
        }
    }
    if m.eligible && m.cores_to_acquire > 0.0 {
        let escal = match i.acquire {
            Acquire::Subscription => "Subscription renewals are escalated by the same renewal increase",
            _ => "SA renewals are escalated by the renewal increase",
        };
        out.push(format!(
            "{escal} ({} a year). Licences are paid at month 0; SA and subscriptions yearly in advance \
             (months 0, 12, 24…) and renewed only while the year they pay for saves more than they \
             cost, so the lines can cross more than once: the first payback is the first crossing, \
             the break-even the one after which savings stay ahead to the end of the horizon.",
            format::percent(i.sa_increase)
        ));
    }
    out
}
