//! Worked examples computed by hand. Claude Sonnet 5, the default model, on the sheet: $2
//! input, $10 output, $2.50 5-minute cache write, $0.20 cache read per million tokens, cached
//! from 1,024 tokens (Anthropic's pricing page: "$2/$10 ... is now the standard price", made
//! standard on 2026-08-10; Anthropic's prompt-caching table for the minimum). Claude Haiku 4.5,
//! the default smaller model: $1 / $5 / $1.25 / $0.10, cached from 4,096 tokens (genai-prices
//! @47df840, 2026-08-21). Costs per request are written in millionths of a dollar
//! (tokens × $/M), ÷ 1,000,000 at the end.

use calc_core::{Calculator, ChoiceEnum, Date, FieldKind, Level, Outcome, Provenance, RowKind};
use calc_testkit::{assert_close, display, eval, maybe, try_eval, value};
use llm_budget::model::{agent, agent_input_tokens, day_reached, Agent, LongContext, ModelPrices};
use llm_budget::{LlmModel, Status, CALCULATOR, PRICES};

fn run(q: &str) -> Outcome {
    eval(&CALCULATOR, q)
}

const SUPPORT: &str = "requests=2000000&in_tokens=3000&prefix_tokens=2000&out_tokens=300&agent_steps=0";

#[test]
fn defaults_one_model_no_levers_and_the_default_agent_session() {
    // One request on Claude Sonnet 5, the default model:
    //   2,000 input tokens × $2 + 500 output tokens × $10 = 4,000 + 5,000 = 9,000 millionths → $0.009
    // Month     100,000 × $0.009 = $900; no prefix, no levers: baseline = monthly, saving 0%.
    // (On Claude Sonnet 4.6, the default before December 2026, $3/$15: 6,000 + 7,500 = 13,500 →
    // $1,350 a month, 50% above today's price for the same tier.)
    let o = run("");
    assert_close(value(&o, "cost_per_request"), 0.009);
    assert_close(value(&o, "monthly_cost"), 900.0);
    assert_close(value(&o, "baseline_monthly"), 900.0);
    assert_close(value(&o, "saving_pct"), 0.0);
    assert_eq!(o.verdict.decision.key, "workload_cost");
    assert_eq!(o.verdict.words, "This workload costs $900.00/month");
    assert_eq!(o.verdict.facts[0], "$0.009 per request, the same as the baseline: no lever changes it");
    assert_close(value(&run("model=sonnet_4_6"), "monthly_cost"), 1350.0);
    // Agent: 20 steps from 8,000 tokens, +1,500 a step, would re-read
    //        20 × 8,000 + 1,500 × 20 × 19 ÷ 2 = 160,000 + 285,000 = 445,000 input tokens, but
    //        the 100,000-token cap stops it: cumulative input after step 7 = 7 × 8,000 + 1,500
    //        × 21 = 87,500, after step 8 = 64,000 + 1,500 × 28 = 106,000 > 100,000 → step 8.
    //        The session as run is steps 1–8 (see the_capped_session_is_the_session_you_pay_for).
    assert_close(value(&o, "agent_input_tokens"), 106_000.0);
    assert_close(value(&o, "agent_cost"), 0.103_75);
    assert_close(value(&o, "cap_step"), 8.0);
    assert_eq!(display(&o, "cap_step"), "step 8 of 20");
    // Budgets: $900 ÷ 10 developers ÷ 21 days = $4.285714; hard 110% = $4.714286 < $13.
    assert_close(value(&o, "budget_per_dev_day"), 900.0 / 210.0);
    assert!(o.warnings.iter().any(|w| w.message.contains("Friday halt") && w.message.contains("average")));
    // No spend entered: no forecast, never a fake 0.
    for k in ["forecast_month_end", "soft_alert_day", "hard_cap_day"] {
        assert_eq!(maybe(&o, k), None, "{k}");
        assert_eq!(display(&o, k), "no spend to date entered");
    }
}

#[test]
fn caching_alone_the_support_assistant() {
    // Baseline  (5,000 × 2 + 300 × 10) = 10,000 + 3,000 = 13,000 → $0.013 × 2,000,000 = $26,000
    // Cached    3,000 × 2 + 2,000 × (0.9 × 0.20 + 0.1 × 2.50) + 3,000
    //           = 6,000 + 2,000 × 0.43 + 3,000 = 9,860 → $0.00986 × 2,000,000 = $19,720
    // Saving    6,280 ÷ 26,000 = 24.15%
    let o = run(SUPPORT);
    assert_close(value(&o, "baseline_monthly"), 26_000.0);
    assert_close(value(&o, "monthly_cost"), 19_720.0);
    assert_close(value(&o, "cost_per_request"), 0.00986);
    assert_close(value(&o, "saving_pct"), 6_280.0 / 26_000.0 * 100.0);
    assert_eq!(display(&o, "saving_pct"), "24.2%");
    assert_eq!(
        o.verdict.facts,
        [
            "$0.0099 per request, 24.2% less than the $26,000/month baseline",
            "Caching saves the most on its own ($6,280/month)"
        ]
    );
    // 100% hits: 6,000 + 2,000 × 0.20 + 3,000 = 9,400 → $18,800.
    assert_close(value(&run(&format!("{SUPPORT}&cache_hit=100")), "monthly_cost"), 18_800.0);
}

#[test]
fn caching_below_the_break_even_hit_rate_is_a_cost() {
    // Break-even (2.50 − 2) ÷ (2.50 − 0.20) = 0.50 ÷ 2.30 = 21.74% (the same 21.7% as on any
    // model whose write is 1.25 × input and read 0.1 × input).
    // At 10%: prefix 2,000 × (0.1 × 0.20 + 0.9 × 2.50) = 2,000 × 2.27 = 4,540 against 4,000
    //         uncached: +540 per request → +$1,080 a month on 2,000,000 requests.
    let o = run(&format!("{SUPPORT}&cache_hit=10"));
    assert_close(value(&o, "monthly_cost"), 26_000.0 + 1_080.0);
    assert!(value(&o, "saving_pct") < 0.0);
    assert_eq!(o.verdict.facts[0], "$0.0135 per request, $1,080/month more than the $26,000/month baseline");
    // A loss is never a saving ("costs more than it saves" names it as a loss).
    let said = o.verdict.sentence();
    assert!(!said.contains("saves the most") && !said.contains("less than the"), "{:?}", o.verdict);
    assert!(o.warnings.iter().any(|w| w.message.contains("breaks even only from a 21.7% hit rate")));
    let t = &o.tables[0];
    assert!(t.row_texts(&t.rows[1])[0].contains("(costs more)"), "{:?}", t.row_texts(&t.rows[1]));
    // Just above the break-even rate (21.74%) caching saves 2,000,000 × 2,000 × (0.2174 −
    // 0.50 ÷ 2.30) × 2.30 ÷ 1,000,000 ≈ $0.08 a month: too little for a percentage, so the
    // verdict says it in money, not "0% less".
    let o = run(&format!("{SUPPORT}&cache_hit=21.74"));
    assert_eq!(o.verdict.facts[0], "$0.013 per request, $0.08/month less than the $26,000/month baseline");
    // Exactly at the break-even rate caching neither saves nor costs.
    let p = ModelPrices {
        input: 2.0,
        output: 10.0,
        cache_write: 2.5,
        cache_read: 0.2,
        min_cache: 1024.0,
        long_context: None,
    };
    assert_close(p.breakeven_hit(), 0.5 / 2.3);
    // A provider whose writes cost the input price breaks even at any hit rate.
    assert_eq!(ModelPrices { cache_write: 2.0, ..p }.breakeven_hit(), 0.0);
}

#[test]
fn a_lever_that_costs_more_is_named_in_agreement_with_its_verb() {
    // Issue 31, item 4. Support assistant at a 10% hit rate: caching alone costs
    // 2,000,000 × (2,000 × (0.1 × 0.20 + 0.9 × 2.50) − 2,000 × 2) ÷ 1,000,000
    // = 2,000,000 × 540 ÷ 1,000,000 = $1,080/month more. One lever: "costs more than it saves".
    let o = run(&format!("{SUPPORT}&cache_hit=10"));
    assert_eq!(o.verdict.facts[1], "Caching at this hit rate costs more than it saves");
    // Two levers: also half the requests to Claude Opus 5.5, which costs more per request than
    // Sonnet 5 (5,000 × 4 + 300 × 20 = 26,000 against 13,000 millionths):
    // "caching at this hit rate and routing to a dearer model cost more than they save".
    let o = run(&format!("{SUPPORT}&cache_hit=10&route_share=50&route_model=opus_5_5"));
    assert_eq!(
        o.verdict.facts[1],
        "Caching at this hit rate and routing to a dearer model cost more than they save"
    );
    // Retries never save anything: they are said to add their cost, not to "cost more than
    // they save". 10% retries on $900: $90.
    let o = run("retry_rate=10&agent_steps=0");
    assert_eq!(o.verdict.facts[1], "Retries billed in full add $90.00/month");
    // Caching at 10% hits and 5% retries: both named, each with its own verb.
    // Retries in sequence: 27,080 × 0.05 = $1,354/month.
    let o = run(&format!("{SUPPORT}&cache_hit=10&retry_rate=5"));
    assert_eq!(
        o.verdict.facts[1],
        "Caching at this hit rate costs more than it saves, and retries billed in full add $1,354/month"
    );
}

#[test]
fn a_prefix_below_the_minimum_is_never_cached() {
    // Haiku 4.5 caches from 4,096 tokens: a 2,000-token prefix is sent as input.
    // 5,000 × 1 + 300 × 5 = 6,500 → $0.0065 a request, cached or not.
    let o = run(&format!("{SUPPORT}&model=haiku_4_5"));
    assert_close(value(&o, "cost_per_request"), 0.0065);
    assert_close(value(&o, "monthly_cost"), value(&o, "baseline_monthly"));
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.contains("below Claude Haiku 4.5 (Anthropic)'s minimum of 4,096")));
    // Sonnet 5 with a 500-token prefix (minimum 1,024): same, and no caching row saving.
    let o = run("prefix_tokens=500&agent_steps=0");
    assert_close(value(&o, "saving_pct"), 0.0);
}

#[test]
fn routing_alone() {
    // Main  $0.009 a request; Haiku 4.5: 2,000 × 1 + 500 × 5 = 4,500 → $0.0045.
    // Half routed: 100,000 × 0.5 × (0.009 − 0.0045) = $225 saved; monthly $675.
    let o = run("route_share=50");
    assert_close(value(&o, "monthly_cost"), 675.0);
    assert_close(value(&o, "saving_pct"), 225.0 / 900.0 * 100.0);
    assert_eq!(o.verdict.facts[1], "Routing saves the most on its own ($225.00/month)");
    // Routing "down" to a dearer model is a cost: Opus 5.5 = 2,000 × 4 + 500 × 20 = 18,000 →
    // $0.018; 100,000 × 0.5 × (0.009 − 0.018) = −$450.
    let o = run("route_share=50&route_model=opus_5_5");
    assert_close(value(&o, "monthly_cost"), 1350.0);
    assert!(o.warnings.iter().any(|w| w.message.contains("costs more per request")));
    let said = o.verdict.sentence();
    assert!(!said.contains("saves the most") && !said.contains("less than the"), "{:?}", o.verdict);
    assert_eq!(o.verdict.facts[1], "Routing to a dearer model costs more than it saves");
}

#[test]
fn batch_alone_and_retries_alone() {
    // 40% batched at 50% off: $900 × (1 − 0.4 × 0.5) = $720.
    assert_close(value(&run("batch_share=40"), "monthly_cost"), 720.0);
    // 10% retries billed in full: $900 × 1.1 = $990, never called a saving.
    let o = run("retry_rate=10");
    assert_close(value(&o, "monthly_cost"), 990.0);
    assert_close(value(&o, "cost_per_request"), 0.0099);
    assert_eq!(o.verdict.facts[1], "Retries billed in full add $90.00/month");
}

#[test]
fn the_batch_discount_is_the_providers_and_deepseek_sells_none() {
    // Issue 31, item 2. DeepSeek V4.1 Flash at peak (its list price): 2,000 × 0.30 + 500 × 1.20
    // = 600 + 600 = 1,200 millionths → $0.0012 a request, $120.00 a month for 100,000 requests.
    // 40% marked for the batch API: DeepSeek sells no batch API, so they cost the standard
    // price: $120.00, not 120 × (1 − 0.4 × 0.5) = $96.
    let o = run("model=deepseek_flash&batch_share=40&agent_steps=0");
    assert_close(value(&o, "baseline_monthly"), 120.0);
    assert_close(value(&o, "monthly_cost"), 120.0);
    assert_close(value(&o, "saving_pct"), 0.0);
    assert_eq!(o.verdict.facts, ["$0.0012 per request, the same as the baseline: no lever changes it"]);
    assert!(
        o.warnings.iter().any(|w| w.message.starts_with("DeepSeek sells no batch API")),
        "{:#?}",
        o.warnings
    );
    let a = o.assumptions.iter().find(|a| a.key == Some("batch_discount")).unwrap();
    assert_eq!(a.display, "none: DeepSeek sells no batch API");
    assert!(matches!(a.provenance, Provenance::Sheet(p) if p.key == "deepseek_batch"));
    // A discount typed for DeepSeek (a negotiated or third-party batch service) is the user's:
    // 120 × (1 − 0.4 × 0.3) = 120 × 0.88 = $105.60.
    assert_close(
        value(&run("model=deepseek_flash&batch_share=40&batch_discount=30&agent_steps=0"), "monthly_cost"),
        105.6,
    );
    // Each provider's own discount on its own requests. Sonnet 5 with half the requests
    // routed to DeepSeek V4.1 Flash and 40% batched:
    //   on Sonnet 5 (Anthropic, 50%)     50,000 × $0.009  × (1 − 0.4 × 0.5) = $360.00
    //   on DeepSeek (no batch API)        50,000 × $0.0012 × (1 − 0.4 × 0)   =  $60.00
    //                                                                      = $420.00
    let o = run("route_share=50&route_model=deepseek_flash&batch_share=40&agent_steps=0");
    assert_close(value(&o, "monthly_cost"), 420.0);
    let r = o.assumptions.iter().find(|a| a.key == Some("r_batch_discount")).unwrap();
    assert_eq!(r.display, "none: DeepSeek sells no batch API");
    // Anthropic, OpenAI and Google each sell one at 50%: an old link keeps its meaning.
    assert_close(value(&run("batch_share=40"), "monthly_cost"), 720.0);
    for (model, key) in [
        ("sonnet_5", "anthropic_batch"),
        ("gpt_5_6_sol", "openai_batch"),
        ("gemini_3_8_flash", "google_batch"),
    ] {
        let o = run(&format!("model={model}&batch_share=40&agent_steps=0"));
        let a = o.assumptions.iter().find(|a| a.key == Some("batch_discount")).unwrap();
        assert!(matches!(a.provenance, Provenance::Sheet(p) if p.key == key && p.value == 50.0), "{model}");
        assert_close(value(&o, "monthly_cost"), value(&o, "baseline_monthly") * 0.8);
    }
    // A discount typed for the main model's provider also applies to the smaller model of the
    // same provider (as one discount did before): Haiku 4.5 half the requests, 30% typed:
    // 100,000 × (0.5 × 0.009 + 0.5 × 0.0045) × (1 − 0.4 × 0.3) = 675 × 0.88 = $594.
    assert_close(
        value(&run("route_share=50&batch_share=40&batch_discount=30&agent_steps=0"), "monthly_cost"),
        594.0,
    );
}

#[test]
fn all_levers_in_sequence_add_up_from_the_baseline() {
    // Support assistant + 30% routed to Haiku 4.5 (its 4,096 minimum: the 2,000-token prefix is
    // not cached there: 5,000 × 1 + 300 × 5 = 6,500 → $0.0065) + 20% batched at 50% + 5% retries.
    // B0 baseline            $26,000
    // B1 caching             2,000,000 × 0.00986                          = $19,720
    // B2 routing             2,000,000 × (0.7 × 0.00986 + 0.3 × 0.0065)    = $17,704
    // B3 batch               17,704 × (1 − 0.2 × 0.5)                      = $15,933.60
    // B4 retries             15,933.60 × 1.05                              = $16,730.28
    // Alone: caching 6,280; routing 2,000,000 × 0.3 × (0.013 − 0.0065) = 3,900;
    //        batch 26,000 × 0.1 = 2,600; retries −26,000 × 0.05 = −1,300.
    let o = run(&format!("{SUPPORT}&route_share=30&batch_share=20&retry_rate=5"));
    assert_close(value(&o, "monthly_cost"), 16_730.28);
    assert_close(value(&o, "saving_pct"), (26_000.0 - 16_730.28) / 26_000.0 * 100.0);
    let t = &o.tables[0];
    let texts: Vec<Vec<String>> = t.rows.iter().map(|r| t.row_texts(r)).collect();
    assert_eq!(texts[1][1], "-$6,280/month");
    assert_eq!(texts[2][1], "-$3,900/month");
    assert_eq!(texts[2][2], "-$2,016/month"); // 19,720 − 17,704
    assert_eq!(texts[3][1], "-$2,600/month");
    assert_eq!(texts[3][2], "-$1,770/month"); // 17,704 × 0.1 = 1,770.40
    assert_eq!(texts[4][1], "$1,300/month");
    assert_eq!(texts[4][2], "$797/month"); // 15,933.60 × 0.05 = 796.68
    assert_eq!(t.rows[5].kind, RowKind::Total);
    assert_eq!(texts[5][3], "$16,730/month");
}

#[test]
fn long_context_prices_the_whole_request() {
    // GPT-5.6 Terra above 272,000 input tokens: $4 / $18 (2× and 1.5× its $2 / $12), within its
    // 1,050,000-token window. 300,000 × 4 + 1,000 × 18 = 1,200,000 + 18,000 → $1.218 a request.
    let o = run("model=gpt_5_6_terra&requests=1000&in_tokens=300000&out_tokens=1000&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 1.218);
    assert!(o.warnings.iter().any(|w| w.message.contains("long-context rates")));
    // The long-context prices are used, so they are listed with their source.
    assert!(o.assumptions.iter().any(|a| a.label.contains("long-context input and output prices")));
    // At exactly 272,000 the standard rates apply: 272,000 × 2 + 1,000 × 12 = 556,000 → $0.556,
    // and the long-context prices are not listed (only the threshold the request is held to).
    let o = run("model=gpt_5_6_terra&requests=1000&in_tokens=272000&out_tokens=1000&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 0.556);
    assert!(!o.assumptions.iter().any(|a| a.label.contains("long-context input and output prices")));
    // A typed input price keeps the provider's ratio: $4 → $8 above the threshold.
    let o = run("model=gpt_5_6_terra&p_in=4&requests=1000&in_tokens=300000&out_tokens=0&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 2.4);
    // Gemini 3.1 Pro Preview limits input (1,048,576) and output (65,536) separately: a full
    // window of input is accepted, at the rates above 200,000:
    // 1,048,576 × 4 + 500 × 18 = 4,194,304 + 9,000 → $4.203304.
    let o = run("model=gemini_3_1_pro&requests=1000&in_tokens=1048576&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 4.203_304);
}

#[test]
fn a_request_or_a_context_larger_than_the_window_is_refused_with_the_models_limit() {
    // Issue 31, item 1. Claude Haiku 4.5's context window is 200,000 tokens, input and output
    // of one call together. 250,000 input + 500 output = 250,500 > 200,000: refused (before:
    // priced at $0.2525 a request, $252.50 a month, a request the API rejects).
    let e =
        try_eval(&CALCULATOR, "model=haiku_4_5&requests=1000&in_tokens=250000&agent_steps=0").unwrap_err();
    assert_eq!(e[0].key, "in_tokens");
    assert_eq!(
        e[0].problem,
        "makes each request 250,500 tokens with the output, over the 200,000-token context window of Claude Haiku \
         4.5 (Anthropic), which counts input and output: at most 199,500 tokens of input fit"
    );
    // At the limit it is priced: 199,500 + 500 = 200,000 tokens; one more is refused.
    assert!(try_eval(&CALCULATOR, "model=haiku_4_5&requests=1000&in_tokens=199500&agent_steps=0").is_ok());
    assert!(try_eval(&CALCULATOR, "model=haiku_4_5&requests=1000&in_tokens=199501&agent_steps=0").is_err());
    // The static prefix counts: 150,000 + 49,600 + 500 = 200,100 > 200,000.
    let e = try_eval(&CALCULATOR, "model=haiku_4_5&in_tokens=150000&prefix_tokens=49600&agent_steps=0")
        .unwrap_err();
    assert_eq!(e[0].key, "in_tokens");
    assert!(
        e[0].problem.contains("at most 149,900 tokens of input fit beside the 49,600-token prefix"),
        "{}",
        e[0]
    );
    // Sonnet 4.5's window is 200,000: the 250,000-token request priced before at the
    // long-context rates ($1.5225) is refused.
    assert!(try_eval(
        &CALCULATOR,
        "model=sonnet_4_5&requests=1000&in_tokens=250000&out_tokens=1000&agent_steps=0"
    )
    .is_err());
    // Gemini 3.8 Flash writes at most 65,536 tokens a call.
    let e = try_eval(&CALCULATOR, "model=gemini_3_8_flash&out_tokens=70000&agent_steps=0").unwrap_err();
    assert_eq!(e[0].key, "out_tokens");
    assert_eq!(e[0].problem, "is over the 65,536-token maximum output of Gemini 3.8 Flash (Google)");
    // Gemini 3.8 Flash: one token over its input limit is refused.
    let e = try_eval(&CALCULATOR, "model=gemini_3_8_flash&in_tokens=1048577&agent_steps=0").unwrap_err();
    assert!(
        e[0].problem.contains("over the 1,048,576-token input limit of Gemini 3.8 Flash (Google)"),
        "{}",
        e[0]
    );
    // Routed requests must fit the smaller model: 300,000-token requests on Sonnet 5
    // (1,000,000) fit, half of them routed to Haiku 4.5 (200,000) do not.
    let e = try_eval(&CALCULATOR, "in_tokens=300000&route_share=50&agent_steps=0").unwrap_err();
    assert_eq!(e[0].key, "route_model");
    assert!(e[0].problem.contains("200,000-token context window"), "{}", e[0]);
    // Requests not entered: their shape is not checked.
    assert!(try_eval(&CALCULATOR, "model=haiku_4_5&requests=0&in_tokens=250000&agent_steps=0").is_ok());
    // An agent context: on Haiku 4.5 step k re-reads 8,000 + (k − 1) × 1,500 and writes 500:
    // it fits while 8,000 + (k − 1) × 1,500 ≤ 199,500, k − 1 ≤ 127.67, so 128 steps fit.
    // 200 steps without a cap reach 8,000 + 199 × 1,500 = 306,500 at step 200: refused
    // (before: priced at $3.9975 a session).
    let e = try_eval(&CALCULATOR, "model=haiku_4_5&requests=0&agent_steps=200&session_cap=0").unwrap_err();
    assert_eq!(e[0].key, "agent_steps");
    assert_eq!(
        e[0].problem,
        "makes step 200 re-read 306,500 tokens and write 500, over the 200,000-token context window of Claude \
         Haiku 4.5 (Anthropic): at most 128 steps fit, or set a session cap that stops the session sooner"
    );
    assert!(try_eval(&CALCULATOR, "model=haiku_4_5&requests=0&agent_steps=128&session_cap=0").is_ok());
    assert!(try_eval(&CALCULATOR, "model=haiku_4_5&requests=0&agent_steps=129&session_cap=0").is_err());
    // Only the steps that run count: the default 100,000-token cap stops it at step 8.
    assert!(try_eval(&CALCULATOR, "model=haiku_4_5&requests=0&agent_steps=200").is_ok());
    // A first context that alone does not fit is refused on that input.
    let e = try_eval(&CALCULATOR, "model=haiku_4_5&agent_base=199501").unwrap_err();
    assert_eq!(e[0].key, "agent_base");
    // The window is shown with its source.
    let o = run("model=haiku_4_5");
    let a = o.assumptions.iter().find(|a| a.label.contains("context window")).unwrap();
    assert_eq!(a.display, "200,000 tokens, input and output of one call; at most 64,000 of output");
    assert!(matches!(&a.provenance, Provenance::Sheets(p) if p[0].key == "haiku_4_5_context_window"));
}

#[test]
fn the_quadratic_agent_session_and_its_cap() {
    // 20 steps, P = 10,000, d = 2,000: 20 × 10,000 + 2,000 × 20 × 19 ÷ 2 = 200,000 + 380,000
    // = 580,000 tokens; step 20 alone reads P + 19d = 48,000.
    assert_eq!(agent_input_tokens(20, 10_000.0, 2_000.0), 580_000.0);
    // Uncached on Sonnet 5: 580,000 × 2 + 20 × 500 × 10 = 1,160,000 + 100,000 → $1.26.
    let q = "agent_base=10000&agent_growth=2000&agent_cache=0&session_cap=0";
    let o = run(q);
    assert_close(value(&o, "agent_input_tokens"), 580_000.0);
    assert_close(value(&o, "agent_cost"), 1.26);
    assert_eq!(maybe(&o, "cap_step"), None);
    assert_eq!(display(&o, "cap_step"), "no cap set");
    // Cap 300,000: after step k, 10,000k + 1,000k(k − 1); k = 10: 190,000; k = 12: 252,000;
    // k = 13: 130,000 + 156,000 = 286,000; k = 14: 140,000 + 182,000 = 322,000 > 300,000 → 14.
    let o = run("agent_base=10000&agent_growth=2000&agent_cache=0&session_cap=300000");
    assert_close(value(&o, "cap_step"), 14.0);
    assert!(
        o.verdict.sentence().contains("session cap stops a 20-step agent session at step 14"),
        "{:?}",
        o.verdict
    );
    // The session as stopped: 322,000 × 2 + 14 × 500 × 10 = 644,000 + 70,000 → $0.714.
    assert_close(value(&o, "agent_input_tokens"), 322_000.0);
    assert_close(value(&o, "agent_cost"), 0.714);
    // A cap the session never reaches.
    let o = run("agent_base=10000&agent_growth=2000&session_cap=1000000");
    assert_eq!(display(&o, "cap_step"), "not reached in 20 steps");
    // A cap passed exactly at its value is not passed: cumulative 106,000 at step 8.
    let p = ModelPrices {
        input: 3.0,
        output: 15.0,
        cache_write: 3.75,
        cache_read: 0.3,
        min_cache: 1024.0,
        long_context: None,
    };
    let a = Agent { steps: 20, base: 8000.0, growth: 1500.0, output: 500.0, cache: true, cap: 106_000.0 };
    assert_eq!(agent(&p, &a).cap_step, Some(9));
    // Steps past a long-context threshold are priced whole at the higher rates.
    let lc = ModelPrices {
        long_context: Some(LongContext { above_tokens: 30_000.0, input_factor: 2.0, output_factor: 1.5 }),
        ..p
    };
    let a = Agent { steps: 3, base: 20_000.0, growth: 10_000.0, output: 0.0, cache: false, cap: 0.0 };
    // 20,000 × 3 + 30,000 × 3 + 40,000 × 6 = 60,000 + 90,000 + 240,000 → $0.39
    let r = agent(&lc, &a);
    assert_close(r.run.cost, 0.39);
    assert_eq!(r.run.long_steps, 1);
    // Agents off: every agent figure absent.
    let o = run("agent_steps=0");
    for k in ["agent_input_tokens", "agent_cost", "cap_step"] {
        assert_eq!(maybe(&o, k), None, "{k}");
    }
}

#[test]
fn the_capped_session_is_the_session_you_pay_for() {
    // Issue 31, item 3. Defaults: Claude Sonnet 5, 20 steps from 8,000 tokens + 1,500 a
    // step, 500 output tokens a step, cached, capped at 100,000 cumulative input tokens.
    // The cap stops the session after step 8 (106,000 tokens > 100,000; 87,500 after step 7).
    // Steps 1–8 as run, in millionths of a dollar:
    //   step 1 writes its context       8,000 × 2.50                         =  20,000
    //   steps 2–8 read the previous one  Σ C1..C7 = 7 × 8,000 + 1,500 × 21
    //                                    = 87,500 × 0.20                      =  17,500
    //   and write what is new            7 × 1,500 × 2.50                     =  26,250
    //   output                           8 × 500 × 10                         =  40,000
    //                                                                  total  = 103,750
    // → $0.10375 a session, not the $0.27295 of all 20 steps.
    let o = run("");
    assert_close(value(&o, "agent_input_tokens"), 106_000.0);
    assert_close(value(&o, "agent_cost"), 0.103_75);
    assert_eq!(display(&o, "agent_cost"), "$0.1037");
    // Issue 37, item 7: the defaults' agent session is an example the reader never set, so the
    // workload's verdict says nothing of it; the cards and the cap's warning still show it.
    assert_eq!(o.verdict.facts, ["$0.009 per request, the same as the baseline: no lever changes it"]);
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.starts_with("The 100,000-token cap stops this 20-step session")));
    // Set one agent input (the cap, typed as it is by default is no change) and it is a fact.
    let o = run("session_cap=100001");
    assert_eq!(
        o.verdict.facts[1],
        "The 100,001-token session cap stops a 20-step agent session at step 8, after 106,000 input \
         tokens and $0.1037 (all 20 steps would re-read 445,000 tokens for $0.273)"
    );
    assert_eq!(run("session_cap=100000").verdict.facts.len(), 1);
    // Cache lifetime: every step is assumed to hit. If each step's tool call outlasted the
    // cache, every step would write its whole context: Σ C1..C8 = 8 × 8,000 + 1,500 × 28 =
    // 106,000 × 2.50 = 265,000 + 40,000 output = 305,000 → $0.305.
    assert!(
        o.notes.iter().any(|n| n.contains("longer than the cache lifetime")
            && n.contains("5 minutes")
            && n.contains("$0.305 instead of $0.1037")),
        "{:#?}",
        o.notes
    );
    // CI agents: 40 steps from 20,000 + 3,000 a step, 800 output, capped at 1,000,000.
    // After step 20: 20 × 20,000 + 3,000 × 190 = 970,000; after step 21: 420,000 + 630,000
    // = 1,050,000 > 1,000,000 → step 21.
    //   step 1 writes 20,000 × 2.50 = 50,000; steps 2–21 read Σ C1..C20 = 970,000 × 0.20
    //   = 194,000 and write 20 × 3,000 × 2.50 = 150,000; output 21 × 800 × 10 = 168,000
    //   → 562,000 → $0.562 a session. All 40 steps: 50,000 + Σ C1..C39 = 3,003,000 × 0.20
    //   = 600,600 + 39 × 3,000 × 2.50 = 292,500 + 40 × 800 × 10 = 320,000 → 1,263,100 → $1.2631.
    // $5,000 a month pays for ⌊5,000 ÷ 0.562⌋ = 8,896 such capped sessions (3,958 uncapped),
    // 8,896.8 ÷ 20 developers ÷ 21 days = 21.2 a developer a working day.
    let ci = "requests=0&agent_steps=40&agent_base=20000&agent_growth=3000&agent_out=800&\
              session_cap=1000000&developers=20&teams=3&repos=12&budget_monthly=5000";
    let o = run(ci);
    assert_close(value(&o, "agent_input_tokens"), 1_050_000.0);
    assert_close(value(&o, "agent_cost"), 0.562);
    assert!(
        o.notes.iter().any(|n| n.starts_with(
            "$5,000 a month pays for 8,896 such agent sessions, each stopped by the cap at step 21 \
             ($0.562 each; 3,958 if they ran all 40 steps at $1.2631), 21.2 per developer per working day"
        )),
        "{:#?}",
        o.notes
    );
    // No cap, or a cap the session never reaches: the whole session, as before.
    let o = run("agent_base=10000&agent_growth=2000&agent_cache=0&session_cap=0");
    assert_close(value(&o, "agent_cost"), 1.26);
    assert_eq!(o.verdict.facts[1], "A 20-step agent session re-reads 580,000 input tokens and costs $1.26");
}

#[test]
fn the_twelfth_of_the_month_at_2000_a_day() {
    // $24,000 by day 12 = $2,000 a day × 30 days = $60,000 at month end; budget $24,000.
    // Soft 80% = $19,200 ÷ 2,000 = 9.6 → day 10 (already past); hard 110% = $26,400 ÷ 2,000
    // = 13.2 → day 14. Overrun $36,000 = 150%.
    let o = run("requests=0&agent_steps=0&budget_monthly=24000&spent_to_date=24000&day_of_month=12");
    assert_close(value(&o, "forecast_month_end"), 60_000.0);
    assert_close(value(&o, "soft_alert_day"), 10.0);
    assert_eq!(display(&o, "soft_alert_day"), "day 10");
    assert_close(value(&o, "hard_cap_day"), 14.0);
    assert_eq!(o.verdict.decision.key, "overrun");
    assert_eq!(
        o.verdict.facts[0],
        "At $2,000 a day this month ends at $60,000, $36,000 over the $24,000 budget"
    );
    assert_eq!(
        o.verdict.facts[1],
        "The soft alert fired on day 10 and the hard limit stops requests on day 14"
    );
    assert!(o.warnings.iter().any(|w| w.message.starts_with("Overrun") && w.message.contains("150%")));
    assert!(o.warnings.iter().any(|w| w.message.contains("before mid-month")));
    // No workload: the per-request figures are absent, not $0.
    assert_eq!(maybe(&o, "monthly_cost"), None);
    assert_eq!(display(&o, "monthly_cost"), "no requests entered");
}

#[test]
fn forecast_days_are_whole_days_rounded_up() {
    // $25,000 budget: soft $20,000 ÷ $2,000 = exactly day 10, not 11; hard $27,500 → 13.75 → 14.
    let o = run("requests=0&budget_monthly=25000&spent_to_date=24000&day_of_month=12");
    assert_close(value(&o, "soft_alert_day"), 10.0);
    assert_close(value(&o, "hard_cap_day"), 14.0);
    // The last day of the month: $30,000 in 30 days is the month-end figure itself.
    let o = run("requests=0&budget_monthly=40000&spent_to_date=30000&day_of_month=30");
    assert_close(value(&o, "forecast_month_end"), 30_000.0);
    // Soft $32,000 ÷ $1,000 = day 32 > 30: not this month.
    assert_eq!(maybe(&o, "soft_alert_day"), None);
    assert_eq!(display(&o, "soft_alert_day"), "not this month");
    assert_eq!(o.verdict.decision.key, "on_track");
    assert_eq!(day_reached(20_000.0, 2_000.0, 30.0), Some(10));
    assert_eq!(day_reached(0.0, 2_000.0, 30.0), Some(1));
    assert_eq!(day_reached(1.0, 0.0, 30.0), None);
    // A day past the month's end is refused.
    let e = try_eval(&CALCULATOR, "day_of_month=31&days_in_month=30").unwrap_err();
    assert_eq!(e[0].key, "day_of_month");
    let e = try_eval(&CALCULATOR, "soft_pct=120&hard_pct=110").unwrap_err();
    assert_eq!(e[0].key, "soft_pct");
}

#[test]
fn budgets_split_the_month_evenly() {
    // $900 a month: developer day 900 ÷ 10 ÷ 21 = $4.2857, week × 5 = $21.4286,
    // team month 900 ÷ 2 = $450, repository month 900 ÷ 5 = $180.
    let o = run("");
    let t = o.tables.iter().find(|t| t.key == "budgets").unwrap();
    let texts: Vec<Vec<String>> = t.rows.iter().map(|r| t.row_texts(r)).collect();
    // One precision per column: cents, since the day budgets are under $100.
    assert_eq!(texts[0], ["Each developer, per working day", "$4.29", "$3.43", "$4.71"]);
    assert_eq!(texts[1][1], "$21.43");
    assert_eq!(texts[5][1], "$450.00");
    assert_eq!(texts[8][1], "$180.00");
    assert_eq!(texts[11], ["Whole organisation, per month", "$900.00", "$720.00", "$990.00"]);
    // Fewer than 5 working days: a week is the whole month.
    let o = run("working_days=3");
    let t = o.tables.iter().find(|t| t.key == "budgets").unwrap();
    assert_eq!(t.row_texts(&t.rows[1])[1], t.row_texts(&t.rows[2])[1]);
    // The budget planner: no requests, $5,000 for 20 developers over 21 days = $11.9048.
    let o = run("requests=0&developers=20&budget_monthly=5000");
    assert_close(value(&o, "budget_per_dev_day"), 5000.0 / 420.0);
    assert_eq!(o.verdict.decision.key, "split_budget");
    assert_eq!(o.verdict.words, "Give each developer $11.90 a working day");
    assert!(o.tables.iter().all(|t| t.key != "levers"));
    // Nothing at all: no budget, no tables, no chart, a verdict that says what to enter.
    let o = run("requests=0");
    assert_eq!(o.verdict.decision.key, "no_recommendation");
    assert_eq!(o.verdict.words, "Nothing to plan yet");
    assert_eq!(o.verdict.facts, ["Enter the requests per month, or a monthly budget to split"]);
    assert_eq!(maybe(&o, "budget_per_dev_day"), None);
    assert!(o.tables.is_empty() && o.charts.is_empty());
}

#[test]
fn the_burn_down_chart_draws_spend_against_the_limits() {
    let o = run("requests=0&budget_monthly=24000&spent_to_date=24000&day_of_month=12");
    let c = &o.charts[0];
    assert_eq!(c.key, "burn_down");
    assert_eq!(c.series.len(), 4);
    let at_rate = c.series.iter().find(|s| s.name == "Spend at today's rate").unwrap();
    assert_close(*at_rate.y.last().unwrap(), 60_000.0);
    let hard = c.series.iter().find(|s| s.name.starts_with("Hard limit")).unwrap();
    assert!(hard.step && hard.y.iter().all(|&y| (y - 26_400.0).abs() < 1e-9));
    assert!(c.markers.iter().any(|m| m.label == "Hard limit: day 14" && m.x == 14.0));
}

#[test]
fn cache_multipliers_hold_on_the_sheet() {
    // Anthropic: 5-minute write = 1.25 × input, 1-hour write = 2 × input, read = 0.1 × input,
    // except where Anthropic's pricing page says otherwise: Claude Fable 5.1 reads at 0.025 ×
    // and Claude Opus 5.5 at 0.05 ×. Public price lists have shipped these wrong.
    for m in LlmModel::ALL.iter().filter(|m| m.is_anthropic()) {
        let v = |what: &str| m.sheet(&PRICES, what).unwrap_or_else(|| panic!("{m:?} {what}")).value;
        assert_close(v("write"), 1.25 * v("in"));
        assert_close(v("write_1h"), 2.0 * v("in"));
        let read = match m {
            LlmModel::Fable51 => 0.025,
            LlmModel::Opus55 => 0.05,
            _ => 0.1,
        };
        assert_close(v("read"), read * v("in"));
    }
    // OpenAI's GPT-5.6 and GPT-6 models bill a cache write at 1.25 × input; its older models,
    // Google's implicit caching and DeepSeek bill a miss at the input price, never at 0.
    let surcharged = [LlmModel::Gpt6Astra, LlmModel::Gpt56Sol, LlmModel::Gpt56Terra, LlmModel::Gpt56Luna];
    for m in LlmModel::ALL.iter().filter(|m| !m.is_anthropic()) {
        let v = |what: &str| m.sheet(&PRICES, what).unwrap().value;
        let write = if surcharged.contains(m) { 1.25 } else { 1.0 };
        assert_close(v("write"), write * v("in"));
        assert!(v("read") < v("in") && m.sheet(&PRICES, "write_1h").is_none(), "{m:?}");
        // Off-peak prices, where there are any, are half of peak on every charge.
        if m.sheet(&PRICES, "off_in").is_some() {
            for what in ["in", "out", "write", "read"] {
                assert_close(m.sheet(&PRICES, &format!("off_{what}")).unwrap().value, v(what) / 2.0);
            }
        }
    }
    // Long-context tiers are 2× input and 1.5× output on this sheet.
    for m in LlmModel::ALL {
        if let Some(t) = m.sheet(&PRICES, "lc_tokens") {
            let v = |what: &str| m.sheet(&PRICES, what).unwrap().value;
            assert!(t.value >= 200_000.0);
            assert_close(v("lc_in"), 2.0 * v("in"));
            assert_close(v("lc_out"), 1.5 * v("out"));
        }
    }
}

#[test]
fn typed_prices_override_the_sheet_and_say_so() {
    let o = run("p_in=2.5");
    let a = o.assumptions.iter().find(|a| a.key == Some("p_in")).unwrap();
    assert_eq!(a.provenance, Provenance::Input);
    // 2,000 × 2.5 + 500 × 10 = 10,000 → $1,000 a month.
    assert_close(value(&o, "monthly_cost"), 1000.0);
    let a = o.assumptions.iter().find(|a| a.key == Some("p_out")).unwrap();
    assert!(matches!(a.provenance, Provenance::Sheet(p) if p.key == "sonnet_5_out"));
    // The model choice changes the defaults: GPT-5.6 Sol, 2,000 × 4 + 500 × 20 = 18,000 → $1,800.
    assert_close(value(&run("model=gpt_5_6_sol"), "monthly_cost"), 1800.0);
    assert_eq!(CALCULATOR.meta().slug, "llm-budget");
    assert_eq!(LlmModel::Sonnet5.key(), "sonnet_5");
}

/// Today in UTC, as the site and the CLI date a report.
fn today() -> Date {
    let millis = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis();
    Date::today_utc(millis as f64)
}

/// The sheet entries a model prices with: every key `<model>_<what>` whose longest model-key
/// prefix is this model's (so `opus_5` does not claim `opus_5_5_in`).
fn entries_of(m: LlmModel) -> Vec<&'static calc_core::Price> {
    PRICES
        .entries
        .iter()
        .filter(|p| {
            let owner = LlmModel::ALL
                .iter()
                .filter(|o| p.key.starts_with(&format!("{}_", o.key())))
                .max_by_key(|o| o.key().len());
            owner == Some(&m)
        })
        .collect()
}

#[test]
fn no_choice_defaults_to_a_model_retired_by_today_or_a_legacy_one() {
    // Issue 38, item 2: a model retired before today is never a default. Both model choices
    // default to current models whose prices took effect, or were last confirmed, in August
    // 2026 or later.
    let today = today();
    for field in CALCULATOR.fields() {
        let FieldKind::Choice { default, .. } = field.kind else { continue };
        let m = LlmModel::from_key(default).unwrap_or_else(|| panic!("{}: {default}", field.key));
        assert_eq!(m.status(&PRICES), Status::Current, "{}: {default}", field.key);
        let entries = entries_of(m);
        assert!(!entries.is_empty(), "{default}");
        for p in entries {
            assert!(!p.retired_by(today), "{}: {} retired by {today}", field.key, p.key);
        }
        for what in ["in", "out", "write", "read"] {
            let p = m.sheet(&PRICES, what).unwrap();
            assert!(p.as_of >= Date::ymd(2026, 8, 1), "{}: {} dated {}", field.key, p.key, p.as_of);
        }
    }
    assert_eq!(LlmModel::from_key("sonnet_5"), Some(LlmModel::Sonnet5));
}

#[test]
fn every_model_choice_has_its_prices_and_limits_on_the_sheet() {
    // Registry-style: every option, as main or routed model, has its four prices and its
    // limits; each optional group is whole; no sheet entry names a model that is not a choice.
    for m in LlmModel::ALL {
        let has = |what: &str| m.sheet(&PRICES, what).is_some();
        for what in ["in", "out", "write", "read", "context_window", "max_output"] {
            assert!(has(what), "{m:?} {what}");
        }
        assert_eq!(has("write_1h"), m.is_anthropic(), "{m:?}: the 1-hour write is Anthropic's");
        assert_eq!(has("lc_tokens"), has("lc_in") && has("lc_out"), "{m:?}: long-context tier");
        let off = ["off_in", "off_out", "off_write", "off_read"].map(has);
        assert!(off.iter().all(|&o| o == off[0]), "{m:?}: off-peak prices");
        let next = ["next_in", "next_out", "next_read"].map(has);
        assert!(next.iter().all(|&n| n == next[0]), "{m:?}: published next prices");
        // A model's entries agree on whether it is retired.
        let entries = entries_of(*m);
        let retired = m.sheet(&PRICES, "in").unwrap().retired;
        assert!(entries.iter().all(|p| p.retired == retired), "{m:?}: retired on every entry or none");
        assert!(entries.iter().all(|p| p.label.starts_with(m.name())), "{m:?}: labels name the model");
    }
    let rules =
        ["anthropic_batch", "openai_batch", "google_batch", "deepseek_batch", "dev_day_avg", "dev_day_p90"];
    for p in PRICES.entries {
        let model = LlmModel::ALL.iter().any(|m| p.key.starts_with(&format!("{}_", m.key())));
        assert!(model || rules.contains(&p.key), "{} belongs to no model and no provider rule", p.key);
    }
}

#[test]
fn links_naming_an_old_model_still_open_and_say_it_is_retired() {
    // Issue 38, item 2: never remove a model key a link may name; a retired model is priced at
    // its last list price, with a caution beside the answer (and in the PDF's warnings).
    for k in [
        "opus_5",
        "sonnet_4_6",
        "sonnet_4_5",
        "haiku_4_5",
        "gpt_5_5",
        "gpt_5_4",
        "gpt_5_4_mini",
        "gemini_2_5_pro",
        "gemini_2_5_flash",
        "deepseek_chat",
    ] {
        let o = run(&format!("model={k}&route_model={k}&route_share=10"));
        assert!(value(&o, "monthly_cost") > 0.0, "{k}");
    }
    // Gemini 2.5 Pro, shut down on the Gemini API on 2026-10-16: 2,000 × 1.25 + 500 × 10 =
    // 7,500 millionths → $0.0075 a request, $750 a month, at its last list price.
    let o = run("model=gemini_2_5_pro&agent_steps=0");
    assert_close(value(&o, "monthly_cost"), 750.0);
    let w = &o.warnings[0];
    assert_eq!(w.level, Level::Caution);
    assert_eq!(
        w.message,
        "This link names Gemini 2.5 Pro, which Google retired from its API on 2026-10-16: the figures use its last \
         list price, and no new request can be sent to it. Pick a current model to plan new work."
    );
    assert_eq!(w.fields, ["model"]);
    let a = o.assumptions.iter().find(|a| a.key == Some("p_in")).unwrap();
    assert!(matches!(a.provenance, Provenance::Sheet(p) if p.retired == Some(Date::ymd(2026, 10, 16))));
    // deepseek-chat, retired on 2026-07-24, at its last list price as V4 Flash's alias:
    // 2,000 × 0.14 + 500 × 0.28 = 280 + 140 = 420 → $0.00042, $42 a month.
    let o = run("model=deepseek_chat&agent_steps=0");
    assert_close(value(&o, "monthly_cost"), 42.0);
    assert!(o.warnings[0]
        .message
        .starts_with("This link names DeepSeek chat, deepseek-chat, which DeepSeek retired"));
    // A retired smaller model is said when requests are routed to it, not otherwise.
    let o = run("route_share=30&route_model=gemini_2_5_flash&agent_steps=0");
    assert!(o.warnings.iter().any(|w| w
        .message
        .starts_with("The smaller model, Gemini 2.5 Flash, was retired from Google's API on 2026-10-16")));
    let o = run("route_model=gemini_2_5_flash&agent_steps=0");
    assert!(!o.warnings.iter().any(|w| w.message.contains("retired")));
    // A legacy model is said too, as information: still sold at this price.
    let o = run("model=sonnet_4_6&agent_steps=0");
    assert!(o.warnings.iter().any(|w| w.level == Level::Info
        && w.message.starts_with("Claude Sonnet 4.6 is a legacy model: Anthropic still serves it")));
    // The default model is neither.
    let o = run("");
    assert!(!o.warnings.iter().any(|w| w.message.contains("retired") || w.message.contains("legacy")));
}

#[test]
fn the_assumptions_list_every_price_the_scenario_uses_and_nothing_else() {
    // Issue 38, item 6: the price-age notice and "prices as of" see what the assumptions cite.
    // Defaults: Sonnet 5's prices (cache prices too: the agent caches its context), its cache
    // minimum and limits, and the vendor's per-developer figures the daily-cap warning quotes;
    // nothing of the smaller model (no request is routed) and no batch discount (none batched).
    let o = run("");
    let used: Vec<&str> = o.prices_used().iter().map(|p| p.key).collect();
    for k in &used {
        assert!(k.starts_with("sonnet_5_") || k.starts_with("dev_day_"), "{k} is not used: {used:?}");
    }
    for k in ["sonnet_5_in", "sonnet_5_out", "sonnet_5_write", "sonnet_5_read", "sonnet_5_min_cache"] {
        assert!(used.contains(&k), "{k} is used: {used:?}");
    }
    assert!(!used.contains(&"sonnet_5_write_1h"), "the 1-hour write is only mentioned, not used");
    assert!(!o.assumptions.iter().any(|a| a.label.starts_with("Smaller model")));
    assert!(!o.assumptions.iter().any(|a| a.key == Some("batch_discount")));
    // Sonnet 5's prices took effect on 2026-08-10; its limits and cache minimum were read in
    // July and August; the oldest price the default answer uses is the vendor's coding-agent
    // average, which the daily-cap warning compares the budget with.
    let model_oldest =
        o.prices_used().iter().filter(|p| p.key.starts_with("sonnet_5_")).map(|p| p.as_of).min();
    assert_eq!(model_oldest, Some(Date::ymd(2026, 7, 24)));
    assert_eq!(PRICES.get("sonnet_5_in").as_of, Date::ymd(2026, 8, 10));
    // No agent, no prefix: no cache price is used, so none is listed.
    let o = run("agent_steps=0");
    assert!(!o.prices_used().iter().any(|p| p.key.ends_with("_write") || p.key.ends_with("_read")));
    // Routing and batching bring in the smaller model's prices and both discounts.
    let o = run("route_share=30&batch_share=20&agent_steps=0");
    let used: Vec<&str> = o.prices_used().iter().map(|p| p.key).collect();
    assert!(used.contains(&"haiku_4_5_in") && used.contains(&"anthropic_batch"), "{used:?}");
    assert!(o.assumptions.iter().any(|a| a.key == Some("r_batch_discount")));
}

#[test]
fn deepseek_is_priced_at_peak_unless_an_off_peak_share_is_entered() {
    // DeepSeek V4.1 Flash at peak, its list price: $0.30 in, $1.20 out → $0.0012 a request.
    let o = run("model=deepseek_flash&agent_steps=0");
    assert_close(value(&o, "monthly_cost"), 120.0);
    let a = o.assumptions.iter().find(|a| a.key == Some("p_in")).unwrap();
    assert!(matches!(a.provenance, Provenance::Sheet(p) if p.key == "deepseek_flash_in"));
    assert!(o.warnings.iter().any(|w| w.message.starts_with("DeepSeek bills half these prices off-peak")));
    // Half the requests off-peak: input 0.5 × 0.30 + 0.5 × 0.15 = 0.225, output 0.5 × 1.20 +
    // 0.5 × 0.60 = 0.90: 2,000 × 0.225 + 500 × 0.90 = 450 + 450 = 900 → $0.0009, $90 a month.
    let o = run("model=deepseek_flash&off_peak=50&agent_steps=0");
    assert_close(value(&o, "monthly_cost"), 90.0);
    let a = o.assumptions.iter().find(|a| a.key == Some("p_in")).unwrap();
    assert_eq!(a.label, "DeepSeek V4.1 Flash (DeepSeek API): input, 50% of requests off-peak");
    let cited: Vec<&str> = a.provenance.prices().iter().map(|p| p.key).collect();
    assert_eq!(cited.len(), 2);
    assert!(cited.contains(&"deepseek_flash_in") && cited.contains(&"deepseek_flash_off_in"), "{cited:?}");
    assert!(o.assumptions.iter().any(|a| a.key == Some("off_peak") && a.display == "50%"));
    // All off-peak: $60 a month, half of peak. The share does nothing on other providers.
    assert_close(value(&run("model=deepseek_flash&off_peak=100&agent_steps=0"), "monthly_cost"), 60.0);
    assert_close(value(&run("off_peak=100"), "monthly_cost"), 900.0);
    assert!(!run("off_peak=100").assumptions.iter().any(|a| a.key == Some("off_peak")));
}

#[test]
fn a_published_price_change_is_said_beside_the_answer() {
    // Gemini 3.8 Flash: $0.75 / $3.75 introductory through 2026-12-31: 2,000 × 0.75 + 500 ×
    // 3.75 = 1,500 + 1,875 = 3,375 → $0.003375 a request, $337.50 a month. From 2027-01-01
    // $1.50 / $7.50: 3,000 + 3,750 = 6,750 → $675 a month, said in a caution, not used.
    let o = run("model=gemini_3_8_flash&agent_steps=0");
    assert_close(value(&o, "monthly_cost"), 337.5);
    let w = o.warnings.iter().find(|w| w.message.contains("has published")).unwrap();
    assert_eq!(w.level, Level::Caution);
    assert_eq!(
        w.message,
        "Google has published Gemini 3.8 Flash's list price from 2027-01-01: $1.50 input, $7.50 output and $0.15 \
         cache read per million tokens, 2× today's. Price any month from then at those: this workload would cost \
         $675.00/month at those prices."
    );
    assert!(!o.prices_used().iter().any(|p| p.key.contains("_next_")));
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}

#[test]
fn a_cache_hit_rate_with_no_prefix_to_cache_says_it_has_nothing_to_act_on() {
    // Issue 37, item 7: the defaults enter no static prefix, so the 90% hit rate changes no
    // figure; a warning tied to both inputs says so.
    let o = run("");
    let w = o.warnings.iter().find(|w| w.message.starts_with("The 90% cache hit rate has nothing to act on"));
    let w = w.unwrap_or_else(|| panic!("{:#?}", o.warnings));
    assert_eq!(w.fields, ["cache_hit", "prefix_tokens"]);
    assert_eq!(value(&o, "monthly_cost"), value(&run("cache_hit=40"), "monthly_cost"));
    // A hit rate of 0 has nothing to act on either, but nothing is claimed for it.
    assert!(!run("cache_hit=0").warnings.iter().any(|w| w.message.contains("nothing to act on")));
    // A prefix below the model's minimum is never cached: its warning names the hit rate too.
    let o = run("prefix_tokens=500");
    let w = o.warnings.iter().find(|w| w.message.contains("so it is never cached")).expect("the minimum");
    assert!(w.message.contains("the 90% cache hit rate has nothing to act on"), "{}", w.message);
    assert!(w.fields.contains(&"cache_hit"));
    // A cacheable prefix: the hit rate acts, and no such warning.
    let o = run("prefix_tokens=2000");
    assert!(!o.warnings.iter().any(|w| w.message.contains("nothing to act on")), "{:#?}", o.warnings);
}
