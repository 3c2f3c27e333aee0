//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{
    dsp_eligible, is_offered, Footprint, Payment, RiInputs, RiOffer, RightSized, Term, MAX_MIGRATE_MONTH,
};
use calc_core::{
    choices, format, Choice, ChoiceEnum, Field, FieldError, FieldKind, Inputs, Price, PriceSheet, Provenance,
    Unit,
};

/// Every URL key, spelled once.
pub mod key {
    pub const ENGINE: &str = "engine";
    pub const CLASS: &str = "class";
    pub const DEPLOYMENT: &str = "deployment";
    pub const INSTANCES: &str = "instances";
    pub const HOURS: &str = "hours";
    pub const OD_HOURLY: &str = "od_hourly";
    pub const TERM: &str = "term";
    pub const PAYMENT: &str = "payment";
    pub const RI_UPFRONT: &str = "ri_upfront";
    pub const RI_HOURLY: &str = "ri_hourly";
    pub const RS_CLASS: &str = "rs_class";
    pub const RS_OD_HOURLY: &str = "rs_od_hourly";
    pub const RS_RI_UPFRONT: &str = "rs_ri_upfront";
    pub const RS_RI_HOURLY: &str = "rs_ri_hourly";
    pub const DAYS_SINCE_MIGRATION: &str = "days_since_migration";
    pub const MIGRATE_MONTH: &str = "migrate_month";
    pub const DISCOUNT_RATE: &str = "discount_rate";
    pub const DSP_DISCOUNT: &str = "dsp_discount";
    pub const CUSTOM_GEN7: &str = "custom_gen7";
    pub const RI_1Y_NO_HOURLY: &str = "ri_1y_no_hourly";
    pub const RI_1Y_PARTIAL_UPFRONT: &str = "ri_1y_partial_upfront";
    pub const RI_1Y_PARTIAL_HOURLY: &str = "ri_1y_partial_hourly";
    pub const RI_1Y_ALL_UPFRONT: &str = "ri_1y_all_upfront";
    pub const RI_3Y_PARTIAL_UPFRONT: &str = "ri_3y_partial_upfront";
    pub const RI_3Y_PARTIAL_HOURLY: &str = "ri_3y_partial_hourly";
    pub const RI_3Y_ALL_UPFRONT: &str = "ri_3y_all_upfront";
}

choices! {
    pub enum Engine {
        AuroraPg = "aurora_pg" => "Aurora PostgreSQL",
        AuroraMysql = "aurora_mysql" => "Aurora MySQL",
        RdsPg = "rds_pg" => "RDS for PostgreSQL",
        RdsMysql = "rds_mysql" => "RDS for MySQL",
    }
}

choices! {
    pub enum Deployment {
        SingleAz = "single_az" => "Single-AZ",
        MultiAz = "multi_az" => "Multi-AZ (RDS: one standby)",
    }
}

/// The instance classes the sheet prices for at least one engine; `custom` is any other class,
/// priced by the user.
pub const CLASSES: &[Choice] = &[
    Choice { key: "db.r6g.large", label: "db.r6g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r6g.xlarge", label: "db.r6g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.r6g.2xlarge", label: "db.r6g.2xlarge (8 vCPU, 64 GiB)" },
    Choice { key: "db.r7g.large", label: "db.r7g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r7g.xlarge", label: "db.r7g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.r7g.2xlarge", label: "db.r7g.2xlarge (8 vCPU, 64 GiB)" },
    Choice { key: "db.r8g.large", label: "db.r8g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r8g.xlarge", label: "db.r8g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.m6g.large", label: "db.m6g.large (2 vCPU, 8 GiB)" },
    Choice { key: "custom", label: "Another class (enter its prices)" },
];

/// The right-sized class: none (no comparison), or a class as above.
pub const RS_CLASSES: &[Choice] = &[
    Choice { key: "none", label: "No right-sizing comparison" },
    Choice { key: "db.r6g.large", label: "db.r6g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r6g.xlarge", label: "db.r6g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.r6g.2xlarge", label: "db.r6g.2xlarge (8 vCPU, 64 GiB)" },
    Choice { key: "db.r7g.large", label: "db.r7g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r7g.xlarge", label: "db.r7g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.r7g.2xlarge", label: "db.r7g.2xlarge (8 vCPU, 64 GiB)" },
    Choice { key: "db.r8g.large", label: "db.r8g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r8g.xlarge", label: "db.r8g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.m6g.large", label: "db.m6g.large (2 vCPU, 8 GiB)" },
    Choice { key: "custom", label: "Another class (enter its prices)" },
];

pub const USD_PER_INSTANCE_HOUR: Unit = Unit::rate("USD/hour", "instance-hour");
pub const USD_PER_INSTANCE: Unit = Unit::money("USD/instance");
pub const DAYS: Unit = Unit::quantity("days", 0, "days");

const GROUP_WORKLOAD: &str = "Workload";
const GROUP_COMMITMENT: &str = "Commitment";
const GROUP_RIGHTSIZE: &str = "Right-sizing";
const GROUP_MIGRATION: &str = "Migration plan";
const GROUP_PRICES: &str = "Prices";
const GROUP_OFFERS: &str = "RI prices of every option compared";
const OFFER_HELP: &str = "Per instance, for this class. Empty: the sheet's price where it has one, otherwise the \
                          option is left out of the comparison. Enter today's price from the AWS console to confirm \
                          an option the answer rests on.";
const FROM_SHEET: &str = "the price sheet for the engine, class, term and payment";

pub static FIELDS: &[Field] = &[
    Field {
        key: key::ENGINE,
        label: "Engine",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Engine::OPTIONS, default: "aurora_pg" },
        help: calc_core::prose!("An RI is tied to its engine: a PostgreSQL RI does not cover MySQL, and it cannot move to \
               another engine."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::CLASS,
        label: "Instance class",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: CLASSES, default: "db.r6g.large" },
        help: calc_core::prose!("The class you would reserve. Sets the default prices; choose 'Another class' and enter its \
               prices if yours is not listed."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::DEPLOYMENT,
        label: "Deployment",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Deployment::OPTIONS, default: "single_az" },
        help: calc_core::prose!("RDS Multi-AZ is a separate RI offering at about twice the Single-AZ price; a Single-AZ RI does \
               not cover a Multi-AZ instance. Aurora has no Multi-AZ option: count each replica as an instance."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::INSTANCES,
        label: "Instances",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 1, max: 1000, default: 2 },
        help: calc_core::prose!("Instances of this class you would reserve (for Aurora: the writer and every provisioned reader)."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::HOURS,
        label: "Hours running per month",
        unit: Unit::HOURS_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 744.0, step: 1.0, default: 730.0 },
        help: calc_core::prose!("On-Demand bills the hours an instance runs; an RI is owed for every hour of every month of its \
               term (730 on average, 744 in a 31-day month). A non-production instance stopped at night runs far \
               less than 730."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::TERM,
        label: "Term",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Term::OPTIONS, default: "1" },
        help: calc_core::prose!("1 or 3 years. Every option is priced as you would run it: a 1-year RI is renewed only when \
               renewing costs less than On-Demand for the months left, and a 3-year term that ends before a \
               migration is followed by the cheapest cover."),
        group: GROUP_COMMITMENT,
    },
    Field {
        key: key::PAYMENT,
        label: "Payment option",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Payment::OPTIONS, default: "all" },
        help: calc_core::prose!("No Upfront is sold for 1 year only. Whatever the option, the whole commitment is owed."),
        group: GROUP_COMMITMENT,
    },
    Field {
        key: key::RS_CLASS,
        label: "Right-sized class",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: RS_CLASSES, default: "none" },
        help: calc_core::prose!("The class P95 CPU and memory say you need. Every option is priced at it too, bought after the \
               90-day wait, and the cheapest plan at either size wins."),
        group: GROUP_RIGHTSIZE,
    },
    Field {
        key: key::DAYS_SINCE_MIGRATION,
        label: "Days since this workload moved to the cloud",
        unit: DAYS,
        kind: FieldKind::Integer { min: 0, max: 3650, default: 365 },
        help: calc_core::prose!("rajivonai.com's rule: no RI in the first 90 days; profile the P95 first."),
        group: GROUP_RIGHTSIZE,
    },
    Field {
        key: key::MIGRATE_MONTH,
        label: "Planned move off this engine or class, month",
        unit: Unit::MONTHS,
        kind: FieldKind::Integer { min: 0, max: MAX_MIGRATE_MONTH as i64, default: 0 },
        help: calc_core::prose!("The month you expect to delete these instances (a move to Aurora Serverless, another engine or \
               class). 0 if none is planned. The RI stays owed to the end of its term."),
        group: GROUP_MIGRATION,
    },
    Field {
        key: key::DISCOUNT_RATE,
        label: "Discount rate",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 30.0, step: 0.5, default: 8.0 },
        help: calc_core::prose!("Your finance team's annual rate for money now against money later (cost of capital), for the NPV."),
        group: GROUP_MIGRATION,
    },
    Field {
        key: key::DSP_DISCOUNT,
        label: "Database Savings Plan discount",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 75.0, step: 1.0, default: 0.0 },
        help: calc_core::prose!("The discount AWS quotes for this usage under a Database Savings Plan, sold for 1 year, No Upfront \
               only (AWS's own price list has no other term). Provisioned instances get up to about 20%, Aurora \
               Serverless up to about 35% (nOps; CloudYali, 2026). Generation 7 and later classes only. 0 leaves \
               the plan out."),
        group: GROUP_MIGRATION,
    },
    Field {
        key: key::OD_HOURLY,
        label: "On-Demand price",
        unit: USD_PER_INSTANCE_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.001, derived_from: key::CLASS },
        help: calc_core::prose!("USD per instance-hour On-Demand. Empty: the sheet's us-east-1 price for the engine and class."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::RI_UPFRONT,
        label: "RI upfront fee",
        unit: USD_PER_INSTANCE,
        kind: FieldKind::Auto { min: 0.0, max: 10_000_000.0, step: 1.0, derived_from: FROM_SHEET },
        help: calc_core::prose!("Per instance, for the chosen term and payment (RDS console, Reserved instances, Purchase). \
               Empty: from the sheet, where it has one."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::RI_HOURLY,
        label: "RI hourly charge",
        unit: USD_PER_INSTANCE_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.0001, derived_from: FROM_SHEET },
        help: calc_core::prose!("Per instance-hour, owed for every hour of the term. 0 for All Upfront."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::RS_OD_HOURLY,
        label: "Right-sized On-Demand price",
        unit: USD_PER_INSTANCE_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.001, derived_from: key::RS_CLASS },
        help: calc_core::prose!("USD per instance-hour On-Demand for the right-sized class."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::RS_RI_UPFRONT,
        label: "Right-sized RI upfront fee",
        unit: USD_PER_INSTANCE,
        kind: FieldKind::Auto { min: 0.0, max: 10_000_000.0, step: 1.0, derived_from: FROM_SHEET },
        help: calc_core::prose!("Per instance, same term and payment as above."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::RS_RI_HOURLY,
        label: "Right-sized RI hourly charge",
        unit: USD_PER_INSTANCE_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.0001, derived_from: FROM_SHEET },
        help: calc_core::prose!("Per instance-hour, same term and payment as above."),
        group: GROUP_PRICES,
    },
    offer_field(key::RI_1Y_NO_HOURLY, "1-year No Upfront: hourly charge", true),
    offer_field(key::RI_1Y_PARTIAL_UPFRONT, "1-year Partial Upfront: upfront fee", false),
    offer_field(key::RI_1Y_PARTIAL_HOURLY, "1-year Partial Upfront: hourly charge", true),
    offer_field(key::RI_1Y_ALL_UPFRONT, "1-year All Upfront: upfront fee", false),
    offer_field(key::RI_3Y_PARTIAL_UPFRONT, "3-year Partial Upfront: upfront fee", false),
    offer_field(key::RI_3Y_PARTIAL_HOURLY, "3-year Partial Upfront: hourly charge", true),
    offer_field(key::RI_3Y_ALL_UPFRONT, "3-year All Upfront: upfront fee", false),
    Field {
        key: key::CUSTOM_GEN7,
        label: "The class you priced is generation 7 or later",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: false },
        help: calc_core::prose!("For 'Another class': tick it for a generation 7 or later, non-burstable class (r7g, r7i, r8g, m7g, \
               c7g…), which a Database Savings Plan covers; leave it for r6g, r5, t-classes and older."),
        group: GROUP_WORKLOAD,
    },
];

/// One price of one offer, for the comparison of every option.
const fn offer_field(key: &'static str, label: &'static str, hourly: bool) -> Field {
    let (unit, kind) = if hourly {
        (
            USD_PER_INSTANCE_HOUR,
            FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.0001, derived_from: FROM_SHEET },
        )
    } else {
        (
            USD_PER_INSTANCE,
            FieldKind::Auto { min: 0.0, max: 10_000_000.0, step: 1.0, derived_from: FROM_SHEET },
        )
    };
    Field { key, label, unit, kind, help: calc_core::prose!(OFFER_HELP), group: GROUP_OFFERS }
}

/// The fields that price one offer: (upfront fee, hourly charge). No Upfront has no upfront
/// fee and All Upfront no hourly charge, by definition; 3-year No Upfront is not sold.
pub fn offer_fields(term: Term, payment: Payment) -> [Option<&'static str>; 2] {
    match (term, payment) {
        (Term::OneYear, Payment::NoUpfront) => [None, Some(key::RI_1Y_NO_HOURLY)],
        (Term::OneYear, Payment::PartialUpfront) => {
            [Some(key::RI_1Y_PARTIAL_UPFRONT), Some(key::RI_1Y_PARTIAL_HOURLY)]
        }
        (Term::OneYear, Payment::AllUpfront) => [Some(key::RI_1Y_ALL_UPFRONT), None],
        (Term::ThreeYear, Payment::NoUpfront) => [None, None],
        (Term::ThreeYear, Payment::PartialUpfront) => {
            [Some(key::RI_3Y_PARTIAL_UPFRONT), Some(key::RI_3Y_PARTIAL_HOURLY)]
        }
        (Term::ThreeYear, Payment::AllUpfront) => [Some(key::RI_3Y_ALL_UPFRONT), None],
    }
}

/// One RI offer's price for a class, and where it came from.
#[derive(Clone, Debug)]
pub struct OfferPrice {
    pub offer: RiOffer,
    pub origin: Provenance,
    /// The sheet prices it rests on, directly or scaled; empty when the user's own prices set it.
    pub basis: Vec<&'static Price>,
    /// The fields that set its upfront fee and its hourly charge, where the offer has them.
    pub keys: [Option<&'static str>; 2],
}

impl OfferPrice {
    /// Set by prices the user entered (or scaled from them), not by the sheet.
    pub fn confirmed(&self) -> bool {
        self.basis.is_empty()
    }
}

/// The model's inputs, and where each price came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: RiInputs,
    pub engine: Engine,
    pub deployment: Deployment,
    pub class: &'static str,
    pub rs_class: Option<&'static str>,
    pub od: Provenance,
    /// Every offer priced for today's class, the chosen one first.
    pub offers: Vec<OfferPrice>,
    pub rs_od: Option<Provenance>,
    /// Every offer priced for the right-sized class, the chosen term and payment first.
    pub rs_offers: Vec<OfferPrice>,
    /// Every price the sheet gave, for the "old or third-party figure" notice.
    pub sheet_prices: Vec<&'static Price>,
    /// The user entered at least one price.
    pub typed_a_price: bool,
    /// The reader set the RI to compare (its term or payment differs from the default, as a
    /// link carries it): only then does the verdict call it "the RI you chose".
    pub chose_the_ri: bool,
}

/// `aurora_pg` + `db.r6g.large` → `aurora_pg_db_r6g_large`.
pub fn price_stem(engine: Engine, class: &str) -> String {
    format!("{}_{}", engine.key(), class.replace('.', "_"))
}

fn term_key(term: Term) -> &'static str {
    match term {
        Term::OneYear => "1y",
        Term::ThreeYear => "3y",
    }
}

fn payment_key(payment: Payment) -> &'static str {
    match payment {
        Payment::NoUpfront => "no",
        Payment::PartialUpfront => "partial",
        Payment::AllUpfront => "all",
    }
}

/// The sheet's (upfront, hourly) entries for one offer, when it has both.
pub fn sheet_offer(
    prices: &PriceSheet,
    stem: &str,
    term: Term,
    payment: Payment,
) -> Option<(&'static Price, &'static Price)> {
    let base = format!("{stem}_{}_{}", term_key(term), payment_key(payment));
    Some((prices.find(&format!("{base}_upfront"))?, prices.find(&format!("{base}_hourly"))?))
}

/// Normalized units of a size within a family (large = 1; each size step doubles them).
fn units(size: &str) -> Option<f64> {
    match size {
        "large" => Some(1.0),
        "xlarge" => Some(2.0),
        "2xlarge" => Some(4.0),
        "4xlarge" => Some(8.0),
        _ => None,
    }
}

/// An offer for a class the sheet does not price, scaled from the same family's `large`
/// by normalized units (size flexibility prices an RI per unit): (upfront, hourly, base
/// prices, factor).
pub fn family_offer(
    prices: &PriceSheet,
    engine: Engine,
    class: &str,
    term: Term,
    payment: Payment,
) -> Option<(f64, f64, [&'static Price; 2], f64)> {
    let (family, size) = class.rsplit_once('.')?;
    let factor = units(size)?;
    let base_class = format!("{family}.large");
    (base_class != class).then_some(())?;
    let (u, h) = sheet_offer(prices, &price_stem(engine, &base_class), term, payment)?;
    Some((u.value * factor, h.value * factor, [u, h], factor))
}

/// RDS bills a Multi-AZ instance (one standby) at about twice the Single-AZ rate.
fn az_factor(d: Deployment) -> f64 {
    match d {
        Deployment::SingleAz => 1.0,
        Deployment::MultiAz => 2.0,
    }
}

/// A price from the user, else from the sheet (× the Multi-AZ factor), else a refusal that
/// says where to find it.
fn price(
    typed: Option<f64>,
    sheet: Option<&'static Price>,
    factor: f64,
    field: &str,
    what: &str,
) -> Result<(f64, Provenance), FieldError> {
    match (typed, sheet) {
        (Some(v), _) => Ok((v, Provenance::Input)),
        (None, Some(p)) => Ok((p.value * factor, Provenance::Sheet(p))),
        (None, None) => Err(FieldError::new(
            field,
            "",
            format!(
                "has no public price on the sheet for {what}: enter it from the AWS console (RDS, Reserved \
                 instances, Purchase reserved DB instance) or the AWS price list"
            ),
        )),
    }
}

fn find_class(options: &'static [Choice], key: &str) -> &'static str {
    options.iter().find(|c| c.key == key).map(|c| c.key).unwrap_or_else(|| panic!("unknown class `{key}`"))
}

pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let engine: Engine = inputs.pick(key::ENGINE);
    let deployment: Deployment = inputs.pick(key::DEPLOYMENT);
    let class = find_class(CLASSES, inputs.choice(key::CLASS));
    let rs_key = find_class(RS_CLASSES, inputs.choice(key::RS_CLASS));
    let rs_class = (rs_key != "none").then_some(rs_key);
    let term: Term = inputs.pick(key::TERM);
    let payment: Payment = inputs.pick(key::PAYMENT);

    let mut errors = Vec::new();
    if matches!(engine, Engine::AuroraPg | Engine::AuroraMysql) && deployment == Deployment::MultiAz {
        errors.push(FieldError::new(
            key::DEPLOYMENT,
            deployment.key(),
            "Aurora has no Multi-AZ deployment option: its replicas are instances, so count them in Instances",
        ));
    }
    if !is_offered(term, payment) {
        errors.push(FieldError::new(
            key::PAYMENT,
            payment.key(),
            "AWS sells No Upfront RDS and Aurora RIs for 1 year only: choose Partial or All Upfront for 3 years",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // Whether a Database Savings Plan covers a class: by its generation, or, for a class the
    // user priced, by what they say it is.
    let covered =
        |class: &str| if class == "custom" { inputs.flag(key::CUSTOM_GEN7) } else { dsp_eligible(class) };
    let factor = az_factor(deployment);
    let describe = |class: &str| format!("{} {} {}", engine.label(), class, deployment.label());
    let stem = price_stem(engine, class);
    let od_sheet = prices.find(&format!("{stem}_od"));
    let (od_hourly, od) =
        price(inputs.opt_num(key::OD_HOURLY), od_sheet, factor, key::OD_HOURLY, &describe(class))
            .map_err(|e| vec![e])?;
    let at = Offering { prices, engine, factor };
    let all_offers = || {
        std::iter::once((term, payment)).chain(
            Term::ALL
                .iter()
                .flat_map(|t| Payment::ALL.iter().map(move |p| (*t, *p)))
                .filter(move |o| *o != (term, payment) && is_offered(o.0, o.1)),
        )
    };
    let mut errors = Vec::new();
    let mut offers = Vec::new();
    for (t, p) in all_offers() {
        let fields = offer_fields(t, p);
        let typed = fields.map(|k| k.and_then(|k| inputs.opt_num(k)));
        let chosen = (t, p) == (term, payment);
        let resolved = if chosen {
            let main = [inputs.opt_num(key::RI_UPFRONT), inputs.opt_num(key::RI_HOURLY)];
            for ((m, o), k) in main.iter().zip(typed).zip(fields) {
                if let (Some(m), Some(o), Some(k)) = (m, o, k) {
                    if (m - o).abs() > 1e-9 {
                        errors.push(FieldError::new(
                            k,
                            &format::plain(o),
                            format!(
                                "is the price of the option you chose, which the RI fields above set to {}: clear one \
                                 of the two",
                                format::plain(*m)
                            ),
                        ));
                    }
                }
            }
            let keys = [Some(key::RI_UPFRONT), Some(key::RI_HOURLY)];
            let words = format!("{}, {}", describe(class), offer_name(t, p));
            at.resolve(class, (t, p), [main[0].or(typed[0]), main[1].or(typed[1])], keys, None, Some(&words))
        } else {
            at.resolve(class, (t, p), typed, fields, None, None)
        };
        match resolved {
            Ok(Some(o)) => offers.push(o),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let footprint = Footprint {
        instances: inputs.num(key::INSTANCES) as u32,
        hours_per_month: inputs.num(key::HOURS),
        od_hourly,
    };

    let (rightsized, rs_od, rs_offers) = match rs_class {
        None => (None, None, Vec::new()),
        Some(rc) => {
            let rs_stem = price_stem(engine, rc);
            let (rs_od_hourly, rs_od) = price(
                inputs.opt_num(key::RS_OD_HOURLY),
                prices.find(&format!("{rs_stem}_od")),
                factor,
                key::RS_OD_HOURLY,
                &describe(rc),
            )
            .map_err(|e| vec![e])?;
            let mut rs_offers = Vec::new();
            for (t, p) in all_offers() {
                let chosen = (t, p) == (term, payment);
                // The user's price for today's class, scaled by normalized units to the same
                // family's right-sized class, before the sheet's.
                let scaled = offers
                    .iter()
                    .find(|o| (o.offer.term, o.offer.payment) == (t, p) && o.confirmed())
                    .zip(unit_ratio(class, rc))
                    .map(|(o, ratio)| (o, ratio, class));
                let resolved = if chosen {
                    let typed = [inputs.opt_num(key::RS_RI_UPFRONT), inputs.opt_num(key::RS_RI_HOURLY)];
                    let keys = [Some(key::RS_RI_UPFRONT), Some(key::RS_RI_HOURLY)];
                    let words = format!("{}, {}", describe(rc), offer_name(t, p));
                    at.resolve(rc, (t, p), typed, keys, scaled, Some(&words))
                } else {
                    at.resolve(rc, (t, p), [None, None], [None, None], scaled, None)
                };
                if let Some(o) = resolved.map_err(|e| vec![e])? {
                    rs_offers.push(o);
                }
            }
            let fp = Footprint { od_hourly: rs_od_hourly, ..footprint };
            let rightsized = RightSized {
                footprint: fp,
                upfront: rs_offers[0].offer.upfront,
                hourly: rs_offers[0].offer.hourly,
                alternatives: rs_offers[1..].iter().map(|o| o.offer).collect(),
                dsp_eligible: covered(rc),
            };
            (Some(rightsized), Some(rs_od), rs_offers)
        }
    };
    let mut sheet_prices: Vec<&'static Price> = od.prices();
    sheet_prices.extend(rs_od.iter().flat_map(Provenance::prices));
    sheet_prices.extend(offers.iter().chain(&rs_offers).flat_map(|o| o.basis.iter().copied()));
    sheet_prices.sort_by_key(|p| p.key);
    sheet_prices.dedup_by_key(|p| p.key);
    let typed_a_price = FIELDS
        .iter()
        .filter(|f| f.group == GROUP_PRICES || f.group == GROUP_OFFERS)
        .any(|f| inputs.opt_num(f.key).is_some());

    Ok(Read {
        model: RiInputs {
            footprint,
            chosen: offers[0].offer,
            alternatives: offers[1..].iter().map(|o| o.offer).collect(),
            rightsized,
            days_since_migration: inputs.num(key::DAYS_SINCE_MIGRATION) as u32,
            migrate_month: inputs.num(key::MIGRATE_MONTH) as u32,
            discount_rate: inputs.num(key::DISCOUNT_RATE) / 100.0,
            dsp_discount: inputs.num(key::DSP_DISCOUNT) / 100.0,
            dsp_eligible: covered(class),
        },
        engine,
        deployment,
        class,
        rs_class,
        od,
        offers,
        rs_od,
        rs_offers,
        sheet_prices,
        typed_a_price,
        chose_the_ri: FIELDS
            .iter()
            .filter(|f| f.key == key::TERM || f.key == key::PAYMENT)
            .any(|f| inputs.get(f.key) != Some(&f.default_value(prices))),
    })
}

/// Normalized units of `to` ÷ those of `from` when both are sizes of one family.
fn unit_ratio(from: &str, to: &str) -> Option<f64> {
    let (fam_a, size_a) = from.rsplit_once('.')?;
    let (fam_b, size_b) = to.rsplit_once('.')?;
    (fam_a == fam_b).then_some(())?;
    Some(units(size_b)? / units(size_a)?)
}

/// What prices an offer: the sheet, for one engine and deployment.
struct Offering<'a> {
    prices: &'a PriceSheet,
    engine: Engine,
    factor: f64,
}

impl Offering<'_> {
    /// An offer's (upfront, hourly) for `class`: what the user typed (a part left empty comes
    /// from the sheet, or is $0 where the payment option has none); else the user's price for
    /// another size of the family, scaled by normalized units; else the sheet's, directly or
    /// scaled from the family's `large`. `None` when nothing prices it, or a refusal naming
    /// where to find it when `required` says what it is.
    #[allow(clippy::too_many_arguments)]
    fn resolve(
        &self,
        class: &str,
        (term, payment): (Term, Payment),
        typed: [Option<f64>; 2],
        keys: [Option<&'static str>; 2],
        scaled: Option<(&OfferPrice, f64, &str)>,
        required: Option<&str>,
    ) -> Result<Option<OfferPrice>, FieldError> {
        let stem = price_stem(self.engine, class);
        let direct = sheet_offer(self.prices, &stem, term, payment);
        let family = family_offer(self.prices, self.engine, class, term, payment);
        let offer = |upfront: f64, hourly: f64| RiOffer { term, payment, upfront, hourly };
        if typed.iter().any(Option::is_some) {
            // By definition: No Upfront has no upfront fee, All Upfront no hourly charge.
            let none_by_definition =
                [payment == Payment::NoUpfront, payment == Payment::AllUpfront].map(|z| z.then_some(0.0));
            let mut parts = [0.0; 2];
            for i in 0..2 {
                parts[i] = match typed[i] {
                    Some(v) => v,
                    None => direct
                        .map(|d| [d.0, d.1][i].value * self.factor)
                        .or(family.map(|f| [f.0, f.1][i] * self.factor))
                        .or(none_by_definition[i])
                        .ok_or_else(|| {
                            let other = if i == 0 { "upfront fee" } else { "hourly charge" };
                            FieldError::new(
                                keys[i].or(keys[1 - i]).unwrap_or(key::RI_UPFRONT),
                                "",
                                format!(
                                    "is needed too: the sheet has no {other} for {}",
                                    offer_name(term, payment)
                                ),
                            )
                        })?,
                };
            }
            let o = offer(parts[0], parts[1]);
            return Ok(Some(OfferPrice { offer: o, origin: Provenance::Input, basis: vec![], keys }));
        }
        if let Some((from, ratio, from_class)) = scaled {
            let how = format!(
                "{} × your price for {}: size flexibility prices an RI by normalized units, which double with each \
                 size",
                format::number(ratio, 2),
                from_class
            );
            let o = offer(from.offer.upfront * ratio, from.offer.hourly * ratio);
            return Ok(Some(OfferPrice { offer: o, origin: Provenance::Derived(how), basis: vec![], keys }));
        }
        if let Some((u, h)) = direct {
            let o = offer(u.value * self.factor, h.value * self.factor);
            let origin = merge(&[Provenance::Sheet(u), Provenance::Sheet(h)]);
            return Ok(Some(OfferPrice { offer: o, origin, basis: vec![u, h], keys }));
        }
        if let Some((u, h, base, units)) = family {
            let how = format!(
                "{} × the sheet's {} price: size flexibility prices an RI by normalized units, which double with \
                 each size",
                format::count(units),
                base[0].label.split(' ').next().unwrap_or("large")
            );
            let o = offer(u * self.factor, h * self.factor);
            return Ok(Some(OfferPrice {
                offer: o,
                origin: Provenance::Derived(how),
                basis: base.to_vec(),
                keys,
            }));
        }
        match required {
            None => Ok(None),
            Some(what) => Err(FieldError::new(
                keys[0].unwrap_or(key::RI_UPFRONT),
                "",
                format!(
                    "has no public price on the sheet for {what}: enter it from the AWS console (RDS, Reserved \
                     instances, Purchase reserved DB instance) or the AWS price list"
                ),
            )),
        }
    }
}

/// One provenance for prices read together: the user's when any was typed.
fn merge(origins: &[Provenance]) -> Provenance {
    if origins.contains(&Provenance::Input) {
        return Provenance::Input;
    }
    let prices: Vec<&'static Price> = origins.iter().flat_map(|o| o.prices()).collect();
    match prices.as_slice() {
        [one] => Provenance::Sheet(one),
        _ => Provenance::Sheets(prices),
    }
}

/// "db.r6g.large" → "db.r6g.large"; the custom class reads as words.
pub fn class_words(class: &str) -> &str {
    if class == "custom" {
        "the class you priced"
    } else {
        class
    }
}

/// "1-year All Upfront".
pub fn offer_name(term: Term, payment: Payment) -> String {
    let t = match term {
        Term::OneYear => "1-year",
        Term::ThreeYear => "3-year",
    };
    format!("{t} {}", payment.label())
}

/// An offer's prices in words: "$2,378 upfront, no hourly charge", "$0.17 per instance-hour,
/// no upfront fee", "$600 upfront + $0.05 per instance-hour".
pub fn offer_prices_text(o: &RiOffer) -> String {
    if o.hourly == 0.0 {
        format!("{} upfront, no hourly charge", format::money(o.upfront))
    } else if o.upfront == 0.0 {
        format!("{}, no upfront fee", hourly_text(o.hourly))
    } else {
        format!("{} upfront + {}", format::money(o.upfront), hourly_text(o.hourly))
    }
}

/// "$0.26 per instance-hour".
pub fn hourly_text(v: f64) -> String {
    format::price(v, USD_PER_INSTANCE_HOUR)
}
