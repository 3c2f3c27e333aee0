//! The model's numbers as the Outcome every channel shows: headline figures with their math,
//! the lever-by-lever table from the baseline, the budgets table, the month's burn-down chart
//! and the assumptions.

use crate::fields::{
    key, PriceSet, Read, DAY_OF, STEPS, TOKENS, USD_PER_DEV_DAY, USD_PER_MTOK, USD_PER_REQUEST,
    USD_PER_SESSION,
};
use crate::model::{
    request_cost, step_context, Agent, AgentResult, Forecast, LlmResult, MonthToDate, Periods, Shape, Team,
};
use crate::words;
use calc_core::charts::{self, Line};
use calc_core::AutoValue;
use calc_core::{
    format, Assumption, Cell, Chart, ChoiceEnum, Column, Figure, Headline, Outcome, Provenance, Row, Table,
    Unit,
};

pub fn build(read: &Read, r: &LlmResult) -> Outcome {
    let assumptions = assumptions(read, r);
    let mut tables = Vec::new();
    if read.model.workload.requests > 0.0 {
        tables.push(levers_table(read, r));
    }
    if r.plan > 0.0 {
        tables.push(budgets_table(r));
    }
    let charts = if r.plan > 0.0 || r.forecast.is_some() { vec![burn_down(read, r)] } else { vec![] };
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(read, r),
        tables,
        charts,
        warnings: words::warnings(read, r, &assumptions),
        assumptions,
        notes: words::notes(read, r),
        next_steps: vec![],
        auto_values: auto_values(read),
    }
}

/// `2,000 × $3.00` in millions: one token term of a request.
fn term(tokens: f64, price: f64) -> String {
    format!("{} × {}", format::count(tokens), format::rate(price))
}

/// The arithmetic of one request on one price set.
fn request_math(p: &PriceSet, s: Shape, hit: f64, cached: bool) -> String {
    let m = &p.prices;
    let (fi, fo) = m.tier(s.fresh + s.prefix);
    let prefix = if cached && m.cacheable(s.prefix) {
        format!(
            "{} × ({} × {} + {} × {})",
            format::count(s.prefix),
            format::share(hit),
            format::rate(m.cache_read),
            format::share(1.0 - hit),
            format::rate(m.cache_write)
        )
    } else {
        term(s.prefix, m.input)
    };
    let total = format::exact_price(request_cost(m, s, hit, cached));
    if fi != 1.0 || fo != 1.0 {
        format!(
            "(({} + {}) × {} + {} × {}) ÷ 1,000,000 = {total}, at the long-context rates (input × {}, output × {})",
            term(s.fresh, m.input),
            prefix,
            format::number(fi, 3),
            term(s.output, m.output),
            format::number(fo, 3),
            format::number(fi, 3),
            format::number(fo, 3)
        )
    } else {
        format!(
            "({} + {} + {}) ÷ 1,000,000 = {total}",
            term(s.fresh, m.input),
            prefix,
            term(s.output, m.output)
        )
    }
}

/// −x without a negative zero.
fn neg(x: f64) -> f64 {
    if x == 0.0 {
        0.0
    } else {
        -x
    }
}

pub const COST_PER_REQUEST: Headline =
    Headline::new("cost_per_request", "Cost per request, all levers", USD_PER_REQUEST);
pub const MONTHLY_COST: Headline =
    Headline::new("monthly_cost", "Monthly cost, all levers", Unit::USD_PER_MONTH);
pub const BASELINE: Headline = Headline::new(
    "baseline_monthly",
    "Baseline: one model, nothing cached, batched or retried",
    Unit::USD_PER_MONTH,
);
pub const SAVING: Headline =
    Headline::new("saving_pct", "Saving against the baseline (negative: costs more)", Unit::PERCENT);
pub const AGENT_INPUT_TOKENS: Headline =
    Headline::new("agent_input_tokens", "Input tokens per agent session", TOKENS);
pub const AGENT_COST: Headline = Headline::new("agent_cost", "Cost per agent session", USD_PER_SESSION);
pub const CAP_STEP: Headline =
    Headline::new("cap_step", "Step at which the session cap stops the agent", STEPS);
pub const BUDGET_PER_DEV_DAY: Headline =
    Headline::new("budget_per_dev_day", "Budget per developer per working day", USD_PER_DEV_DAY);
pub const FORECAST: Headline =
    Headline::new("forecast_month_end", "Month-end forecast at today's rate", Unit::USD);
pub const SOFT_ALERT_DAY: Headline = Headline::new("soft_alert_day", "Day the soft alert fires", DAY_OF);
pub const HARD_CAP_DAY: Headline = Headline::new("hard_cap_day", "Day the hard limit is reached", DAY_OF);
pub const HEADLINES: &[Headline] = &[
    COST_PER_REQUEST,
    MONTHLY_COST,
    BASELINE,
    SAVING,
    AGENT_INPUT_TOKENS,
    AGENT_COST,
    CAP_STEP,
    BUDGET_PER_DEV_DAY,
    FORECAST,
    SOFT_ALERT_DAY,
    HARD_CAP_DAY,
];

const NO_REQUESTS: &str = "no requests entered";
const NO_AGENT: &str = "no agent steps entered";
const NO_SPEND: &str = "no spend to date entered";

fn headlines(read: &Read, r: &LlmResult) -> Vec<Figure> {
    let i = &read.model;
    let t = &i.team;
    vec![
        cost_per_request(read, r),
        monthly_cost(read, r),
        baseline(read, r),
        saving(r),
        agent_input_tokens(&i.agent, r),
        agent_cost(read, r),
        cap_step(&i.agent, r),
        budget_per_dev_day(t, r),
        forecast(&i.month, r),
        limit_day(&SOFT_ALERT_DAY, t.soft, |f| f.soft_day, &i.month, r),
        limit_day(&HARD_CAP_DAY, t.hard, |f| f.hard_day, &i.month, r),
    ]
}

fn cost_per_request(read: &Read, r: &LlmResult) -> Figure {
    let w = &read.model.workload;
    let res = &r.workload;
    if w.requests <= 0.0 {
        return COST_PER_REQUEST.none(NO_REQUESTS);
    }
    COST_PER_REQUEST.of(res.per_request).math(
        "monthly cost ÷ requests; one request = (changing input × input price + static prefix × (hit rate × \
         cache-read price + miss rate × cache-write price) + output × output price) ÷ 1,000,000",
        format!(
            "{} ÷ {} = {}; on {} with caching: {}",
            format::cents(res.monthly),
            format::count(w.requests),
            format::exact_price(res.per_request),
            read.main.model.label(),
            request_math(&read.main, w.shape, w.cache_hit, true)
        ),
    )
}

fn monthly_cost(read: &Read, r: &LlmResult) -> Figure {
    let w = &read.model.workload;
    let res = &r.workload;
    if w.requests <= 0.0 {
        return MONTHLY_COST.none(NO_REQUESTS);
    }
    MONTHLY_COST.of(res.monthly).math(
        "requests × ((1 − routed share) × cost on the model × (1 − batched share × its provider's batch discount) \
         + routed share × cost on the smaller model × (1 − batched share × its provider's batch discount)) × \
         (1 + retries)",
        format!(
            "{} × ({} × {} × (1 − {} × {}) + {} × {} × (1 − {} × {})) × (1 + {}) = {}/month",
            format::count(w.requests),
            format::share(1.0 - w.route_share),
            format::exact_price(res.cached_request),
            format::share(w.batch_share),
            format::share(w.batch_discount),
            format::share(w.route_share),
            format::exact_price(res.routed_cached_request),
            format::share(w.batch_share),
            format::share(w.routed_batch_discount),
            format::share(w.retry_rate),
            format::cents(res.monthly)
        ),
    )
}

fn baseline(read: &Read, r: &LlmResult) -> Figure {
    let w = &read.model.workload;
    let res = &r.workload;
    if w.requests <= 0.0 {
        return BASELINE.none(NO_REQUESTS);
    }
    BASELINE.of(res.baseline).math(
        "requests × (all input × input price + output × output price) ÷ 1,000,000",
        format!(
            "{} × {} = {}/month; one request: {}",
            format::count(w.requests),
            format::exact_price(res.base_request),
            format::cents(res.baseline),
            request_math(&read.main, w.shape, 0.0, false)
        ),
    )
}

fn saving(r: &LlmResult) -> Figure {
    let res = &r.workload;
    let Some(pct) = res.saving_pct() else {
        return SAVING.none("no baseline cost");
    };
    SAVING.of(pct).math(
        "(baseline − monthly cost) ÷ baseline",
        format!(
            "({} − {}) ÷ {} = {}",
            format::cents(res.baseline),
            format::cents(res.monthly),
            format::cents(res.baseline),
            format::percent(pct)
        ),
    )
}

/// "stopped by the cap after step 8 of 20" when the cap stops the session, else "".
fn stopped(a: &Agent, ag: &AgentResult) -> String {
    match ag.stopped() {
        Some(k) => format!(
            ", stopped by the {}-token cap after step {} of {}",
            format::count(a.cap),
            format::count(f64::from(k)),
            format::count(f64::from(a.steps))
        ),
        None => String::new(),
    }
}

fn agent_input_tokens(a: &Agent, r: &LlmResult) -> Figure {
    let Some(ag) = &r.agent else {
        return AGENT_INPUT_TOKENS.none(NO_AGENT);
    };
    let run = &ag.run;
    let steps = format::count(f64::from(run.steps));
    let whole = if ag.stopped().is_some() {
        format!(
            " (all {} steps would re-read {})",
            format::count(f64::from(a.steps)),
            format::count(ag.planned.input_tokens)
        )
    } else {
        String::new()
    };
    AGENT_INPUT_TOKENS.of(run.input_tokens).math(
        "steps run × first context + growth per step × steps run × (steps run − 1) ÷ 2 (every step re-reads \
         all before it; a session cap stops the session after the step that passes it)",
        format!(
            "{steps} × {} + {} × {steps} × {} ÷ 2 = {} tokens{}{whole}",
            format::count(a.base),
            format::count(a.growth),
            format::count(f64::from(run.steps) - 1.0),
            format::count(run.input_tokens),
            stopped(a, ag)
        ),
    )
}

fn agent_cost(read: &Read, r: &LlmResult) -> Figure {
    let Some(ag) = &r.agent else {
        return AGENT_COST.none(NO_AGENT);
    };
    let a = &read.model.agent;
    let run = &ag.run;
    let how = if a.cache {
        "over the steps that run: step 1 writes its context to the cache; each later step reads the previous \
         context at the cache-read price and writes the new part at the cache-write price (a context below the \
         model's minimum is sent uncached); plus output per step × output price"
    } else {
        "over the steps that run: each step's whole context × input price + output per step × output price"
    };
    AGENT_COST.of(run.cost).math(
        how,
        format!(
            "{} steps, {} input tokens, {} output tokens on {}: {} per session{}{}{}",
            format::count(f64::from(run.steps)),
            format::count(run.input_tokens),
            format::count(a.output * f64::from(run.steps)),
            read.main.model.label(),
            format::exact_price(run.cost),
            stopped(a, ag),
            if a.cache {
                format!(" (without caching {})", format::exact_price(run.uncached_cost))
            } else {
                String::new()
            },
            if ag.stopped().is_some() {
                format!(
                    "; all {} steps would cost {}",
                    format::count(f64::from(a.steps)),
                    format::exact_price(ag.planned.cost)
                )
            } else {
                String::new()
            }
        ),
    )
}

fn cap_step(a: &Agent, r: &LlmResult) -> Figure {
    let Some(ag) = &r.agent else {
        return CAP_STEP.none(NO_AGENT);
    };
    let steps = format::count(f64::from(a.steps));
    match ag.cap_step {
        Some(k) => Figure {
            display: format!("step {} of {steps}", format::count(f64::from(k))),
            ..CAP_STEP.of(f64::from(k))
        }
        .math(
            "the first step after which cumulative input exceeds the cap",
            format!(
                "after step {}: {} tokens > cap {}{}; the session stops there having cost {}",
                format::count(f64::from(k)),
                format::count(ag.run.input_tokens),
                format::count(a.cap),
                if k > 1 {
                    format!(
                        " (after step {}: {})",
                        format::count(f64::from(k) - 1.0),
                        format::count(ag.cumulative_tokens[k as usize - 2])
                    )
                } else {
                    String::new()
                },
                format::exact_price(ag.run.cost)
            ),
        ),
        None if a.cap <= 0.0 => CAP_STEP.none("no cap set"),
        None => {
            CAP_STEP.none(&format!("not reached in {}", format::plural(f64::from(a.steps), "step", "steps")))
        }
    }
}

fn budget_per_dev_day(t: &Team, r: &LlmResult) -> Figure {
    if r.plan <= 0.0 {
        return BUDGET_PER_DEV_DAY.none("no budget or workload entered");
    }
    BUDGET_PER_DEV_DAY.of(r.budgets.developer.day.budget).math(
        "monthly budget ÷ developers ÷ working days",
        format!(
            "{} ({}) ÷ {} ÷ {} = {}",
            format::cents(r.plan),
            if r.plan_is_budget { "the budget entered" } else { "the workload's monthly cost" },
            format::count(t.developers),
            format::count(t.working_days),
            format::cents(r.budgets.developer.day.budget)
        ),
    )
}

fn forecast(m: &MonthToDate, r: &LlmResult) -> Figure {
    let Some(f) = &r.forecast else {
        return FORECAST.not_applicable(NO_SPEND);
    };
    FORECAST.of(f.month_end).over("this calendar month").math(
        "spent so far ÷ days so far × days in the month",
        format!(
            "{} ÷ {} × {} = {} × {} = {}",
            format::cents(m.spent),
            format::count(m.day),
            format::count(m.days_in_month),
            format::cents(f.per_day),
            format::count(m.days_in_month),
            format::cents(f.month_end)
        ),
    )
}

/// The day spend at today's rate reaches a limit (`limit_pct` of the plan), shown as "day 14".
fn limit_day(
    headline: &Headline,
    limit_pct: f64,
    day: fn(&Forecast) -> Option<u32>,
    m: &MonthToDate,
    r: &LlmResult,
) -> Figure {
    let Some(f) = &r.forecast else {
        return headline.not_applicable(NO_SPEND);
    };
    let limit = r.plan * limit_pct;
    let formula = "⌈limit ÷ spend per day⌉, a whole day";
    match day(f) {
        Some(d) => {
            Figure { display: format!("day {}", format::count(f64::from(d))), ..headline.of(f64::from(d)) }
                .math(
                    formula,
                    format!(
                        "{} × {} = {}; ⌈{} ÷ {}⌉ = day {}",
                        format::percent(limit_pct * 100.0),
                        format::cents(r.plan),
                        format::cents(limit),
                        format::cents(limit),
                        format::cents(f.per_day),
                        format::count(f64::from(d))
                    ),
                )
        }
        None if r.plan <= 0.0 => headline.none("no budget to compare"),
        None => headline.none("not this month").math(
            formula,
            format!(
                "{} ÷ {} = {} days > {} days in the month",
                format::cents(limit),
                format::cents(f.per_day),
                format::number(limit / f.per_day, 1),
                format::count(m.days_in_month)
            ),
        ),
    }
}

fn levers_table(read: &Read, r: &LlmResult) -> Table {
    let res = &r.workload;
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD_PER_MONTH };
    let mut cost = res.baseline;
    let mut rows = vec![Row::data(vec![
        Cell::Text(format!("Baseline: {}, nothing cached, batched or retried", read.main.model.label())),
        Cell::Text(String::new()),
        Cell::Text(String::new()),
        Cell::Num(cost),
    ])];
    let levers = [
        (words::caching_step(read), res.caching),
        (words::routing_step(read), res.routing),
        (words::batch_step(read), res.batch),
        (words::retries_step(read), res.retries),
    ];
    for ((saves, costs), lever) in levers {
        cost -= lever.in_sequence;
        let label = if lever.alone < 0.0 || lever.in_sequence < 0.0 { costs } else { saves };
        rows.push(Row::data(vec![
            Cell::Text(label),
            Cell::Num(neg(lever.alone)),
            Cell::Num(neg(lever.in_sequence)),
            Cell::Num(cost),
        ]));
    }
    rows.push(Row::total(vec![
        Cell::Text("= Monthly cost with every lever".to_string()),
        Cell::Text(String::new()),
        Cell::Num(res.monthly - res.baseline),
        Cell::Num(res.monthly),
    ]));
    Table {
        key: "levers",
        title: "From the baseline to the monthly cost, lever by lever (negative: saves)".to_string(),
        columns: vec![
            Column { label: "Step".to_string(), unit: Unit::TEXT },
            money("Change on its own"),
            money("Change in sequence"),
            money("Monthly cost after"),
        ],
        rows,
    }
}

fn budgets_table(r: &LlmResult) -> Table {
    let b = &r.budgets;
    let mut rows = Vec::new();
    let scopes: [(&str, &Periods); 4] = [
        ("Each developer", &b.developer),
        ("Each team", &b.team),
        ("Each repository", &b.repo),
        ("Whole organisation", &b.organisation),
    ];
    for (scope, p) in scopes {
        for (period, x) in [("per working day", p.day), ("per week", p.week), ("per month", p.month)] {
            rows.push(Row::data(vec![
                Cell::Text(format!("{scope}, {period}")),
                Cell::Num(x.budget),
                Cell::Num(x.soft),
                Cell::Num(x.hard),
            ]));
        }
    }
    // Money columns: one precision per column (cents here, since day budgets need them).
    let col = |label: &str| Column { label: label.to_string(), unit: Unit::USD };
    Table {
        key: "budgets",
        title: format!(
            "Budgets per developer, team and repository, from {} a month",
            format::value(r.plan, Unit::USD)
        ),
        columns: vec![
            Column { label: "Scope and period".to_string(), unit: Unit::TEXT },
            col("Budget"),
            col("Soft alert"),
            col("Hard limit"),
        ],
        rows,
    }
}

fn burn_down(read: &Read, r: &LlmResult) -> Chart {
    let m = &read.model.month;
    let t = &read.model.team;
    let days = m.days_in_month;
    let xs: Vec<f64> = (0..=days as u32).map(f64::from).collect();
    let mut lines = Vec::new();
    let mut markers = Vec::new();
    if r.plan > 0.0 {
        let planned: Vec<f64> = xs.iter().map(|d| r.plan * d / days).collect();
        lines.push(Line::new("Planned spend (the budget spread evenly)", planned));
    }
    if let Some(f) = &r.forecast {
        let at_rate: Vec<f64> = xs.iter().map(|d| f.per_day * d).collect();
        lines.push(Line::new("Spend at today's rate", at_rate));
        markers.push(charts::marker(
            format!("Today: {} spent", format::value(m.spent, Unit::USD)),
            m.day,
            m.spent,
        ));
        markers.push(charts::marker(
            format!("Month end: {}", format::value(f.month_end, Unit::USD)),
            days,
            f.month_end,
        ));
        for (label, pct, day) in [("Soft alert", t.soft, f.soft_day), ("Hard limit", t.hard, f.hard_day)] {
            if let Some(d) = day {
                markers.push(charts::marker(
                    format!("{label}: day {}", format::count(f64::from(d))),
                    f64::from(d),
                    r.plan * pct,
                ));
            }
        }
    }
    if r.plan > 0.0 {
        lines.push(Line::stairs(
            format!("Soft alert ({})", format::percent(t.soft * 100.0)),
            vec![r.plan * t.soft; xs.len()],
        ));
        lines.push(Line::stairs(
            format!("Hard limit ({})", format::percent(t.hard * 100.0)),
            vec![r.plan * t.hard; xs.len()],
        ));
    }
    charts::versus(
        "burn_down",
        "Spend through the month against the soft alert and the hard limit",
        ("Day of the month", DAY_OF),
        ("Spend so far this month", Unit::USD),
        &xs,
        lines,
        markers,
    )
}

/// Which of a model's sheet figures a scenario uses: its prices when it prices requests or agent
/// steps, its cache prices only when something is cached, its long-context prices only when a
/// request or step is past the threshold. A figure it does not use is not listed, so the
/// price-age notice and "prices as of" speak only of what the answer rests on.
#[derive(Clone, Copy, Debug, Default)]
struct Uses {
    prices: bool,
    cache: bool,
    min_cache: bool,
    long_context: bool,
}

fn price_assumptions(
    out: &mut Vec<Assumption>,
    set: &PriceSet,
    keys: [&'static str; 4],
    who: &str,
    uses: Uses,
) {
    if !uses.prices {
        return;
    }
    let p = &set.prices;
    let name = set.model.label();
    let off = if set.off_peak > 0.0 {
        format!(", {} of requests off-peak", format::share(set.off_peak))
    } else {
        String::new()
    };
    for (k, what, value, prov, cache) in [
        (keys[0], "input", p.input, &set.input, false),
        (keys[1], "output", p.output, &set.output, false),
        (keys[2], "cache write", p.cache_write, &set.cache_write, true),
        (keys[3], "cache read", p.cache_read, &set.cache_read, true),
    ] {
        if cache && !uses.cache {
            continue;
        }
        let off = if *prov == Provenance::Input { "" } else { off.as_str() };
        out.push(Assumption::price(
            k,
            format!("{who}{name}: {what}{off}"),
            format::price(value, USD_PER_MTOK),
            prov.clone(),
        ));
    }
    let sheet = |label: String, display: String, price: &'static calc_core::Price| Assumption {
        key: None,
        label,
        display,
        provenance: Provenance::Sheet(price),
        overridden: false,
    };
    if let Some(m) = set.min_cache.filter(|_| uses.min_cache) {
        out.push(sheet(
            format!("{who}{name}: smallest prefix that is cached"),
            format!("{} tokens", format::count(m.value)),
            m,
        ));
    }
    let l = &set.limits;
    out.push(Assumption {
        key: None,
        label: format!("{who}{name}: context window"),
        display: if l.output_in_window {
            format!(
                "{} tokens, input and output of one call; at most {} of output",
                format::count(l.window),
                format::count(l.max_output)
            )
        } else {
            format!(
                "{} tokens of input a call; at most {} of output",
                format::count(l.window),
                format::count(l.max_output)
            )
        },
        provenance: Provenance::Sheets(set.limit_prices.to_vec()),
        overridden: false,
    });
    if let Some([t, i, o]) = set.long_context {
        out.push(sheet(
            format!("{who}{name}: a request over this much input is priced whole at the long-context rates"),
            format!("{} tokens", format::count(t.value)),
            t,
        ));
        if uses.long_context {
            out.push(Assumption {
                key: None,
                label: format!("{who}{name}: long-context input and output prices"),
                display: format!(
                    "{} and {} (× {} and × {})",
                    format::price(i.value, USD_PER_MTOK),
                    format::price(o.value, USD_PER_MTOK),
                    format::number(p.long_context.map_or(1.0, |l| l.input_factor), 3),
                    format::number(p.long_context.map_or(1.0, |l| l.output_factor), 3)
                ),
                provenance: Provenance::Sheets(vec![i, o]),
                overridden: false,
            });
        }
    }
}

fn assumptions(read: &Read, r: &LlmResult) -> Vec<Assumption> {
    let i = &read.model;
    let w = &i.workload;
    let res = &r.workload;
    let requests = w.requests > 0.0;
    let prefix = requests && w.shape.prefix > 0.0;
    let routed = requests && w.route_share > 0.0;
    // An agent session caches its context from the first step that reaches the model's minimum.
    let agent_caches = r
        .agent
        .as_ref()
        .is_some_and(|a| i.agent.cache && w.main.cacheable(step_context(&i.agent, a.run.steps.max(1))));
    let main = Uses {
        prices: requests || r.agent.is_some(),
        cache: (prefix && res.main_cacheable) || agent_caches,
        min_cache: prefix || (r.agent.is_some() && i.agent.cache),
        long_context: (requests && res.long_context)
            || r.agent.as_ref().is_some_and(|a| a.run.long_steps > 0),
    };
    let routed_uses = Uses {
        prices: routed,
        cache: routed && prefix && res.routed_cacheable,
        min_cache: routed && prefix,
        long_context: routed && w.routed.tier(w.shape.fresh + w.shape.prefix) != (1.0, 1.0),
    };
    let mut out = Vec::new();
    price_assumptions(
        &mut out,
        &read.main,
        [key::P_IN, key::P_OUT, key::P_CACHE_WRITE, key::P_CACHE_READ],
        "",
        main,
    );
    price_assumptions(
        &mut out,
        &read.routed,
        [key::R_IN, key::R_OUT, key::R_CACHE_WRITE, key::R_CACHE_READ],
        "Smaller model, ",
        routed_uses,
    );
    let off_peak = [(&read.main, main.prices), (&read.routed, routed_uses.prices)]
        .iter()
        .any(|(set, used)| *used && set.has_off_peak);
    if off_peak {
        out.push(Assumption::input(
            key::OFF_PEAK,
            "DeepSeek requests at off-peak prices",
            format::percent(read.off_peak * 100.0),
            read.off_peak > 0.0,
        ));
    }
    // A batch discount is used only for the requests marked for the batch API on that model.
    let batched = requests && w.batch_share > 0.0;
    for (k, who, set, batch, used) in [
        (key::BATCH_DISCOUNT, "", &read.main, &read.batch, batched && w.route_share < 1.0),
        (key::R_BATCH_DISCOUNT, "Smaller model, ", &read.routed, &read.routed_batch, batched && routed),
    ] {
        if used {
            out.push(Assumption::price(
                k,
                format!("{who}{}: batch API discount on every token charge", set.model.label()),
                words::batch_display(set.model, batch),
                batch.provenance.clone(),
            ));
        }
    }
    if prefix && res.main_cacheable {
        out.push(Assumption::derived(
            "Cache hit rate at which caching breaks even",
            format::share(w.main.breakeven_hit()),
            "(cache-write price − input price) ÷ (cache-write price − cache-read price); below it, the writes on misses cost more than the reads save",
        ));
    }
    out.push(Assumption::input(key::SOFT_PCT, "Soft alert", format::percent(i.team.soft * 100.0), false));
    out.push(Assumption::input(key::HARD_PCT, "Hard limit", format::percent(i.team.hard * 100.0), false));
    out.push(Assumption::derived(
        "Monthly budget the limits rest on",
        format::value(r.plan, Unit::USD_PER_MONTH),
        if r.plan_is_budget {
            "the monthly budget entered"
        } else {
            "the workload's monthly cost with every lever"
        },
    ));
    // The vendor's per-developer figures are used only by the warning on a hard daily cap below them.
    let daily_cap_warned = r.plan > 0.0 && r.budgets.developer.day.hard < read.dev_day_p90.value;
    for p in [read.dev_day_avg, read.dev_day_p90].into_iter().filter(|_| daily_cap_warned) {
        out.push(Assumption {
            key: None,
            label: p.label.to_string(),
            display: format::value(p.value, Unit::USD),
            provenance: Provenance::Sheet(p),
            overridden: false,
        });
    }
    out
}

/// The prices and batch discounts an input left empty was evaluated with (discounts in %).
fn auto_values(read: &Read) -> Vec<AutoValue> {
    let prices = |keys: [&'static str; 4], p: &crate::model::ModelPrices| {
        keys.into_iter()
            .zip([p.input, p.output, p.cache_write, p.cache_read])
            .map(|(k, v)| AutoValue::new(k, v))
    };
    let mut out: Vec<AutoValue> =
        prices([key::P_IN, key::P_OUT, key::P_CACHE_WRITE, key::P_CACHE_READ], &read.main.prices).collect();
    out.extend(prices([key::R_IN, key::R_OUT, key::R_CACHE_WRITE, key::R_CACHE_READ], &read.routed.prices));
    out.push(AutoValue::new(key::BATCH_DISCOUNT, read.batch.discount * 100.0));
    out.push(AutoValue::new(key::R_BATCH_DISCOUNT, read.routed_batch.discount * 100.0));
    out
}
