//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{
    step_context, steps_run, steps_that_fit, Agent, Limits, LlmInputs, LongContext, ModelPrices, MonthToDate,
    Shape, Team, Workload,
};
use calc_core::{
    choices, format, ChoiceEnum, Field, FieldError, FieldKind, Inputs, Price, PriceSheet, Provenance, Unit,
};

/// Every URL key, spelled once.
pub mod key {
    pub const MODEL: &str = "model";
    pub const REQUESTS: &str = "requests";
    pub const IN_TOKENS: &str = "in_tokens";
    pub const PREFIX_TOKENS: &str = "prefix_tokens";
    pub const OUT_TOKENS: &str = "out_tokens";
    pub const CACHE_HIT: &str = "cache_hit";
    pub const ROUTE_SHARE: &str = "route_share";
    pub const ROUTE_MODEL: &str = "route_model";
    pub const BATCH_SHARE: &str = "batch_share";
    pub const BATCH_DISCOUNT: &str = "batch_discount";
    pub const R_BATCH_DISCOUNT: &str = "r_batch_discount";
    pub const RETRY_RATE: &str = "retry_rate";
    pub const AGENT_STEPS: &str = "agent_steps";
    pub const AGENT_BASE: &str = "agent_base";
    pub const AGENT_GROWTH: &str = "agent_growth";
    pub const AGENT_OUT: &str = "agent_out";
    pub const AGENT_CACHE: &str = "agent_cache";
    pub const SESSION_CAP: &str = "session_cap";
    pub const DEVELOPERS: &str = "developers";
    pub const TEAMS: &str = "teams";
    pub const REPOS: &str = "repos";
    pub const WORKING_DAYS: &str = "working_days";
    pub const BUDGET_MONTHLY: &str = "budget_monthly";
    pub const SOFT_PCT: &str = "soft_pct";
    pub const HARD_PCT: &str = "hard_pct";
    pub const SPENT_TO_DATE: &str = "spent_to_date";
    pub const DAY_OF_MONTH: &str = "day_of_month";
    pub const DAYS_IN_MONTH: &str = "days_in_month";
    pub const OFF_PEAK: &str = "off_peak";
    pub const P_IN: &str = "p_in";
    pub const P_OUT: &str = "p_out";
    pub const P_CACHE_WRITE: &str = "p_cache_write";
    pub const P_CACHE_READ: &str = "p_cache_read";
    pub const R_IN: &str = "r_in";
    pub const R_OUT: &str = "r_out";
    pub const R_CACHE_WRITE: &str = "r_cache_write";
    pub const R_CACHE_READ: &str = "r_cache_read";
}

choices! {
    /// The models on the price sheet; each key prefixes its price-sheet entries
    /// (`sonnet_5_in`, `sonnet_5_write` …). Never remove a key: links name them. A model the
    /// provider no longer serves stays, its sheet entries marked `retired`, and its label says so;
    /// so does a legacy one's.
    pub enum LlmModel {
        Fable51 = "fable_5_1" => "Claude Fable 5.1 (Anthropic)",
        Opus55 = "opus_5_5" => "Claude Opus 5.5 (Anthropic)",
        Sonnet5 = "sonnet_5" => "Claude Sonnet 5 (Anthropic)",
        Haiku45 = "haiku_4_5" => "Claude Haiku 4.5 (Anthropic)",
        Opus5 = "opus_5" => "Claude Opus 5 (Anthropic, legacy)",
        Sonnet46 = "sonnet_4_6" => "Claude Sonnet 4.6 (Anthropic, legacy)",
        Sonnet45 = "sonnet_4_5" => "Claude Sonnet 4.5 (Anthropic, legacy)",
        Gpt6Astra = "gpt_6_astra" => "GPT-6 Astra (OpenAI)",
        Gpt56Sol = "gpt_5_6_sol" => "GPT-5.6 Sol (OpenAI)",
        Gpt56Terra = "gpt_5_6_terra" => "GPT-5.6 Terra (OpenAI)",
        Gpt56Luna = "gpt_5_6_luna" => "GPT-5.6 Luna (OpenAI)",
        Gpt55 = "gpt_5_5" => "GPT-5.5 (OpenAI, legacy)",
        Gpt54 = "gpt_5_4" => "GPT-5.4 (OpenAI, legacy)",
        Gpt54Mini = "gpt_5_4_mini" => "GPT-5.4 mini (OpenAI, legacy)",
        Gemini38Flash = "gemini_3_8_flash" => "Gemini 3.8 Flash (Google)",
        Gemini31Pro = "gemini_3_1_pro" => "Gemini 3.1 Pro Preview (Google)",
        Gemini25Pro = "gemini_2_5_pro" => "Gemini 2.5 Pro (Google, retired)",
        Gemini25Flash = "gemini_2_5_flash" => "Gemini 2.5 Flash (Google, retired)",
        DeepSeekFlash = "deepseek_flash" => "DeepSeek V4.1 Flash (DeepSeek API)",
        DeepSeekV4Pro = "deepseek_v4_pro" => "DeepSeek V4 Pro (DeepSeek API)",
        DeepSeekChat = "deepseek_chat" => "DeepSeek chat, deepseek-chat (DeepSeek API, retired)",
    }
}

/// Where a model stands with its provider, as the sheet and the provider's model list say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Listed by the provider as current.
    Current,
    /// Still served at its list price, but the provider has released a newer model in its line.
    Legacy,
    /// No longer served by the provider's API since this day (the sheet's `retired`).
    Retired(calc_core::Date),
}

impl LlmModel {
    /// The sheet's entry `<model>_<what>`, if it has one.
    pub fn sheet(self, prices: &PriceSheet, what: &str) -> Option<&'static Price> {
        prices.find(&format!("{}_{what}", self.key()))
    }

    /// The model's name without its provider and status: "Gemini 2.5 Pro".
    pub fn name(self) -> &'static str {
        self.label().split(" (").next().unwrap_or(self.label())
    }

    pub fn is_anthropic(self) -> bool {
        self.provider() == Provider::Anthropic
    }

    /// Who sells the model through its API: the provider's rules (batch API, cache lifetime,
    /// what the context window counts) are per provider.
    pub fn provider(self) -> Provider {
        use LlmModel::*;
        match self {
            Fable51 | Opus55 | Sonnet5 | Haiku45 | Opus5 | Sonnet46 | Sonnet45 => Provider::Anthropic,
            Gpt6Astra | Gpt56Sol | Gpt56Terra | Gpt56Luna | Gpt55 | Gpt54 | Gpt54Mini => Provider::OpenAi,
            Gemini38Flash | Gemini31Pro | Gemini25Pro | Gemini25Flash => Provider::Google,
            DeepSeekFlash | DeepSeekV4Pro | DeepSeekChat => Provider::DeepSeek,
        }
    }

    /// Retired when its input price on the sheet says so; legacy when its provider has released
    /// a newer model in its line (Opus 5.5 after Opus 5; Sonnet 5 after Sonnet 4.6 and 4.5, which
    /// Anthropic lists among its legacy models; GPT-6 and GPT-5.6 after GPT-5.5 and GPT-5.4).
    pub fn status(self, prices: &PriceSheet) -> Status {
        if let Some(day) = self.sheet(prices, "in").and_then(|p| p.retired) {
            return Status::Retired(day);
        }
        use LlmModel::*;
        match self {
            Opus5 | Sonnet46 | Sonnet45 | Gpt55 | Gpt54 | Gpt54Mini => Status::Legacy,
            _ => Status::Current,
        }
    }
}

/// The API providers of the models on the sheet; each key prefixes its price-sheet entries
/// (`anthropic_batch` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    Anthropic,
    OpenAi,
    Google,
    DeepSeek,
}

impl Provider {
    pub fn key(self) -> &'static str {
        match self {
            Provider::Anthropic => "anthropic",
            Provider::OpenAi => "openai",
            Provider::Google => "google",
            Provider::DeepSeek => "deepseek",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Provider::Anthropic => "Anthropic",
            Provider::OpenAi => "OpenAI",
            Provider::Google => "Google",
            Provider::DeepSeek => "DeepSeek",
        }
    }

    /// Whether a model's context window counts the call's output too (Google limits input and
    /// output separately).
    pub fn output_in_window(self) -> bool {
        self != Provider::Google
    }

    /// The sheet's entry `<provider>_<what>`.
    pub fn sheet(self, prices: &PriceSheet, what: &str) -> &'static Price {
        prices.get(&format!("{}_{what}", self.key()))
    }
}

pub const USD_PER_MTOK: Unit = Unit::rate("USD/million tokens", "million tokens");
pub const USD_PER_REQUEST: Unit = Unit::rate("USD/request", "request");
/// A budget a developer may spend in a working day: money shown at the cards' one precision
/// ("$4.29/developer-day" beside "$900.00/month"), not a unit price to four decimals.
pub const USD_PER_DEV_DAY: Unit = Unit::money_per("USD/developer-day", "developer-day");
/// An agent session's cost keeps its cents beside monthly totals in the thousands.
pub const USD_PER_SESSION: Unit = Unit::rate("USD/session", "session");
pub const TOKENS: Unit = Unit::quantity("tokens", 0, "tokens");
pub const REQUESTS_PER_MONTH: Unit = Unit::quantity("requests/month", 0, "requests/month");
pub const STEPS: Unit = Unit::quantity("steps", 0, "steps");
pub const DAYS: Unit = Unit::quantity("days", 0, "days");
pub const DAY_OF: Unit = Unit::quantity("day of month", 0, "");

pub const PRICE_DEV_DAY_AVG: &str = "dev_day_avg";
pub const PRICE_DEV_DAY_P90: &str = "dev_day_p90";

pub const GROUP_WORKLOAD: &str = "Workload";
pub const GROUP_LEVERS: &str = "Levers";
pub const GROUP_AGENTS: &str = "Coding agents";
pub const GROUP_TEAM: &str = "Team and budget";
pub const GROUP_MONTH: &str = "Month to date";
pub const GROUP_PRICES: &str = "Prices (USD per million tokens)";

const fn auto(from: &'static str) -> FieldKind {
    FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.01, derived_from: from }
}

pub static FIELDS: &[Field] = &[
    Field {
        key: key::MODEL,
        label: "Model",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: LlmModel::OPTIONS, default: "sonnet_5" },
        help: calc_core::prose!("The model every request goes to today. Sets the default prices below. Legacy models are still \
               served but superseded; a retired one is kept so that old links open, at its last list price."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::REQUESTS,
        label: "Requests per month",
        unit: REQUESTS_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 1e10, step: 1000.0, default: 100_000.0 },
        help: calc_core::prose!("Calls to the model in a month, from your gateway or the provider's usage page. 0 turns the \
               calculator into a budget planner for the monthly budget you enter under Team and budget."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::IN_TOKENS,
        label: "Changing input per request",
        unit: TOKENS,
        kind: FieldKind::Number { min: 0.0, max: 2_000_000.0, step: 100.0, default: 2_000.0 },
        help: calc_core::prose!("Input tokens that differ every call: the user's message, retrieved documents, history. \
               About 1,000 tokens ≈ 750 English words."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::PREFIX_TOKENS,
        label: "Static prefix per request",
        unit: TOKENS,
        kind: FieldKind::Number { min: 0.0, max: 2_000_000.0, step: 100.0, default: 0.0 },
        help: calc_core::prose!("Input tokens identical on every call and placed first: system instructions, tool definitions, \
               fixed documents. This is what prompt caching can serve. 0 if nothing is static."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::OUT_TOKENS,
        label: "Output per request",
        unit: TOKENS,
        kind: FieldKind::Number { min: 0.0, max: 200_000.0, step: 50.0, default: 500.0 },
        help: calc_core::prose!("Tokens the model writes per call, reasoning tokens included (they are billed as output)."),
        group: GROUP_WORKLOAD,
    },
    Field {
        key: key::CACHE_HIT,
        label: "Cache hit rate",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 5.0, default: 90.0 },
        help: calc_core::prose!("Share of requests whose static prefix is read from the cache; every other request writes it \
               (at the cache-write price). Services with steady traffic keep a 5-minute cache warm; \
               low-traffic ones miss and pay the write every time. Applies only when there is a static prefix."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::ROUTE_SHARE,
        label: "Requests routed to a smaller model",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 5.0, default: 0.0 },
        help: calc_core::prose!("Share of requests sent to the smaller model below instead (for example the short or simple \
               ones). Check quality on an evaluation set before and after."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::ROUTE_MODEL,
        label: "Smaller model",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: LlmModel::OPTIONS, default: "haiku_4_5" },
        help: calc_core::prose!("The model the routed requests go to, at its own prices (set below)."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::BATCH_SHARE,
        label: "Requests sent through the batch API",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 5.0, default: 0.0 },
        help: calc_core::prose!("Share of requests that can wait for the batch API's results (up to 24 hours): evaluations, \
               back-office jobs, nightly summaries."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::BATCH_DISCOUNT,
        label: "Batch discount",
        unit: Unit::PERCENT,
        kind: FieldKind::Auto { min: 0.0, max: 90.0, step: 5.0, derived_from: key::MODEL },
        help: calc_core::prose!("Off every token charge of a batched request on the model, cache reads and writes included. Empty: \
               its provider's batch API discount (50% at Anthropic, OpenAI and Google; DeepSeek sells no batch API, \
               so its batched requests cost the standard price)."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::R_BATCH_DISCOUNT,
        label: "Smaller model: batch discount",
        unit: Unit::PERCENT,
        kind: FieldKind::Auto { min: 0.0, max: 90.0, step: 5.0, derived_from: key::ROUTE_MODEL },
        help: calc_core::prose!("Off every token charge of a batched request routed to the smaller model. Empty: the discount typed \
               above if the smaller model has the same provider, otherwise its provider's batch API discount."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::RETRY_RATE,
        label: "Retries",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 300.0, step: 5.0, default: 0.0 },
        help: calc_core::prose!("Extra attempts per request (timeouts, malformed output, agent loops), each billed in full: \
               5% = one retry in twenty requests, 100% = every request sent twice."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::AGENT_STEPS,
        label: "Steps per agent session",
        unit: STEPS,
        kind: FieldKind::Integer { min: 0, max: 500, default: 20 },
        help: calc_core::prose!("Model calls in one coding-agent session (read a file, run a test, edit…). Each re-sends the \
               whole context so far. 0 leaves agents out."),
        group: GROUP_AGENTS,
    },
    Field {
        key: key::AGENT_BASE,
        label: "Context at the first step",
        unit: TOKENS,
        kind: FieldKind::Number { min: 0.0, max: 1_000_000.0, step: 1000.0, default: 8_000.0 },
        help: calc_core::prose!("System prompt, tool definitions and the task when the session starts."),
        group: GROUP_AGENTS,
    },
    Field {
        key: key::AGENT_GROWTH,
        label: "Context added per step",
        unit: TOKENS,
        kind: FieldKind::Number { min: 0.0, max: 200_000.0, step: 100.0, default: 1_500.0 },
        help: calc_core::prose!("Tool results, file contents and the model's own previous output each step adds to what the \
               next step re-reads."),
        group: GROUP_AGENTS,
    },
    Field {
        key: key::AGENT_OUT,
        label: "Output per step",
        unit: TOKENS,
        kind: FieldKind::Number { min: 0.0, max: 100_000.0, step: 100.0, default: 500.0 },
        help: calc_core::prose!("Tokens the model writes per step."),
        group: GROUP_AGENTS,
    },
    Field {
        key: key::AGENT_CACHE,
        label: "Agent uses prompt caching",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: true },
        help: calc_core::prose!("Each step then reads the previous context from the cache and writes only what is new."),
        group: GROUP_AGENTS,
    },
    Field {
        key: key::SESSION_CAP,
        label: "Session token cap",
        unit: TOKENS,
        kind: FieldKind::Number { min: 0.0, max: 1e9, step: 10_000.0, default: 100_000.0 },
        help: calc_core::prose!("Cumulative input tokens at which your client stops a session (rajivonai.com's example: \
               100,000). 0 for no cap."),
        group: GROUP_AGENTS,
    },
    Field {
        key: key::DEVELOPERS,
        label: "Developers",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 1, max: 100_000, default: 10 },
        help: calc_core::prose!("People the budget is shared among."),
        group: GROUP_TEAM,
    },
    Field {
        key: key::TEAMS,
        label: "Teams",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 1, max: 10_000, default: 2 },
        help: calc_core::prose!("Teams that each get a budget (quotas grouped by team follow your existing access roles)."),
        group: GROUP_TEAM,
    },
    Field {
        key: key::REPOS,
        label: "Repositories",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 1, max: 100_000, default: 5 },
        help: calc_core::prose!("Repositories whose CI pipelines call the model, each with its own budget."),
        group: GROUP_TEAM,
    },
    Field {
        key: key::WORKING_DAYS,
        label: "Working days per month",
        unit: DAYS,
        kind: FieldKind::Integer { min: 1, max: 31, default: 21 },
        help: calc_core::prose!("Days the budget is spent over; daily budgets are the month ÷ these days, weekly ones 5 of them."),
        group: GROUP_TEAM,
    },
    Field {
        key: key::BUDGET_MONTHLY,
        label: "Monthly budget",
        unit: Unit::USD_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 1e9, step: 100.0, default: 0.0 },
        help: calc_core::prose!("What finance approved for the month. 0: the workload's forecast monthly cost is the budget."),
        group: GROUP_TEAM,
    },
    Field {
        key: key::SOFT_PCT,
        label: "Soft alert at",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 10.0, max: 200.0, step: 5.0, default: 80.0 },
        help: calc_core::prose!("Percentage of the budget at which an alert goes out (rajivonai.com's articles use 80%, some 75% to \
               leave time to tell a real spike from a runaway loop)."),
        group: GROUP_TEAM,
    },
    Field {
        key: key::HARD_PCT,
        label: "Hard limit at",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 10.0, max: 300.0, step: 5.0, default: 110.0 },
        help: calc_core::prose!("Percentage of the budget at which requests are refused (110% in rajivonai.com's articles). For \
               production services, alerts rather than a hard cap avoid dropping customers' requests."),
        group: GROUP_TEAM,
    },
    Field {
        key: key::SPENT_TO_DATE,
        label: "Spent so far this month",
        unit: Unit::USD,
        kind: FieldKind::Number { min: 0.0, max: 1e9, step: 100.0, default: 0.0 },
        help: calc_core::prose!("From the provider's billing page (which can lag by a day). 0 leaves the month-end forecast out."),
        group: GROUP_MONTH,
    },
    Field {
        key: key::DAY_OF_MONTH,
        label: "Today is day",
        unit: DAY_OF,
        kind: FieldKind::Integer { min: 1, max: 31, default: 15 },
        help: calc_core::prose!("Days of the month the spend so far covers, today included."),
        group: GROUP_MONTH,
    },
    Field {
        key: key::DAYS_IN_MONTH,
        label: "Days in the month",
        unit: DAYS,
        kind: FieldKind::Integer { min: 28, max: 31, default: 30 },
        help: calc_core::prose!("Calendar days in this month."),
        group: GROUP_MONTH,
    },
    Field {
        key: key::OFF_PEAK,
        label: "DeepSeek requests at off-peak prices",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 5.0, default: 0.0 },
        help: calc_core::prose!("DeepSeek bills half its list price outside its peak hours (01:00–04:00 and 06:00–10:00 UTC on \
               weekdays, about four hours in five). Share of the DeepSeek requests and agent steps that run then; \
               0 prices them all at peak, the list price. No other provider has off-peak prices."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_IN,
        label: "Input price",
        unit: USD_PER_MTOK,
        kind: auto(key::MODEL),
        help: calc_core::prose!("USD per million input tokens. Empty: the model's list price."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_OUT,
        label: "Output price",
        unit: USD_PER_MTOK,
        kind: auto(key::MODEL),
        help: calc_core::prose!("USD per million output tokens. Empty: the model's list price."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_CACHE_WRITE,
        label: "Cache write price",
        unit: USD_PER_MTOK,
        kind: auto(key::MODEL),
        help: calc_core::prose!("USD per million prefix tokens written on a cache miss. Empty: the model's price (1.25 × input on \
               Anthropic's 5-minute write and on OpenAI's GPT-5.6 and GPT-6 models; enter Anthropic's 1-hour write, \
               2 × input, if you cache for an hour; the input price where the provider charges no write \
               surcharge)."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_CACHE_READ,
        label: "Cache read price",
        unit: USD_PER_MTOK,
        kind: auto(key::MODEL),
        help: calc_core::prose!("USD per million prefix tokens read from the cache. Empty: the model's price."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::R_IN,
        label: "Smaller model: input price",
        unit: USD_PER_MTOK,
        kind: auto(key::ROUTE_MODEL),
        help: calc_core::prose!("USD per million input tokens on the smaller model. Empty: its list price."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::R_OUT,
        label: "Smaller model: output price",
        unit: USD_PER_MTOK,
        kind: auto(key::ROUTE_MODEL),
        help: calc_core::prose!("USD per million output tokens on the smaller model. Empty: its list price."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::R_CACHE_WRITE,
        label: "Smaller model: cache write price",
        unit: USD_PER_MTOK,
        kind: auto(key::ROUTE_MODEL),
        help: calc_core::prose!("USD per million prefix tokens written on a miss on the smaller model. Empty: its price."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::R_CACHE_READ,
        label: "Smaller model: cache read price",
        unit: USD_PER_MTOK,
        kind: auto(key::ROUTE_MODEL),
        help: calc_core::prose!("USD per million prefix tokens read from the cache on the smaller model. Empty: its price."),
        group: GROUP_PRICES,
    },
];

/// One model's four prices as used, each with where it came from.
#[derive(Clone, Debug)]
pub struct PriceSet {
    pub model: LlmModel,
    pub prices: ModelPrices,
    pub input: Provenance,
    pub output: Provenance,
    pub cache_write: Provenance,
    pub cache_read: Provenance,
    /// The sheet's 1-hour write price, where the model has one.
    pub write_1h: Option<&'static Price>,
    /// The share (0–1) of requests priced at the model's off-peak rates, where it has them
    /// (DeepSeek); 0 otherwise.
    pub off_peak: f64,
    /// The model has off-peak rates on the sheet.
    pub has_off_peak: bool,
    /// A published change of list price not yet in effect.
    pub next: Option<NextPrice>,
    pub status: Status,
    pub min_cache: Option<&'static Price>,
    /// The long-context tier, where a call can reach it within the window.
    pub long_context: Option<[&'static Price; 3]>,
    /// What one call can hold, and the sheet's two figures behind it (window, maximum output).
    pub limits: Limits,
    pub limit_prices: [&'static Price; 2],
    /// A sheet figure for this model is marked uncertain and is in use.
    pub uncertain: Vec<&'static Price>,
}

/// A list price the provider has published to take effect on a later day (the `as_of` of its
/// entries): input, output and cache read, and how many times today's sheet price it is when it
/// is the same multiple for input and output.
#[derive(Clone, Copy, Debug)]
pub struct NextPrice {
    pub input: &'static Price,
    pub output: &'static Price,
    pub cache_read: &'static Price,
    pub times: Option<f64>,
}

/// A batch discount as used (0–1), and where it came from: the provider's sheet entry (0 where
/// the provider sells no batch API) or the user's input.
#[derive(Clone, Debug)]
pub struct Batch {
    pub discount: f64,
    pub provenance: Provenance,
    /// The provider's sheet entry, typed over or not.
    pub sheet: &'static Price,
}

impl Batch {
    /// The provider sells no batch API and no discount was typed.
    pub fn none_sold(&self) -> bool {
        self.provenance != Provenance::Input && self.sheet.value <= 0.0
    }
}

fn batch(inputs: &Inputs, prices: &PriceSheet, k: &str, model: LlmModel, fallback: Option<f64>) -> Batch {
    let sheet = model.provider().sheet(prices, "batch");
    match inputs.opt_num(k).or(fallback) {
        Some(v) => Batch { discount: v / 100.0, provenance: Provenance::Input, sheet },
        None => Batch { discount: sheet.value / 100.0, provenance: Provenance::Sheet(sheet), sheet },
    }
}

/// The model's inputs, and where the figures came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: LlmInputs,
    pub main: PriceSet,
    pub routed: PriceSet,
    pub batch: Batch,
    pub routed_batch: Batch,
    pub dev_day_avg: &'static Price,
    pub dev_day_p90: &'static Price,
    /// The share (0–1) of DeepSeek requests at off-peak prices, as entered.
    pub off_peak: f64,
    /// The reader set an agent input (one differs from its default, as a link carries it): the
    /// default agent session is an example, never a fact of a workload's verdict.
    pub agents_given: bool,
}

/// The inputs of the agent section.
const AGENT_KEYS: [&str; 6] = [
    key::AGENT_STEPS,
    key::AGENT_BASE,
    key::AGENT_GROWTH,
    key::AGENT_OUT,
    key::AGENT_CACHE,
    key::SESSION_CAP,
];

/// Whether any of `keys` differs from its declared default: what a link writes.
fn set_by_reader(inputs: &Inputs, prices: &PriceSheet, keys: &[&str]) -> bool {
    FIELDS
        .iter()
        .filter(|f| keys.contains(&f.key))
        .any(|f| inputs.get(f.key) != Some(&f.default_value(prices)))
}

fn price_set(inputs: &Inputs, prices: &PriceSheet, model: LlmModel, keys: [&'static str; 4]) -> PriceSet {
    let sheet = |what: &str| {
        model.sheet(prices, what).unwrap_or_else(|| panic!("the price sheet has no `{}_{what}`", model.key()))
    };
    let has_off_peak = model.sheet(prices, "off_in").is_some();
    let off_peak = if has_off_peak { inputs.num(key::OFF_PEAK) / 100.0 } else { 0.0 };
    let mut uncertain = Vec::new();
    // A typed price is the user's; otherwise the sheet's, blended with its off-peak rate by the
    // share of requests sent off-peak (each sheet price the blend uses is cited).
    let mut one = |k: &str, what: &str| -> (f64, Provenance) {
        let peak = sheet(what);
        if let Some(v) = inputs.opt_num(k) {
            return (v, Provenance::Input);
        }
        let off = model.sheet(prices, &format!("off_{what}")).filter(|_| off_peak > 0.0);
        let used: Vec<&'static Price> = match off {
            Some(o) if off_peak >= 1.0 => vec![o],
            Some(o) => vec![peak, o],
            None => vec![peak],
        };
        uncertain.extend(used.iter().filter(|p| p.uncertain));
        match off {
            Some(o) => ((1.0 - off_peak) * peak.value + off_peak * o.value, {
                if used.len() == 1 {
                    Provenance::Sheet(used[0])
                } else {
                    Provenance::Sheets(used)
                }
            }),
            None => (peak.value, Provenance::Sheet(peak)),
        }
    };
    let (input, pi) = one(keys[0], "in");
    let (output, po) = one(keys[1], "out");
    let (cache_write, pw) = one(keys[2], "write");
    let (cache_read, pr) = one(keys[3], "read");
    let min_cache = model.sheet(prices, "min_cache");
    if let Some(m) = min_cache.filter(|m| m.uncertain) {
        uncertain.push(m);
    }
    let (window, max_output) = (sheet("context_window"), sheet("max_output"));
    let limits = Limits {
        window: window.value,
        max_output: max_output.value,
        output_in_window: model.provider().output_in_window(),
    };
    // A tier above the window is never reached: it is left out rather than shown.
    let lc =
        match (model.sheet(prices, "lc_tokens"), model.sheet(prices, "lc_in"), model.sheet(prices, "lc_out"))
        {
            (Some(t), Some(i), Some(o)) if t.value < limits.max_input(0.0) => Some([t, i, o]),
            _ => None,
        };
    let ratio = |long: f64, standard: f64| if standard > 0.0 { long / standard } else { 1.0 };
    PriceSet {
        model,
        prices: ModelPrices {
            input,
            output,
            cache_write,
            cache_read,
            min_cache: min_cache.map_or(0.0, |m| m.value),
            long_context: lc.map(|[t, i, o]| LongContext {
                above_tokens: t.value,
                input_factor: ratio(i.value, sheet("in").value),
                output_factor: ratio(o.value, sheet("out").value),
            }),
        },
        input: pi,
        output: po,
        cache_write: pw,
        cache_read: pr,
        write_1h: model.sheet(prices, "write_1h"),
        off_peak,
        has_off_peak,
        next: match (
            model.sheet(prices, "next_in"),
            model.sheet(prices, "next_out"),
            model.sheet(prices, "next_read"),
        ) {
            (Some(input), Some(output), Some(cache_read)) => {
                let (i, o) = (input.value / sheet("in").value, output.value / sheet("out").value);
                Some(NextPrice { input, output, cache_read, times: ((i - o).abs() < 1e-9).then_some(i) })
            }
            _ => None,
        },
        status: model.status(prices),
        min_cache,
        long_context: lc,
        limits,
        limit_prices: [window, max_output],
        uncertain,
    }
}

/// "the 200,000-token context window of Claude Haiku 4.5 (Anthropic)", or Google's input limit.
fn window_words(set: &PriceSet) -> String {
    let what = if set.limits.output_in_window { "context window" } else { "input limit" };
    format!("the {}-token {what} of {}", format::count(set.limits.window), set.model.label())
}

/// Refusals for calls the model cannot take: a request (on the main model, and on the smaller
/// model when requests are routed to it) or an agent step (the steps that run) whose input and
/// output do not fit the model's context window, or whose output is over its maximum.
fn window_errors(inputs: &Inputs, main: &PriceSet, routed: &PriceSet, agent: &Agent) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let given = |k: &str| format::plain(inputs.num(k));
    let (fresh, prefix, out) =
        (inputs.num(key::IN_TOKENS), inputs.num(key::PREFIX_TOKENS), inputs.num(key::OUT_TOKENS));
    let counts =
        |set: &PriceSet| if set.limits.output_in_window { ", which counts input and output" } else { "" };
    if inputs.num(key::REQUESTS) > 0.0 {
        let l = &main.limits;
        if out > l.max_output {
            errors.push(FieldError::new(
                key::OUT_TOKENS,
                &given(key::OUT_TOKENS),
                format!(
                    "is over the {}-token maximum output of {}",
                    format::count(l.max_output),
                    main.model.label()
                ),
            ));
        } else if fresh + prefix > l.max_input(out) {
            let needs = if l.output_in_window {
                format!("makes each request {} tokens with the output", format::count(fresh + prefix + out))
            } else {
                format!("makes each request send {} input tokens", format::count(fresh + prefix))
            };
            let room = (l.max_input(out) - prefix).max(0.0);
            let fit = if prefix > 0.0 {
                format!(
                    "at most {} tokens of input fit beside the {}-token prefix",
                    format::count(room),
                    format::count(prefix)
                )
            } else {
                format!("at most {} tokens of input fit", format::count(room))
            };
            errors.push(FieldError::new(
                key::IN_TOKENS,
                &given(key::IN_TOKENS),
                format!("{needs}, over {}{}: {fit}", window_words(main), counts(main)),
            ));
        }
        let r = &routed.limits;
        if inputs.num(key::ROUTE_SHARE) > 0.0 && errors.is_empty() && !r.fits(fresh + prefix, out) {
            let why = if out > r.max_output {
                format!(
                    "cannot write {} output tokens a request: its maximum is {}",
                    format::count(out),
                    format::count(r.max_output)
                )
            } else {
                format!(
                    "cannot take these requests: {} tokens{} are over {}",
                    format::count(fresh + prefix + if r.output_in_window { out } else { 0.0 }),
                    if r.output_in_window { " with the output" } else { " of input" },
                    window_words(routed)
                )
            };
            errors.push(FieldError::new(
                key::ROUTE_MODEL,
                routed.model.key(),
                format!("{why}; route to a model with a larger window, or route none"),
            ));
        }
    }
    if agent.steps > 0 {
        let l = &main.limits;
        let out = agent.output;
        if out > l.max_output {
            errors.push(FieldError::new(
                key::AGENT_OUT,
                &given(key::AGENT_OUT),
                format!(
                    "is over the {}-token maximum output of {}",
                    format::count(l.max_output),
                    main.model.label()
                ),
            ));
        } else if agent.base > l.max_input(out) {
            errors.push(FieldError::new(
                key::AGENT_BASE,
                &given(key::AGENT_BASE),
                format!(
                    "does not fit {}{}: at most {} tokens fit beside {} of output",
                    window_words(main),
                    counts(main),
                    format::count(l.max_input(out)),
                    format::count(out)
                ),
            ));
        } else {
            let last = steps_run(agent);
            let context = step_context(agent, last);
            if context > l.max_input(out) {
                let write = if l.output_in_window {
                    format!(" and write {}", format::count(out))
                } else {
                    String::new()
                };
                errors.push(FieldError::new(
                    key::AGENT_STEPS,
                    &given(key::AGENT_STEPS),
                    format!(
                        "makes step {} re-read {} tokens{write}, over {}: at most {} steps fit, or set a session cap \
                         that stops the session sooner",
                        format::count(f64::from(last)),
                        format::count(context),
                        window_words(main),
                        format::count(f64::from(steps_that_fit(agent, l.max_input(out))))
                    ),
                ));
            }
        }
    }
    errors
}

/// Inputs (complete and range-checked by `calc_core::evaluate`) to the typed model. Refuses a
/// day past the month's end, a soft alert above the hard limit, and a call its model cannot
/// take (over its context window or its maximum output).
pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let mut errors = Vec::new();
    let day = inputs.num(key::DAY_OF_MONTH);
    let days = inputs.num(key::DAYS_IN_MONTH);
    if day > days {
        errors.push(FieldError::new(
            key::DAY_OF_MONTH,
            &format::plain(day),
            format!("is past the end of a {}-day month", format::count(days)),
        ));
    }
    let (soft, hard) = (inputs.num(key::SOFT_PCT), inputs.num(key::HARD_PCT));
    if soft > hard {
        errors.push(FieldError::new(
            key::SOFT_PCT,
            &format::plain(soft),
            format!(
                "is above the hard limit ({}): the alert must come before requests are refused",
                format::percent(hard)
            ),
        ));
    }
    let main = price_set(
        inputs,
        prices,
        inputs.pick(key::MODEL),
        [key::P_IN, key::P_OUT, key::P_CACHE_WRITE, key::P_CACHE_READ],
    );
    let routed = price_set(
        inputs,
        prices,
        inputs.pick(key::ROUTE_MODEL),
        [key::R_IN, key::R_OUT, key::R_CACHE_WRITE, key::R_CACHE_READ],
    );
    let agent = Agent {
        steps: inputs.num(key::AGENT_STEPS) as u32,
        base: inputs.num(key::AGENT_BASE),
        growth: inputs.num(key::AGENT_GROWTH),
        output: inputs.num(key::AGENT_OUT),
        cache: inputs.flag(key::AGENT_CACHE),
        cap: inputs.num(key::SESSION_CAP),
    };
    errors.extend(window_errors(inputs, &main, &routed, &agent));
    if !errors.is_empty() {
        return Err(errors);
    }
    let pct = |k: &str| inputs.num(k) / 100.0;
    let main_batch = batch(inputs, prices, key::BATCH_DISCOUNT, main.model, None);
    // A discount typed for the main model's provider holds for its other models too.
    let same_provider = main.model.provider() == routed.model.provider();
    let typed_main = inputs.opt_num(key::BATCH_DISCOUNT).filter(|_| same_provider);
    let routed_batch = batch(inputs, prices, key::R_BATCH_DISCOUNT, routed.model, typed_main);
    Ok(Read {
        model: LlmInputs {
            workload: Workload {
                main: main.prices,
                routed: routed.prices,
                requests: inputs.num(key::REQUESTS),
                shape: Shape {
                    fresh: inputs.num(key::IN_TOKENS),
                    prefix: inputs.num(key::PREFIX_TOKENS),
                    output: inputs.num(key::OUT_TOKENS),
                },
                cache_hit: pct(key::CACHE_HIT),
                route_share: pct(key::ROUTE_SHARE),
                batch_share: pct(key::BATCH_SHARE),
                batch_discount: main_batch.discount,
                routed_batch_discount: routed_batch.discount,
                retry_rate: pct(key::RETRY_RATE),
            },
            agent,
            team: Team {
                developers: inputs.num(key::DEVELOPERS),
                teams: inputs.num(key::TEAMS),
                repos: inputs.num(key::REPOS),
                working_days: inputs.num(key::WORKING_DAYS),
                soft: soft / 100.0,
                hard: hard / 100.0,
            },
            month: MonthToDate { spent: inputs.num(key::SPENT_TO_DATE), day, days_in_month: days },
            budget_monthly: inputs.num(key::BUDGET_MONTHLY),
        },
        batch: main_batch,
        routed_batch,
        dev_day_avg: prices.get(PRICE_DEV_DAY_AVG),
        dev_day_p90: prices.get(PRICE_DEV_DAY_P90),
        off_peak: inputs.num(key::OFF_PEAK) / 100.0,
        agents_given: set_by_reader(inputs, prices, &AGENT_KEYS),
        main,
        routed,
    })
}
