//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

pub static META: Meta = Meta {
    slug: "llm-budget",
    title: "LLM token budgets",
    pitch: calc_core::prose!("What will this AI feature or these coding agents cost a month, what budget should each developer, team \
            and repository get, and will we overrun this month?"),
    description: calc_core::prose!("Cost an LLM workload per request and per month on Anthropic, OpenAI, Google or DeepSeek list prices, \
                  each dated, with prompt caching, routing to a smaller model, the batch API and retries each costed \
                  on its own; the quadratic cost of agent sessions and where a session cap stops them; daily, weekly and monthly \
                  budgets per developer, team and repository with soft and hard limits; and the month-end forecast."),
    methodology: calc_core::prose!(&[
        "One request = (changing input × input price + static prefix × prefix price + output × output \
         price) ÷ 1,000,000, prices in USD per million tokens. The prefix price is the cache-read price on \
         a hit and the cache-write price on a miss (1.25 × input on Anthropic's 5-minute write and on \
         OpenAI's GPT-5.6 and GPT-6 models; where a provider charges no write surcharge, a miss is billed \
         at the input price). A DeepSeek price is its peak price × (1 − the share of requests entered as \
         off-peak) + its off-peak price × that share. A prefix shorter than the model's minimum cacheable \
         size is never cached and is billed as input. A request whose input exceeds the model's \
         long-context threshold is priced whole at the long-context rates, input-side prices (cache \
         included) and output each by the provider's ratio. A call must fit the model: its input and \
         output within the context window (Anthropic, OpenAI and DeepSeek count both; Google limits input \
         and output separately) and its output within the maximum; a request, a routed request or an agent \
         step that does not fit is refused with the model's limit.",
        "The baseline is one model with nothing cached, batched or retried. Each lever is costed on its own against \
         it, then in sequence: caching; routing a share of requests to the smaller model (at its own prices and cache \
         minimum); the batch API, whose discount is each provider's own (50% at Anthropic, OpenAI and Google; DeepSeek sells \
         no batch API, so its batched requests cost the standard price) and applies to every token charge of a batched \
         request on that provider's model; retries, each \
         billed in full (× (1 + retry rate)). A lever that costs more is shown as a cost, never as a saving. Caching \
         saves only above the break-even hit rate (write − input) ÷ (write − read): about 22% where a write costs 1.25 × \
         input, 53% with Anthropic's 1-hour write, 0 where writes cost the input price.",
        "An agent session of N steps starting at P tokens of context, growing by d a step, re-reads everything each \
         step: input = N·P + d·N(N−1)/2. With caching, step 1 writes its context and each later step reads the previous \
         context from the cache and writes only the new part (all hits: steps follow within the cache lifetime; a note \
         gives the cost if every step missed, as after tool calls longer than the lifetime). The cap step is the first \
         step after which cumulative input exceeds the session cap; that step runs and is the last: the session's \
         input tokens, its cost and the sessions a budget pays for are those of the session as stopped.",
        "Budgets split the monthly budget (the one entered, otherwise the workload's monthly cost) evenly: per \
         developer, team and repository, per working day (month ÷ working days), per week (5 working days) and per \
         month, with the soft alert and hard limit as percentages of each (80% and 110% by default). The month-end \
         forecast is linear: spent so far ÷ days so far × days in the month; the soft-alert and hard-limit days are \
         ⌈limit ÷ spend per day⌉, whole days.",
    ]),
    caveats: calc_core::prose!(&[
        "Prices are the providers' list prices, each dated under Assumptions with the day it took effect \
         or the newest public copy that lists it: a model is current when its provider lists it as such, \
         legacy when the provider has released a newer model in its line but still serves it, and retired \
         when the API no longer serves it. A link naming a retired model still opens, priced at its last \
         list price, with a warning. A price the provider has announced for a later day (Gemini 3.8 Flash \
         doubles on 2027-01-01) is said beside the answer, not used.",
        "DeepSeek bills half price off-peak, outside 01:00–04:00 and 06:00–10:00 UTC on weekdays; the figures use its \
         peak (list) price unless a share of requests is entered as off-peak. GPT-5.6 Sol's price is promotional, \
         announced through at least 2026-11-21: check it before approving a budget.",
        "Token counts per request vary; enter averages from your gateway or the provider's usage export, not from a \
         single call. About 1,000 English tokens make 750 words, less for other languages and code.",
        "Cached reads need an identical prefix: place static content first and dynamic content last. Tokens are only \
         known at the end of a streamed response, so a gateway cannot stop a request mid-stream when a quota runs out.",
        "Vendor averages ($13 per developer per active day, 90% of days under $30) describe one vendor's coding tool \
         across its customers, not your team: measure a month before setting hard caps.",
        "Hard caps in production drop valid customer requests during traffic spikes: rajivonai.com's articles advise strict \
         daily quotas for development and CI, and alerts rather than hard caps for production services.",
    ]),
    sources: &[
        SourceLink {
            label: "Pydantic genai-prices, LLM price data with tiers and start dates, commit 47df840 of 2026-08-21",
            url: "https://github.com/pydantic/genai-prices/blob/47df840a5ab10bbcffb8e5ac01b9899032245d1b/prices/new_data/v2/data.json",
        },
        SourceLink {
            label: "Anthropic: Claude API pricing (Sonnet 5's $2/$10 made standard on 2026-08-10; Opus 5.5 and Fable 5.1 \
                    cache reads)",
            url: "https://platform.claude.com/docs/en/about-claude/pricing",
        },
        SourceLink {
            label: "OpenAI: API pricing (GPT-6 Astra, GPT-5.6 Sol's promotional price, Batch at half price)",
            url: "https://developers.openai.com/api/docs/pricing",
        },
        SourceLink {
            label: "Google: Gemini API pricing (Gemini 3.8 Flash's introductory price through 2026-12-31)",
            url: "https://ai.google.dev/gemini-api/docs/pricing",
        },
        SourceLink {
            label: "Google: Gemini API deprecations (Gemini 2.5 Pro and Flash shut down on 2026-10-16)",
            url: "https://ai.google.dev/gemini-api/docs/deprecations",
        },
        SourceLink {
            label: "DeepSeek: API change log (deepseek-chat retired on 2026-07-24; V4.1 Flash on 2026-09-10)",
            url: "https://api-docs.deepseek.com/updates/",
        },
        SourceLink {
            label: "LiteLLM price map, mirrored at Wei-Shaw/model-price-repo, commit f9ff147 of 2026-07-24 (legacy and \
                    retired models' limits)",
            url: "https://github.com/Wei-Shaw/model-price-repo/blob/f9ff14734f6203c490573cb1e2ae8fdac7a52a41/model_prices_and_context_window.json",
        },
        SourceLink {
            label: "Anthropic: Claude Opus 5 (context window 1M tokens, max output 128K, Batch API 50% off)",
            url: "https://platform.claude.com/docs/en/models/opus-5/overview",
        },
        SourceLink {
            label: "Anthropic: pricing (cache writes 1.25 × and 2 × input, cache hits 0.1 ×, batch processing)",
            url: "https://platform.claude.com/docs/en/about-claude/pricing",
        },
        SourceLink {
            label: "Anthropic: prompt caching (a 5-minute cache lifetime, refreshed on every use; a 1-hour option)",
            url: "https://platform.claude.com/docs/en/build-with-claude/prompt-caching",
        },
        SourceLink {
            label: "OpenAI: prompt caching (automatic from 1,024 tokens, no additional fees)",
            url: "https://developers.openai.com/api/docs/guides/prompt-caching.md",
        },
        SourceLink {
            label: "Google: Gemini API context caching (implicit caching, minimum tokens per model)",
            url: "https://ai.google.dev/gemini-api/docs/caching",
        },
        SourceLink {
            label: "DeepSeek: models and pricing (peak and off-peak prices, no batch API)",
            url: "https://api-docs.deepseek.com/quick_start/pricing",
        },
        SourceLink {
            label: "LiteLLM: prompt caching, minimum input tokens per provider and model",
            url: "https://docs.litellm.ai/docs/completion/prompt_caching",
        },
        SourceLink {
            label: "Anthropic: Claude Code costs (average per developer per active day)",
            url: "https://code.claude.com/docs/en/costs",
        },
        SourceLink {
            label: "Claude apps gateway: spend limits per developer, group and organisation by day, week or month",
            url: "https://code.claude.com/docs/en/claude-apps-gateway-spend-limits",
        },
        SourceLink {
            label: "AI token cost is the new cloud bill (2026-06-14)",
            url: "https://rajivonai.com/blog/2026-06-14-ai-token-cost-is-the-new-cloud-bill/",
        },
        SourceLink {
            label: "Prompt caching, context pruning and model routing (2026-05-06)",
            url: "https://rajivonai.com/blog/2026-05-06-prompt-caching-context-pruning-and-model-routing/",
        },
        SourceLink {
            label: "Token budgeting for engineering teams (2026-04-22)",
            url: "https://rajivonai.com/blog/2026-04-22-token-budgeting-for-engineering-teams/",
        },
        SourceLink {
            label: "Why agentic AI costs explode: context size and tool calls (2026-04-08)",
            url: "https://rajivonai.com/blog/2026-04-08-why-agentic-ai-costs-explode-context-size-tool-calls/",
        },
        SourceLink {
            label: "Codex credits and cost controls for business teams (2026-04-01)",
            url: "https://rajivonai.com/blog/2026-04-01-codex-credits-and-cost-controls-for-business-teams/",
        },
        SourceLink {
            label: "AI agent observability: tool calls (2026-01-20)",
            url: "https://rajivonai.com/blog/2026-01-20-ai-agent-observability-tool-calls/",
        },
        SourceLink {
            label: "AI cost incident runbook (2026-05-27)",
            url: "https://rajivonai.com/blog/2026-05-27-ai-cost-incident-runbook/",
        },
    ],
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "support-static-prefix",
        name: "Support assistant re-sending its static instructions",
        description: "Two million calls a month on Claude Sonnet 5; 40% of each 5,000-token prompt is a static \
                      instruction block sent on every call. Caching it at a 90% hit rate.",
        values: &[
            (key::REQUESTS, "2000000"),
            (key::IN_TOKENS, "3000"),
            (key::PREFIX_TOKENS, "2000"),
            (key::OUT_TOKENS, "300"),
            (key::AGENT_STEPS, "0"),
        ],
    },
    Preset {
        key: "ci-agents",
        name: "Coding-agent team in CI",
        description: "Twenty developers in three teams, twelve repositories, a $5,000 monthly budget; agents run \
                      40-step sessions that start at 20,000 tokens and add 3,000 a step, with a one-million-token cap.",
        values: &[
            (key::REQUESTS, "0"),
            (key::AGENT_STEPS, "40"),
            (key::AGENT_BASE, "20000"),
            (key::AGENT_GROWTH, "3000"),
            (key::AGENT_OUT, "800"),
            (key::SESSION_CAP, "1000000"),
            (key::DEVELOPERS, "20"),
            (key::TEAMS, "3"),
            (key::REPOS, "12"),
            (key::BUDGET_MONTHLY, "5000"),
        ],
    },
    Preset {
        key: "twelfth-2000-a-day",
        name: "The 12th of the month at $2,000 a day",
        description: "The source runbook's incident: only the 12th, and $24,000 already spent at $2,000 a day against \
                      a $24,000 monthly budget.",
        values: &[
            (key::REQUESTS, "0"),
            (key::AGENT_STEPS, "0"),
            (key::BUDGET_MONTHLY, "24000"),
            (key::SPENT_TO_DATE, "24000"),
            (key::DAY_OF_MONTH, "12"),
        ],
    },
];
