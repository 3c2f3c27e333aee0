//! The pure model: what one request costs on a model's price sheet, the levers one at a time
//! and in sequence, an agent session whose context grows every step, the budgets a monthly
//! figure gives a team, and the month-end forecast from spend to date. Plain numbers in,
//! plain numbers out; prices are USD per million tokens.

/// Tokens in the unit prices are quoted per.
pub const PER_MILLION: f64 = 1_000_000.0;
/// A working week, for weekly budgets.
pub const WORKING_DAYS_PER_WEEK: f64 = 5.0;
/// Growth scenario: the same workload at this many times the volume.
pub const GROWTH: f64 = 10.0;

/// One model's prices and the rules that change them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelPrices {
    pub input: f64,
    pub output: f64,
    /// A cache miss writes the prefix at this price (the input price where writes carry no surcharge).
    pub cache_write: f64,
    pub cache_read: f64,
    /// A prefix shorter than this is never cached (0: no minimum).
    pub min_cache: f64,
    /// A request with more input tokens than this is priced whole at the long-context rates.
    pub long_context: Option<LongContext>,
}

/// A long-context tier, as multipliers on the prices (the sheet's long-context price ÷ its
/// standard price), so that a typed price keeps the provider's ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LongContext {
    pub above_tokens: f64,
    /// On every input-side price: input, cache write and cache read.
    pub input_factor: f64,
    pub output_factor: f64,
}

impl ModelPrices {
    /// (input-side factor, output factor) for a request with `input_tokens` of input.
    pub fn tier(&self, input_tokens: f64) -> (f64, f64) {
        match self.long_context {
            Some(lc) if input_tokens > lc.above_tokens => (lc.input_factor, lc.output_factor),
            _ => (1.0, 1.0),
        }
    }

    /// A prefix of this many tokens can be cached.
    pub fn cacheable(&self, prefix: f64) -> bool {
        prefix > 0.0 && prefix >= self.min_cache
    }

    /// The cache hit rate at or above which caching the prefix costs no more than sending it
    /// uncached: (write − input) ÷ (write − read), 0 when a write costs no more than input.
    pub fn breakeven_hit(&self) -> f64 {
        if self.cache_write <= self.input {
            0.0
        } else if self.cache_write > self.cache_read {
            ((self.cache_write - self.input) / (self.cache_write - self.cache_read)).min(1.0)
        } else {
            // read ≥ write > input: every hit and every miss costs more than input.
            1.0
        }
    }
}

/// What one call to a model can hold: its context window (which the call's output shares at
/// Anthropic, OpenAI and DeepSeek; Google limits input alone) and its maximum output.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub window: f64,
    pub max_output: f64,
    /// The window counts the call's output as well as its input.
    pub output_in_window: bool,
}

impl Limits {
    /// The most input one call can send beside `output` tokens of output.
    pub fn max_input(&self, output: f64) -> f64 {
        if self.output_in_window {
            (self.window - output).max(0.0)
        } else {
            self.window
        }
    }

    /// A call with this input and output fits.
    pub fn fits(&self, input: f64, output: f64) -> bool {
        output <= self.max_output && input <= self.max_input(output)
    }
}

/// The token shape of one request.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    /// Input that changes every request, always at the input price.
    pub fresh: f64,
    /// The static prefix (instructions, tools, documents) that caching can serve.
    pub prefix: f64,
    pub output: f64,
}

/// One request's cost in USD; `hit` is the share (0–1) of requests whose prefix is read from
/// the cache; the rest write it. `cached = false` sends the prefix as ordinary input.
pub fn request_cost(p: &ModelPrices, s: Shape, hit: f64, cached: bool) -> f64 {
    let (fi, fo) = p.tier(s.fresh + s.prefix);
    let prefix = if cached && p.cacheable(s.prefix) {
        s.prefix * (hit * p.cache_read + (1.0 - hit) * p.cache_write)
    } else {
        s.prefix * p.input
    };
    ((s.fresh * p.input + prefix) * fi + s.output * p.output * fo) / PER_MILLION
}

#[derive(Clone, Debug, PartialEq)]
pub struct Workload {
    pub main: ModelPrices,
    pub routed: ModelPrices,
    pub requests: f64,
    pub shape: Shape,
    /// 0–1 shares.
    pub cache_hit: f64,
    pub route_share: f64,
    pub batch_share: f64,
    /// The batch API discount on the main model's and on the smaller model's requests (each
    /// its provider's; 0 where the provider sells no batch API).
    pub batch_discount: f64,
    pub routed_batch_discount: f64,
    /// Extra attempts per request, 0–5 (3 = 300%).
    pub retry_rate: f64,
}

/// Each lever's change against the baseline on its own, and in sequence (caching, routing,
/// batch, retries), so the sequence sums from the baseline to the final cost. Positive saves.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Lever {
    pub alone: f64,
    pub in_sequence: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WorkloadResult {
    /// Per request: main model, nothing cached.
    pub base_request: f64,
    /// Per request: main model with caching.
    pub cached_request: f64,
    /// Per request on the smaller model, uncached and cached.
    pub routed_base_request: f64,
    pub routed_cached_request: f64,
    /// The prefix is long enough to cache on the main and the routed model.
    pub main_cacheable: bool,
    pub routed_cacheable: bool,
    /// A request is past the main model's long-context threshold.
    pub long_context: bool,
    /// One model, nothing cached, nothing batched, no retries.
    pub baseline: f64,
    pub caching: Lever,
    pub routing: Lever,
    pub batch: Lever,
    /// Always ≤ 0: retries only add cost.
    pub retries: Lever,
    pub monthly: f64,
    /// Monthly ÷ requests (retries included); 0 without requests.
    pub per_request: f64,
}

impl WorkloadResult {
    /// The saving against the baseline as a percentage; none without a baseline.
    pub fn saving_pct(&self) -> Option<f64> {
        (self.baseline > 0.0).then(|| (self.baseline - self.monthly) / self.baseline * 100.0)
    }
}

pub fn workload(w: &Workload) -> WorkloadResult {
    let n = w.requests;
    let base_request = request_cost(&w.main, w.shape, w.cache_hit, false);
    let cached_request = request_cost(&w.main, w.shape, w.cache_hit, true);
    let routed_base_request = request_cost(&w.routed, w.shape, w.cache_hit, false);
    let routed_cached_request = request_cost(&w.routed, w.shape, w.cache_hit, true);
    let batch_cut = w.batch_share * w.batch_discount;
    let routed_batch_cut = w.batch_share * w.routed_batch_discount;

    let baseline = n * base_request;
    let after_caching = n * cached_request;
    let main_part = n * (1.0 - w.route_share) * cached_request;
    let routed_part = n * w.route_share * routed_cached_request;
    let after_routing = main_part + routed_part;
    // Each provider's discount on its own batched requests.
    let after_batch = main_part * (1.0 - batch_cut) + routed_part * (1.0 - routed_batch_cut);
    let monthly = after_batch * (1.0 + w.retry_rate);

    WorkloadResult {
        base_request,
        cached_request,
        routed_base_request,
        routed_cached_request,
        main_cacheable: w.main.cacheable(w.shape.prefix),
        routed_cacheable: w.routed.cacheable(w.shape.prefix),
        long_context: w.main.tier(w.shape.fresh + w.shape.prefix) != (1.0, 1.0),
        baseline,
        caching: Lever { alone: baseline - after_caching, in_sequence: baseline - after_caching },
        routing: Lever {
            alone: n * w.route_share * (base_request - routed_base_request),
            in_sequence: after_caching - after_routing,
        },
        batch: Lever { alone: baseline * batch_cut, in_sequence: after_routing - after_batch },
        retries: Lever { alone: -baseline * w.retry_rate, in_sequence: after_batch - monthly },
        monthly,
        per_request: if n > 0.0 { monthly / n } else { 0.0 },
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agent {
    pub steps: u32,
    /// Context of the first step.
    pub base: f64,
    /// Tokens the context grows by every step (tool results and the model's own output).
    pub growth: f64,
    /// Output tokens per step.
    pub output: f64,
    pub cache: bool,
    /// Cumulative input tokens at which the session is stopped; 0 for no cap.
    pub cap: f64,
}

/// What one agent session re-reads and costs, over the steps it runs.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Session {
    pub steps: u32,
    pub input_tokens: f64,
    pub cost: f64,
    /// The same steps with every step's input at the input price.
    pub uncached_cost: f64,
    /// The same steps if the cache had expired before each of them (a tool call longer than
    /// the cache lifetime): every step writes its whole context (uncached below the minimum).
    pub all_miss_cost: f64,
    /// Steps past the long-context threshold.
    pub long_steps: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AgentResult {
    /// All the steps entered: N·P + d·N(N−1)/2 input tokens.
    pub planned: Session,
    /// The steps that run: up to and including the cap step, else all of them. This is the
    /// session that is billed.
    pub run: Session,
    /// Cumulative input and cost after each planned step (index k − 1 for step k).
    pub cumulative_tokens: Vec<f64>,
    pub cumulative_cost: Vec<f64>,
    /// The step during which cumulative input passes the cap; none without a cap or when
    /// the session ends first.
    pub cap_step: Option<u32>,
}

impl AgentResult {
    /// The cap step when the cap cuts the session short (before its last step); a cap passed
    /// during the last step stops nothing.
    pub fn stopped(&self) -> Option<u32> {
        self.cap_step.filter(|&k| k < self.planned.steps)
    }
}

/// N·P + d·N(N−1)/2: every step re-reads the whole context so far.
pub fn agent_input_tokens(steps: u32, base: f64, growth: f64) -> f64 {
    let n = f64::from(steps);
    n * base + growth * n * (n - 1.0) / 2.0
}

/// The context step k (from 1) re-reads: P + (k − 1)·d.
pub fn step_context(a: &Agent, k: u32) -> f64 {
    a.base + f64::from(k.max(1) - 1) * a.growth
}

/// The step during which cumulative input first exceeds the cap (that step runs); none
/// without a cap or when the session ends first.
pub fn cap_step(a: &Agent) -> Option<u32> {
    if a.cap <= 0.0 {
        return None;
    }
    let mut tokens = 0.0;
    (1..=a.steps).find(|&k| {
        tokens += step_context(a, k);
        tokens > a.cap
    })
}

/// The steps that run: the cap step, else all of them.
pub fn steps_run(a: &Agent) -> u32 {
    cap_step(a).unwrap_or(a.steps)
}

/// The most steps whose context fits `max_input` tokens (at least 0): the largest k with
/// P + (k − 1)·d ≤ max input.
pub fn steps_that_fit(a: &Agent, max_input: f64) -> u32 {
    if a.base > max_input {
        0
    } else if a.growth <= 0.0 {
        a.steps
    } else {
        (((max_input - a.base) / a.growth).floor() + 1.0).min(f64::from(u32::MAX)) as u32
    }
}

/// Step k (from 1) reads a context of P + (k − 1)·d. With caching, it reads what the previous
/// step cached at the cache-read price and writes the rest; a context below the model's
/// minimum is sent uncached. Every hit is assumed: steps follow within the cache's lifetime
/// (`all_miss_cost` is the same steps if none did). The session that is billed stops at the
/// cap step.
pub fn agent(p: &ModelPrices, a: &Agent) -> AgentResult {
    let mut cumulative_tokens = Vec::with_capacity(a.steps as usize);
    let mut cumulative_cost = Vec::with_capacity(a.steps as usize);
    let cap = cap_step(a);
    let run_steps = cap.unwrap_or(a.steps);
    let mut s = Session::default();
    let mut run = Session::default();
    let mut cached_len: f64 = 0.0;
    for k in 1..=a.steps {
        let context = step_context(a, k);
        let (fi, fo) = p.tier(context);
        let out = a.output * p.output * fo;
        let cached = a.cache && p.cacheable(context);
        let input = if cached {
            let read = cached_len.min(context);
            let priced = read * p.cache_read + (context - read) * p.cache_write;
            cached_len = context;
            priced
        } else {
            context * p.input
        };
        let missed = if cached { context * p.cache_write } else { context * p.input };
        s.steps = k;
        s.input_tokens += context;
        s.cost += (input * fi + out) / PER_MILLION;
        s.uncached_cost += (context * p.input * fi + out) / PER_MILLION;
        s.all_miss_cost += (missed * fi + out) / PER_MILLION;
        if fi != 1.0 || fo != 1.0 {
            s.long_steps += 1;
        }
        cumulative_tokens.push(s.input_tokens);
        cumulative_cost.push(s.cost);
        if k == run_steps {
            run = s;
        }
    }
    AgentResult { planned: s, run, cumulative_tokens, cumulative_cost, cap_step: cap }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Team {
    pub developers: f64,
    pub teams: f64,
    pub repos: f64,
    pub working_days: f64,
    /// 0–∞ fractions of the monthly budget (0.8 = 80%).
    pub soft: f64,
    pub hard: f64,
}

/// A budget over one scope and period, with its soft alert and hard limit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget {
    pub budget: f64,
    pub soft: f64,
    pub hard: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Periods {
    pub day: Budget,
    pub week: Budget,
    pub month: Budget,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budgets {
    pub developer: Periods,
    pub team: Periods,
    pub repo: Periods,
    pub organisation: Periods,
}

/// A monthly amount split evenly: per working day = month ÷ working days; per week = 5
/// working days (or the whole month when it has fewer).
pub fn budgets(monthly: f64, t: &Team) -> Budgets {
    let periods = |share: f64| {
        let month = monthly / share;
        let day = month / t.working_days;
        let week = day * WORKING_DAYS_PER_WEEK.min(t.working_days);
        let b = |x: f64| Budget { budget: x, soft: x * t.soft, hard: x * t.hard };
        Periods { day: b(day), week: b(week), month: b(month) }
    };
    Budgets {
        developer: periods(t.developers),
        team: periods(t.teams),
        repo: periods(t.repos),
        organisation: periods(1.0),
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthToDate {
    pub spent: f64,
    pub day: f64,
    pub days_in_month: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Forecast {
    pub per_day: f64,
    pub month_end: f64,
    /// The day cumulative spend reaches the soft and hard limits at today's rate, rounded up
    /// to a whole day; none when it does not within the month.
    pub soft_day: Option<u32>,
    pub hard_day: Option<u32>,
    /// Month end − budget (negative: under budget).
    pub over_budget: f64,
}

/// The whole day on which spend at `per_day` reaches `limit`: ⌈limit ÷ per day⌉, at least day 1.
pub fn day_reached(limit: f64, per_day: f64, days_in_month: f64) -> Option<u32> {
    if per_day <= 0.0 || limit.is_nan() {
        return None;
    }
    // A hair of tolerance so that 20,000 ÷ 2,000 is day 10, not 10.000000001 → 11.
    let day = (limit / per_day - 1e-9).ceil().max(1.0);
    (day <= days_in_month).then_some(day as u32)
}

/// Linear projection: spend so far ÷ days so far × days in the month. None without spend.
pub fn forecast(m: &MonthToDate, budget: f64, soft: f64, hard: f64) -> Option<Forecast> {
    if m.spent <= 0.0 || m.day <= 0.0 {
        return None;
    }
    let per_day = m.spent / m.day;
    let month_end = per_day * m.days_in_month;
    let limits = budget > 0.0;
    Some(Forecast {
        per_day,
        month_end,
        soft_day: if limits { day_reached(budget * soft, per_day, m.days_in_month) } else { None },
        hard_day: if limits { day_reached(budget * hard, per_day, m.days_in_month) } else { None },
        over_budget: month_end - budget,
    })
}

/// Everything the calculator computes from.
#[derive(Clone, Debug, PartialEq)]
pub struct LlmInputs {
    pub workload: Workload,
    pub agent: Agent,
    pub team: Team,
    pub month: MonthToDate,
    /// What finance approved; 0 when none was entered.
    pub budget_monthly: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LlmResult {
    pub workload: WorkloadResult,
    /// None without agent steps.
    pub agent: Option<AgentResult>,
    /// The monthly budget the limits and splits rest on: the one entered, else the workload's cost.
    pub plan: f64,
    /// The plan came from the entered budget (not the workload).
    pub plan_is_budget: bool,
    pub budgets: Budgets,
    pub forecast: Option<Forecast>,
    /// The workload's monthly cost at `GROWTH` × the requests.
    pub growth_monthly: f64,
}

pub fn compute(i: &LlmInputs) -> LlmResult {
    let workload = workload(&i.workload);
    let agent = (i.agent.steps > 0).then(|| agent(&i.workload.main, &i.agent));
    let plan_is_budget = i.budget_monthly > 0.0;
    let plan = if plan_is_budget { i.budget_monthly } else { workload.monthly };
    LlmResult {
        growth_monthly: workload.monthly * GROWTH,
        budgets: budgets(plan, &i.team),
        forecast: forecast(&i.month, plan, i.team.soft, i.team.hard),
        workload,
        agent,
        plan,
        plan_is_budget,
    }
}
