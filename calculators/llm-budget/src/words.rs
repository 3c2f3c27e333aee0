//! The words: the verdict, the warnings the inputs trigger, notes, and the names of the levers.

use crate::fields::{key, Batch, PriceSet, Provider, Read, Status, USD_PER_MTOK};
use crate::model::{
    request_cost, workload, Agent, AgentResult, Forecast, LlmResult, ModelPrices, MonthToDate, GROWTH,
};
use calc_core::{format, Assumption, ChoiceEnum, Decision, Price, Provenance, Unit, Verdict, Warning};

fn per_month(x: f64) -> String {
    format::value(x, Unit::USD_PER_MONTH)
}

fn usd(x: f64) -> String {
    format::value(x, Unit::USD)
}

fn day(d: u32) -> String {
    format!("day {}", format::count(f64::from(d)))
}

/// "saves $X/month" or "costs $X/month more": a loss is never called a saving.
pub fn effect(x: f64) -> String {
    if x < 0.0 {
        format!("costs {} more", per_month(-x))
    } else {
        format!("saves {}", per_month(x))
    }
}

/// The table's label for each lever: (when it saves, when it costs more).
pub fn caching_step(read: &Read) -> (String, String) {
    let w = &read.model.workload;
    if w.shape.prefix <= 0.0 {
        let t = "Caching: no static prefix to cache".to_string();
        return (t.clone(), t);
    }
    if !w.main.cacheable(w.shape.prefix) {
        let t = format!(
            "Caching: the {}-token prefix is below the model's minimum, never cached",
            format::count(w.shape.prefix)
        );
        return (t.clone(), t);
    }
    let what = format!(
        "caching the {}-token prefix at a {} hit rate",
        format::count(w.shape.prefix),
        format::share(w.cache_hit)
    );
    (format!("− {what}"), format!("+ {what} (costs more)"))
}

pub fn routing_step(read: &Read) -> (String, String) {
    let w = &read.model.workload;
    if w.route_share <= 0.0 {
        let t = "Routing: none".to_string();
        return (t.clone(), t);
    }
    let what =
        format!("routing {} of requests to {}", format::share(w.route_share), read.routed.model.label());
    (format!("− {what}"), format!("+ {what} (costs more)"))
}

pub fn batch_step(read: &Read) -> (String, String) {
    let w = &read.model.workload;
    let routed = w.route_share > 0.0;
    let main_cut = w.route_share < 1.0 && w.batch_discount > 0.0;
    let routed_cut = routed && w.routed_batch_discount > 0.0;
    if w.batch_share <= 0.0 || !(main_cut || routed_cut) {
        let t = if w.batch_share > 0.0 {
            format!(
                "Batch API: {} sells none, so batched requests cost the standard price",
                read.main.model.provider().label()
            )
        } else {
            "Batch API: none".to_string()
        };
        return (t.clone(), t);
    }
    let off = |d: f64| if d > 0.0 { format!("{} off", format::share(d)) } else { "no discount".to_string() };
    let what = if routed && (w.batch_discount - w.routed_batch_discount).abs() > 1e-12 {
        format!(
            "{} of requests through the batch API, {} on {} and {} on {}",
            format::share(w.batch_share),
            off(w.batch_discount),
            read.main.model.label(),
            off(w.routed_batch_discount),
            read.routed.model.label()
        )
    } else {
        format!(
            "{} of requests through the batch API at {}",
            format::share(w.batch_share),
            off(w.batch_discount)
        )
    };
    (format!("− {what}"), format!("+ {what}"))
}

/// A batch discount as the assumptions show it: "50%", or "none: DeepSeek sells no batch API".
pub fn batch_display(model: crate::fields::LlmModel, b: &Batch) -> String {
    if b.none_sold() {
        format!("none: {} sells no batch API", model.provider().label())
    } else {
        format::percent(b.discount * 100.0)
    }
}

pub fn retries_step(read: &Read) -> (String, String) {
    let w = &read.model.workload;
    if w.retry_rate <= 0.0 {
        let t = "Retries: none".to_string();
        return (t.clone(), t);
    }
    let t = format!("+ retries billed in full: {} extra attempts", format::share(w.retry_rate));
    (t.clone(), t)
}

/// The lever that saves most on its own, with its saving; none when none saves.
fn best_lever(r: &LlmResult) -> Option<(&'static str, f64)> {
    let res = &r.workload;
    [("caching", res.caching.alone), ("routing", res.routing.alone), ("the batch API", res.batch.alone)]
        .into_iter()
        .filter(|(_, s)| *s >= 0.005)
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// The levers that can save but here cost more, on their own or after the levers before
/// them (retries never save, so they are not among them).
fn costly_levers(r: &LlmResult) -> Vec<&'static str> {
    let res = &r.workload;
    let costs = |l: crate::model::Lever| l.alone <= -0.005 || l.in_sequence <= -0.005;
    let mut v = Vec::new();
    if costs(res.caching) {
        v.push("caching at this hit rate");
    }
    if costs(res.routing) {
        v.push("routing to a dearer model");
    }
    v
}

/// Why the workload costs more than the baseline, each subject with its own verb: "caching
/// at this hit rate costs more than it saves", "… and routing … cost more than they save",
/// "retries billed in full add $X/month".
fn why_it_costs_more(r: &LlmResult) -> String {
    let costly = costly_levers(r);
    let mut clauses = Vec::new();
    match costly.len() {
        0 => {}
        1 => clauses.push(format!("{} costs more than it saves", costly[0])),
        _ => clauses.push(format!("{} cost more than they save", list(&costly))),
    }
    let retries = -r.workload.retries.in_sequence;
    if retries >= 0.005 {
        clauses.push(format!("retries billed in full add {}", per_month(retries)));
    }
    if clauses.is_empty() {
        clauses.push("the levers together cost more than they save".to_string());
    }
    clauses.join(", and ")
}

fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// How long a provider's prompt cache lives, as its documentation states it (see Sources).
pub fn cache_lifetime(p: Provider) -> &'static str {
    match p {
        Provider::Anthropic => {
            "5 minutes after its last use with the 5-minute write priced here, an hour with the \
                                1-hour write"
        }
        Provider::OpenAi => {
            "OpenAI clears cached prefixes typically after 5 to 10 minutes of inactivity, always \
                             within an hour"
        }
        Provider::Google => {
            "Google publishes none for implicit caching; explicit caches last an hour by default"
        }
        Provider::DeepSeek => "DeepSeek publishes no fixed lifetime for its disk cache",
    }
}

/// Every decision the verdict can reach.
pub const NOTHING_TO_PLAN: Decision = Decision::empty("no_recommendation", "Nothing to plan yet");
pub const WORKLOAD_COST: Decision = Decision::new("workload_cost", "What this workload costs a month");
pub const SPLIT_BUDGET: Decision = Decision::new("split_budget", "Give each developer a daily budget");
pub const OVERRUN: Decision = Decision::new("overrun", "Expect to overrun this month's budget");
pub const ON_TRACK: Decision = Decision::new("on_track", "On track for this month's budget");
pub const DECISIONS: &[Decision] = &[NOTHING_TO_PLAN, WORKLOAD_COST, SPLIT_BUDGET, OVERRUN, ON_TRACK];

/// The decision is the month's budget when a forecast exists (will we overrun?), else what the
/// workload costs, else the plan.
pub fn verdict(read: &Read, r: &LlmResult) -> Verdict {
    let i = &read.model;
    let has_workload = i.workload.requests > 0.0;
    if !has_workload && r.plan <= 0.0 {
        return Verdict::plain(NOTHING_TO_PLAN)
            .fact("enter the requests per month, or a monthly budget to split");
    }
    let cents = |v: f64| format::value_at(v, Unit::USD, 2);
    let workload = if has_workload {
        workload_facts(r)
    } else {
        // One precision for both: a week's cents make the month's cents shown too.
        let d = format::money_decimals([r.plan, r.budgets.developer.week.budget]);
        vec![format!(
            "{} a month is {} per developer a week",
            format::value_at(r.plan, Unit::USD, d),
            format::value_at(r.budgets.developer.week.budget, Unit::USD, d)
        )]
    };
    let mut v = match &r.forecast {
        Some(f) if r.plan > 0.0 => month_verdict(&i.month, r, f),
        _ if has_workload => {
            Verdict::new(WORKLOAD_COST, format!("This workload costs {}", per_month(r.workload.monthly)))
        }
        _ => Verdict::new(
            SPLIT_BUDGET,
            format!("Give each developer {} a working day", cents(r.budgets.developer.day.budget)),
        ),
    };
    match &r.forecast {
        Some(f) => {
            if r.plan <= 0.0 {
                v.push(format!(
                    "at {} a day this month ends at {}",
                    format::value(f.per_day, Unit::USD),
                    usd(f.month_end)
                ));
            }
            // The workload's own figures become one fact after the month's.
            let merged = workload.join(", and ");
            v.push(format!("{}{merged}", if has_workload { "the workload: " } else { "" }));
        }
        None => workload.into_iter().for_each(|fact| v.push(fact)),
    }
    // The agent session is a fact of the answer only when the reader set the agents, or when
    // the answer is the budget they draw on (no workload): beside a workload's cost the default
    // session is an example the reader never asked about (its cards still show it).
    if let (Some(a), true) = (&r.agent, read.agents_given || !has_workload) {
        v.push(agent_fact(&i.agent, a));
    }
    v
}

/// The agent session as it is billed: stopped by the cap (and said so), or whole.
fn agent_fact(agent: &Agent, a: &AgentResult) -> String {
    let steps = format::count(f64::from(agent.steps));
    match a.stopped() {
        Some(k) => format!(
            "the {}-token session cap stops a {steps}-step agent session at step {}, after {} input tokens and {} \
             (all {steps} steps would re-read {} tokens for {})",
            format::count(agent.cap),
            format::count(f64::from(k)),
            format::count(a.run.input_tokens),
            format::rate(a.run.cost),
            format::count(a.planned.input_tokens),
            format::rate(a.planned.cost)
        ),
        None => format!(
            "a {steps}-step agent session re-reads {} input tokens and costs {}",
            format::count(a.run.input_tokens),
            format::rate(a.run.cost)
        ),
    }
}

/// What the workload costs per request against the baseline, and the lever behind it.
fn workload_facts(r: &LlmResult) -> Vec<String> {
    let res = &r.workload;
    let per_request = format::value(res.per_request, crate::fields::USD_PER_REQUEST);
    let saving = res.baseline - res.monthly;
    let mut facts = Vec::new();
    if saving >= 0.005 {
        let pct = format::percent(res.saving_pct().unwrap_or(0.0));
        // A saving too small to show as a percentage is said in money, never as "0% less".
        let less = if pct.starts_with("0%") { per_month(saving) } else { pct };
        facts.push(format!(
            "{per_request} per request, {less} less than the {} baseline",
            per_month(res.baseline)
        ));
        if let Some((name, amount)) = best_lever(r) {
            facts.push(format!("{name} saves the most on its own ({})", per_month(amount)));
        }
    } else if saving <= -0.005 {
        facts.push(format!(
            "{per_request} per request, {} more than the {} baseline",
            per_month(-saving),
            per_month(res.baseline)
        ));
        facts.push(why_it_costs_more(r));
    } else {
        facts.push(format!("{per_request} per request, the same as the baseline: no lever changes it"));
    }
    facts
}

/// The month's budget from the spend to date: overrun or on track, and when the limits hit.
fn month_verdict(m: &MonthToDate, r: &LlmResult, f: &Forecast) -> Verdict {
    let past = |d: u32| f64::from(d) <= m.day;
    let fired = |d: u32| if past(d) { "fired on" } else { "fires on" };
    let reached = |d: u32| if past(d) { "was reached on" } else { "stops requests on" };
    if f.over_budget > 0.005 {
        let v = Verdict::plain(OVERRUN).fact(format!(
            "at {} a day this month ends at {}, {} over the {} budget",
            usd(f.per_day),
            usd(f.month_end),
            usd(f.over_budget),
            usd(r.plan)
        ));
        match (f.soft_day, f.hard_day) {
            (Some(s), Some(h)) => v.fact(format!(
                "the soft alert {} {} and the hard limit {} {}",
                fired(s),
                day(s),
                reached(h),
                day(h)
            )),
            (Some(s), None) => v.fact(format!(
                "the soft alert {} {}, and the hard limit is not reached this month",
                fired(s),
                day(s)
            )),
            _ => v,
        }
    } else {
        Verdict::plain(ON_TRACK).fact(format!(
            "at {} a day this month ends at {}, within the {} budget{}",
            usd(f.per_day),
            usd(f.month_end),
            usd(r.plan),
            match f.soft_day {
                Some(s) => format!(" (the soft alert {} {})", fired(s), day(s)),
                None => String::new(),
            }
        ))
    }
}

/// The uncertain sheet figures of a model that the scenario uses (those its assumptions cite).
/// A minimum cacheable size matters only for a prefix (or an agent's first context) near it:
/// the sources disagree by up to a factor of two.
fn uncertain(set: &PriceSet, keys: [&'static str; 2], near: &[f64], cited: &[&Price], w: &mut Vec<Warning>) {
    let figures: Vec<String> = set
        .uncertain
        .iter()
        .filter(|p| cited.iter().any(|c| std::ptr::eq(*c, **p)))
        .filter(|p| p.unit != "tokens" || near.iter().any(|&t| t > 0.0 && t < 2.0 * p.value))
        .map(|p| {
            let value = if p.unit == "tokens" {
                format!("{} tokens", format::count(p.value))
            } else {
                format::price(p.value, USD_PER_MTOK)
            };
            format!("{} ({value})", p.label)
        })
        .collect();
    let tokens =
        set.uncertain.iter().any(|p| p.unit == "tokens") && figures.iter().any(|f| f.ends_with("tokens)"));
    if !figures.is_empty() {
        w.push(Warning::caution(
            format!(
                "Uncertain default{}: {}. The sources disagree or are dated: check the provider's current page (see \
                 Assumptions). {}",
                if figures.len() > 1 { "s" } else { "" },
                figures.join("; "),
                if tokens {
                    "A prefix near an uncertain minimum may go uncached: check the cache-write and cache-read tokens \
                     in your usage report."
                } else {
                    "Type today's price over the default."
                }
            ),
            &keys,
        ));
    }
}

/// What a reader must know about the models themselves before the figures: a retired model (a
/// link that names it still opens, at its last list price), a legacy one, a published price
/// change not yet in effect, and DeepSeek's peak and off-peak prices.
fn model_warnings(read: &Read, r: &LlmResult, w: &mut Vec<Warning>) {
    let wl = &read.model.workload;
    let main_used = wl.requests > 0.0 || r.agent.is_some();
    let routed_used = wl.requests > 0.0 && wl.route_share > 0.0 && read.routed.model != read.main.model;
    let sets = [(&read.main, key::MODEL, true), (&read.routed, key::ROUTE_MODEL, routed_used)];
    for (set, k, used) in sets {
        let (name, provider) = (set.model.name(), set.model.provider().label());
        let main = k == key::MODEL;
        match set.status {
            Status::Retired(day) if main => w.push(Warning::caution(
                format!(
                    "This link names {name}, which {provider} retired from its API on {day}: the figures use its last \
                     list price, and no new request can be sent to it. Pick a current model to plan new work."
                ),
                &[k],
            )),
            Status::Retired(day) if used => w.push(Warning::caution(
                format!(
                    "The smaller model, {name}, was retired from {provider}'s API on {day}: the routed requests are \
                     priced at its last list price. Pick a current model to route to."
                ),
                &[k],
            )),
            Status::Legacy if used => w.push(Warning::info(
                format!(
                    "{name} is a legacy model: {provider} still serves it at the price used here, but has released \
                     newer models in its line. Compare a current model before planning new work."
                ),
                &[k],
            )),
            _ => {}
        }
    }
    for (set, used, price_keys) in [
        (&read.main, main_used, [key::P_IN, key::P_OUT]),
        (&read.routed, routed_used, [key::R_IN, key::R_OUT]),
    ] {
        if !used {
            continue;
        }
        if let Some(n) = set.next {
            let (i, o, rd) = (n.input, n.output, n.cache_read);
            let times = match n.times {
                Some(t) => format!(", {} today's", format::value(t, Unit::MULTIPLIER)),
                None => String::new(),
            };
            let at_those = if set.model == read.main.model && wl.requests > 0.0 {
                let mut next = wl.clone();
                let sheet =
                    |p: &Provenance, v: f64, nv: f64| if matches!(p, Provenance::Input) { v } else { nv };
                next.main.input = sheet(&set.input, next.main.input, i.value);
                next.main.output = sheet(&set.output, next.main.output, o.value);
                next.main.cache_read = sheet(&set.cache_read, next.main.cache_read, rd.value);
                // A cache write keeps its ratio to input (the input price where writes carry no surcharge).
                let write_ratio = if wl.main.input > 0.0 { wl.main.cache_write / wl.main.input } else { 1.0 };
                next.main.cache_write =
                    sheet(&set.cache_write, next.main.cache_write, next.main.input * write_ratio);
                format!(": this workload would cost {} at those prices", per_month(workload(&next).monthly))
            } else {
                String::new()
            };
            w.push(Warning::caution(
                format!(
                    "{} has published {}'s list price from {}: {} input, {} output and {} cache read per million \
                     tokens{times}. Price any month from then at those{at_those}.",
                    set.model.provider().label(),
                    set.model.name(),
                    i.as_of,
                    format::rate(i.value),
                    format::rate(o.value),
                    format::rate(rd.value)
                ),
                &price_keys,
            ));
        }
    }
    let deepseek = [(&read.main, main_used), (&read.routed, routed_used)]
        .into_iter()
        .any(|(set, used)| used && set.has_off_peak);
    if deepseek {
        w.push(Warning::info(
            if read.off_peak > 0.0 {
                format!(
                    "{} of DeepSeek requests are priced at its off-peak rates, half of peak: a request that runs in its \
                     peak hours (01:00–04:00 and 06:00–10:00 UTC on weekdays) costs twice as much.",
                    format::share(read.off_peak)
                )
            } else {
                "DeepSeek bills half these prices off-peak, at every hour outside 01:00–04:00 and 06:00–10:00 UTC on \
                 weekdays: the figures here are at peak, its list price. Enter the share of requests that run \
                 off-peak under Prices."
                    .to_string()
            },
            &[key::OFF_PEAK],
        ));
    }
}

pub fn warnings(read: &Read, r: &LlmResult, assumptions: &[Assumption]) -> Vec<Warning> {
    let i = &read.model;
    let wl = &i.workload;
    let res = &r.workload;
    let mut w = Vec::new();
    model_warnings(read, r, &mut w);
    let main = &wl.main;
    let has_workload = wl.requests > 0.0;
    if has_workload && wl.shape.prefix <= 0.0 && wl.cache_hit > 0.0 {
        // An input with nothing to act on says so, rather than leaving the reader to wonder why
        // changing it changes nothing.
        w.push(Warning::info(
            format!(
                "The {} cache hit rate has nothing to act on: no static prefix is entered, so nothing is cached and \
                 the hit rate changes no figure. Enter the tokens identical on every call under Static prefix per \
                 request to price caching.",
                format::share(wl.cache_hit)
            ),
            &[key::CACHE_HIT, key::PREFIX_TOKENS],
        ));
    }
    if has_workload && wl.shape.prefix > 0.0 {
        if !res.main_cacheable {
            w.push(Warning::info(
                format!(
                    "The {}-token static prefix is below {}'s minimum of {} tokens, so it is never cached: it is billed \
                     as ordinary input on every request, and the {} cache hit rate has nothing to act on. Move more \
                     static content in front of it, or expect no caching saving.",
                    format::count(wl.shape.prefix),
                    read.main.model.label(),
                    format::count(main.min_cache),
                    format::share(wl.cache_hit)
                ),
                &[key::PREFIX_TOKENS, key::MODEL, key::CACHE_HIT],
            ));
        } else if res.caching.alone < 0.0 {
            w.push(Warning::caution(
                format!(
                    "At a {} hit rate caching costs more than it saves ({} on its own): every miss writes the prefix at \
                     {}, {}× the input price, and it breaks even only from a {} hit rate. Low-traffic services never \
                     keep a 5-minute cache warm; send the prefix uncached or pre-warm the cache.",
                    format::share(wl.cache_hit),
                    effect(res.caching.alone),
                    format::price(main.cache_write, USD_PER_MTOK),
                    format::number(if main.input > 0.0 { main.cache_write / main.input } else { 0.0 }, 2),
                    format::share(main.breakeven_hit())
                ),
                &[key::CACHE_HIT, key::P_CACHE_WRITE],
            ));
        } else if res.caching.alone > 0.0 {
            w.push(Warning::info(
                "The caching saving assumes the prefix stays identical on every call: one team changing the system \
                 prompt or a tool definition invalidates the cache on every request until the new prefix is written.",
                &[key::PREFIX_TOKENS, key::CACHE_HIT],
            ));
        }
    }
    if has_workload && wl.route_share > 0.0 {
        if res.routing.alone < 0.0 {
            w.push(Warning::caution(
                format!(
                    "{} costs more per request than {} ({} against {}): routing to it {}.",
                    read.routed.model.label(),
                    read.main.model.label(),
                    format::exact_price(res.routed_base_request),
                    format::exact_price(res.base_request),
                    effect(res.routing.alone)
                ),
                &[key::ROUTE_MODEL, key::ROUTE_SHARE],
            ));
        } else {
            w.push(Warning::info(
                "A classifier that sends a complex request to the small model gets a confident but wrong answer, and \
                 lower quality brings more retries: check the routed share against an evaluation set before and after.",
                &[key::ROUTE_SHARE, key::ROUTE_MODEL],
            ));
        }
    }
    if has_workload && wl.batch_share > 0.0 {
        let routed = wl.route_share > 0.0;
        let mut none = Vec::new();
        if wl.route_share < 1.0 && read.batch.none_sold() {
            none.push(read.main.model.provider());
        }
        if routed && read.routed_batch.none_sold() && !none.contains(&read.routed.model.provider()) {
            none.push(read.routed.model.provider());
        }
        for p in none {
            w.push(Warning::info(
                format!(
                    "{} sells no batch API: the {} of its requests marked for the batch API are priced at the \
                     standard rates. Type a batch discount if you buy one elsewhere.",
                    p.label(),
                    format::share(wl.batch_share)
                ),
                &[key::BATCH_SHARE, if p == read.main.model.provider() { key::MODEL } else { key::ROUTE_MODEL }],
            ));
        }
    }
    if has_workload
        && wl.batch_share > 0.0
        && wl.batch_discount > 0.0
        && res.main_cacheable
        && wl.cache_hit > 0.0
    {
        w.push(Warning::info(
            format!(
                "Batched requests run within up to 24 hours, so they can miss a 5-minute cache: the {} hit rate is \
                 assumed for them too. Lower it, or use the 1-hour write, if the batch runs cold.",
                format::share(wl.cache_hit)
            ),
            &[key::BATCH_SHARE, key::CACHE_HIT],
        ));
    }
    if has_workload && res.long_context {
        if let Some(lc) = main.long_context {
            let standard = ModelPrices { long_context: None, ..*main };
            w.push(Warning::caution(
                format!(
                    "Each request sends {} input tokens, over the {}-token long-context threshold of {}, so the whole \
                     request is priced at the long-context rates (input × {}, output × {}): {} a request instead of {} \
                     at the standard rates. Trimming retrieved context below the threshold removes the surcharge.",
                    format::count(wl.shape.fresh + wl.shape.prefix),
                    format::count(lc.above_tokens),
                    read.main.model.label(),
                    format::number(lc.input_factor, 3),
                    format::number(lc.output_factor, 3),
                    format::rate(res.base_request),
                    format::rate(request_cost(&standard, wl.shape, wl.cache_hit, false))
                ),
                &[key::IN_TOKENS, key::PREFIX_TOKENS],
            ));
        }
    }
    if has_workload && wl.retry_rate > 0.0 {
        w.push(Warning::info(
            format!(
                "Retries add {}: a failed request is still billed in full, and retry loops stay invisible without a \
                 gateway that counts them.",
                per_month(-res.retries.in_sequence)
            ),
            &[key::RETRY_RATE],
        ));
    }
    if let Some(a) = &r.agent {
        if let Some(k) = a.stopped() {
            w.push(Warning::caution(
                format!(
                    "The {}-token cap stops this {}-step session at step {} (after {} input tokens, having cost {}): \
                     the task is left unfinished, and every figure here is for the session as stopped. Raise the cap \
                     above {} tokens, or have the agent summarise its findings when the context reaches 70% of the \
                     window so each step re-reads less.",
                    format::count(i.agent.cap),
                    format::count(f64::from(i.agent.steps)),
                    format::count(f64::from(k)),
                    format::count(a.run.input_tokens),
                    format::rate(a.run.cost),
                    format::count(a.planned.input_tokens)
                ),
                &[key::SESSION_CAP, key::AGENT_STEPS],
            ));
        }
        if a.run.long_steps > 0 {
            w.push(Warning::caution(
                format!(
                    "{} of the {} steps the session runs re-read more than the long-context threshold, so each of \
                     them is priced whole at the long-context rates.",
                    format::count(f64::from(a.run.long_steps)),
                    format::count(f64::from(a.run.steps))
                ),
                &[key::AGENT_STEPS, key::AGENT_GROWTH],
            ));
        }
    }
    if r.plan > 0.0 {
        let cap = r.budgets.developer.day.hard;
        let (avg, p90) = (read.dev_day_avg.value, read.dev_day_p90.value);
        if cap < p90 {
            let how = if cap < avg {
                format!("below even the average active day ({})", usd(avg))
            } else {
                format!(
                    "below the {} under which vendors report 90% of developers' active days fall",
                    usd(p90)
                )
            };
            w.push(Warning::caution(
                format!(
                    "If developers' coding agents draw on this budget, a hard daily cap of {} per developer is {how}: \
                     it would block normal working days (rajivonai.com's \"Friday halt\", when a weekly budget runs out \
                     on Friday afternoon). Use it as a soft alert, or raise the budget.",
                    format::rate(cap)
                ),
                &[key::DEVELOPERS, key::HARD_PCT, key::BUDGET_MONTHLY],
            ));
        }
    }
    if let Some(f) = &r.forecast {
        if r.plan > 0.0 && f.over_budget > 0.005 {
            let hard = match f.hard_day {
                Some(h) => format!(
                    " A hard limit stops every request from {}: for production services set alerts instead of a hard \
                     cap, so customers' requests are not dropped.",
                    day(h)
                ),
                None => String::new(),
            };
            w.push(Warning::caution(
                format!(
                    "Overrun: the month ends at {}, {} ({}) over the {} budget.{hard}",
                    usd(f.month_end),
                    usd(f.over_budget),
                    format::share(f.over_budget / r.plan),
                    usd(r.plan)
                ),
                &[key::SPENT_TO_DATE, key::BUDGET_MONTHLY],
            ));
        }
        if let Some(s) = f.soft_day {
            if f64::from(s) * 2.0 < i.month.days_in_month {
                w.push(Warning::caution(
                    format!(
                        "The soft alert {} {}, before mid-month: the source runbook's sign of a cost incident. Find \
                         the key, feature or deployment responsible within minutes, and compare daily spend with the \
                         trailing 7-day average (2–5 times above it is an incident).",
                        if f64::from(s) <= i.month.day { "fired on" } else { "fires on" },
                        day(s)
                    ),
                    &[key::SPENT_TO_DATE, key::SOFT_PCT],
                ));
            }
        }
    }
    let prefix = if has_workload { wl.shape.prefix } else { 0.0 };
    let agent_base = if r.agent.is_some() && i.agent.cache { i.agent.base } else { 0.0 };
    let cited: Vec<&Price> = assumptions.iter().flat_map(|a| a.provenance.prices()).collect();
    uncertain(&read.main, [key::MODEL, key::P_IN], &[prefix, agent_base], &cited, &mut w);
    if has_workload && wl.route_share > 0.0 && read.routed.model != read.main.model {
        uncertain(&read.routed, [key::ROUTE_MODEL, key::R_IN], &[prefix], &cited, &mut w);
    }
    w
}

pub fn notes(read: &Read, r: &LlmResult) -> Vec<String> {
    let i = &read.model;
    let wl = &i.workload;
    let res = &r.workload;
    let mut notes = Vec::new();
    if wl.requests > 0.0 {
        let levers = [res.caching.alone, res.routing.alone, res.batch.alone, res.retries.alone];
        if levers.iter().any(|x| x.abs() >= 0.005) {
            notes.push(format!(
                "Each lever on its own against the baseline: caching {}, routing {}, the batch API {}; retries add {}. \
                 In sequence they take {} to {}.",
                effect(res.caching.alone),
                effect(res.routing.alone),
                effect(res.batch.alone),
                per_month(-res.retries.alone),
                per_month(res.baseline),
                per_month(res.monthly)
            ));
        }
        notes.push(format!(
            "At {} the volume ({} requests a month) the same workload costs {}, {} per developer per working day, if \
             the hit rate and prices hold. Forecast with the per-request cost so the next 10× is a planned number.",
            format::value(GROWTH, Unit::MULTIPLIER),
            format::count(wl.requests * GROWTH),
            per_month(r.growth_monthly),
            format::rate(r.growth_monthly / i.team.developers / i.team.working_days)
        ));
        if r.plan_is_budget && r.plan > 0.0 {
            notes.push(format!(
                "The workload's {} is {} of the {} budget the limits are set from.",
                per_month(res.monthly),
                format::share(res.monthly / r.plan),
                per_month(r.plan)
            ));
        }
    }
    if let (Some(h), true) = (read.main.write_1h, wl.requests > 0.0 && wl.shape.prefix > 0.0) {
        let mut p = wl.main;
        p.cache_write = h.value;
        notes.push(format!(
            "{} also sells a 1-hour cache write at {} (2 × input), for traffic with gaps longer than 5 minutes: with it, \
             caching breaks even from a {} hit rate instead of {}. Type it as the cache-write price to use it.",
            read.main.model.label(),
            format::price(h.value, USD_PER_MTOK),
            format::share(p.breakeven_hit()),
            format::share(wl.main.breakeven_hit())
        ));
    }
    if let Some(a) = &r.agent {
        if r.plan > 0.0 && a.run.cost > 0.0 {
            let sessions = r.plan / a.run.cost;
            let how = match a.stopped() {
                Some(k) if a.planned.cost > 0.0 => format!(
                    ", each stopped by the cap at step {} ({} each; {} if they ran all {} steps at {})",
                    format::count(f64::from(k)),
                    format::rate(a.run.cost),
                    format::number((r.plan / a.planned.cost).floor(), 0),
                    format::count(f64::from(i.agent.steps)),
                    format::rate(a.planned.cost)
                ),
                _ => String::new(),
            };
            notes.push(format!(
                "{} a month pays for {} such agent sessions{how}, {} per developer per working day.",
                usd(r.plan),
                format::number(sessions.floor(), 0),
                format::number(sessions / i.team.developers / i.team.working_days, 1)
            ));
        }
        if i.agent.cache && wl.main.cacheable(i.agent.base) && a.run.all_miss_cost > a.run.cost + 0.000_05 {
            notes.push(format!(
                "The session cost assumes every step reads the previous context from the cache. A tool call (a test \
                 run, a build) that takes longer than the cache lifetime ({}) lets it expire, and the next step \
                 writes its whole context again at the cache-write price: if every step missed, this session would \
                 cost {} instead of {}.",
                cache_lifetime(read.main.model.provider()),
                format::rate(a.run.all_miss_cost),
                format::rate(a.run.cost)
            ));
        }
    }
    notes.push(
        "rajivonai.com's rule of thumb: \"Model tier × prompt size × call volume × retries\" multiply, so a 2× prompt \
         on a 3×-priced model at a 1.5× retry rate costs 9× as much for the same outcome."
            .to_string(),
    );
    let models = if wl.requests > 0.0 && wl.route_share > 0.0 {
        format!("{}, with {} for routed requests", read.main.model.label(), read.routed.model.label())
    } else {
        read.main.model.label().to_string()
    };
    notes.push(format!(
        "Prices for {models}: list prices from the dated public sources under Assumptions unless typed; providers \
         change prices several times a year (Claude Sonnet 5, GPT-5.6 and DeepSeek all did between July and \
         September 2026), and committed-use or volume discounts are not modelled."
    ));
    notes
}
