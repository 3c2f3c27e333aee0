//! Worked examples computed by hand. Claude Sonnet 4.6 on the sheet: $3 input, $15 output,
//! $3.75 5-minute cache write, $0.30 cache read per million tokens, cached from 1,024 tokens;
//! Claude Haiku 4.5: $1 / $5 / $1.25 / $0.10, cached from 4,096 tokens. Costs per request
//! are written in millionths of a dollar (tokens × $/M), ÷ 1,000,000 at the end.

use calc_core::{Calculator, ChoiceEnum, Outcome, Provenance, RowKind};
use calc_testkit::{assert_close, display, eval, maybe, try_eval, value};
use llm_budget::model::{agent, agent_input_tokens, day_reached, Agent, LongContext, ModelPrices};
use llm_budget::{LlmModel, CALCULATOR, PRICES};

fn run(q: &str) -> Outcome {
    eval(&CALCULATOR, q)
}

const SUPPORT: &str = "requests=2000000&in_tokens=3000&prefix_tokens=2000&out_tokens=300&agent_steps=0";

#[test]
fn defaults_one_model_no_levers_and_the_default_agent_session() {
    // Request   2,000 × $3 + 500 × $15 = 6,000 + 7,500 = 13,500 → $0.0135
    // Month     100,000 × $0.0135 = $1,350; no prefix, no levers: baseline = monthly, saving 0%.
    let o = run("");
    assert_close(value(&o, "cost_per_request"), 0.0135);
    assert_close(value(&o, "monthly_cost"), 1350.0);
    assert_close(value(&o, "baseline_monthly"), 1350.0);
    assert_close(value(&o, "saving_pct"), 0.0);
    assert_eq!(o.verdict.decision.key, "workload_cost");
    assert_eq!(o.verdict.words, "This workload costs $1,350/month");
    assert_eq!(o.verdict.facts[0], "$0.0135 per request, the same as the baseline: no lever changes it");
    // Agent: 20 steps from 8,000 tokens, +1,500 a step, would re-read
    //        20 × 8,000 + 1,500 × 20 × 19 ÷ 2 = 160,000 + 285,000 = 445,000 input tokens, but
    //        the 100,000-token cap stops it: cumulative input after step 7 = 7 × 8,000 + 1,500
    //        × 21 = 87,500, after step 8 = 64,000 + 1,500 × 28 = 106,000 > 100,000 → step 8.
    //        The session as run is steps 1–8 (see the_capped_session_is_the_session_you_pay_for).
    assert_close(value(&o, "agent_input_tokens"), 106_000.0);
    assert_close(value(&o, "agent_cost"), 0.155_625);
    assert_close(value(&o, "cap_step"), 8.0);
    assert_eq!(display(&o, "cap_step"), "step 8 of 20");
    // Budgets: $1,350 ÷ 10 developers ÷ 21 days = $6.428571; hard 110% = $7.071429 < $13.
    assert_close(value(&o, "budget_per_dev_day"), 1350.0 / 210.0);
    assert!(o.warnings.iter().any(|w| w.message.contains("Friday halt") && w.message.contains("average")));
    // No spend entered: no forecast, never a fake 0.
    for k in ["forecast_month_end", "soft_alert_day", "hard_cap_day"] {
        assert_eq!(maybe(&o, k), None, "{k}");
        assert_eq!(display(&o, k), "no spend to date entered");
    }
}

#[test]
fn caching_alone_the_support_assistant() {
    // Baseline  (5,000 × 3 + 300 × 15) = 15,000 + 4,500 = 19,500 → $0.0195 × 2,000,000 = $39,000
    // Cached    3,000 × 3 + 2,000 × (0.9 × 0.30 + 0.1 × 3.75) + 4,500
    //           = 9,000 + 2,000 × 0.645 + 4,500 = 14,790 → $0.01479 × 2,000,000 = $29,580
    // Saving    9,420 ÷ 39,000 = 24.15%
    let o = run(SUPPORT);
    assert_close(value(&o, "baseline_monthly"), 39_000.0);
    assert_close(value(&o, "monthly_cost"), 29_580.0);
    assert_close(value(&o, "cost_per_request"), 0.01479);
    assert_close(value(&o, "saving_pct"), 9_420.0 / 39_000.0 * 100.0);
    assert_eq!(display(&o, "saving_pct"), "24.2%");
    assert_eq!(
        o.verdict.facts,
        [
            "$0.0148 per request, 24.2% less than the $39,000/month baseline",
            "Caching saves the most on its own ($9,420/month)"
        ]
    );
    // 100% hits: 9,000 + 2,000 × 0.30 + 4,500 = 14,100 → $28,200.
    assert_close(value(&run(&format!("{SUPPORT}&cache_hit=100")), "monthly_cost"), 28_200.0);
}

#[test]
fn caching_below_the_break_even_hit_rate_is_a_cost() {
    // Break-even (3.75 − 3) ÷ (3.75 − 0.30) = 0.75 ÷ 3.45 = 21.74%.
    // At 10%: prefix 2,000 × (0.1 × 0.30 + 0.9 × 3.75) = 2,000 × 3.405 = 6,810 against 6,000
    //         uncached: +810 per request → +$1,620 a month on 2,000,000 requests.
    let o = run(&format!("{SUPPORT}&cache_hit=10"));
    assert_close(value(&o, "monthly_cost"), 39_000.0 + 1_620.0);
    assert!(value(&o, "saving_pct") < 0.0);
    assert_eq!(o.verdict.facts[0], "$0.0203 per request, $1,620/month more than the $39,000/month baseline");
    // A loss is never a saving ("costs more than it saves" names it as a loss).
    let said = o.verdict.sentence();
    assert!(!said.contains("saves the most") && !said.contains("less than the"), "{:?}", o.verdict);
    assert!(o.warnings.iter().any(|w| w.message.contains("breaks even only from a 21.7% hit rate")));
    let t = &o.tables[0];
    assert!(t.row_texts(&t.rows[1])[0].contains("(costs more)"), "{:?}", t.row_texts(&t.rows[1]));
    // Just above the break-even rate (21.74%) caching saves 2,000,000 × 2,000 × (0.2174 −
    // 0.75 ÷ 3.45) × 3.45 ÷ 1,000,000 ≈ $0.12 a month: too little for a percentage, so the
    // verdict says it in money, not "0% less".
    let o = run(&format!("{SUPPORT}&cache_hit=21.74"));
    assert_eq!(o.verdict.facts[0], "$0.0195 per request, $0.12/month less than the $39,000/month baseline");
    // Exactly at the break-even rate caching neither saves nor costs.
    let p = ModelPrices {
        input: 3.0,
        output: 15.0,
        cache_write: 3.75,
        cache_read: 0.3,
        min_cache: 1024.0,
        long_context: None,
    };
    assert_close(p.breakeven_hit(), 0.75 / 3.45);
    // A provider whose writes cost the input price breaks even at any hit rate.
    assert_eq!(ModelPrices { cache_write: 3.0, ..p }.breakeven_hit(), 0.0);
}

#[test]
fn a_lever_that_costs_more_is_named_in_agreement_with_its_verb() {
    // Issue 31, item 4. Support assistant at a 10% hit rate: caching alone costs
    // 2,000,000 × (2,000 × (0.1 × 0.30 + 0.9 × 3.75) − 2,000 × 3) ÷ 1,000,000
    // = 2,000,000 × 810 ÷ 1,000,000 = $1,620/month more. One lever: "costs more than it saves".
    let o = run(&format!("{SUPPORT}&cache_hit=10"));
    assert_eq!(o.verdict.facts[1], "Caching at this hit rate costs more than it saves");
    // Two levers: also half the requests to Opus 5, which costs more per request than
    // Sonnet 4.6 (5,000 × 5 + 300 × 25 = 32,500 against 19,500 millionths):
    // "caching at this hit rate and routing to a dearer model cost more than they save".
    let o = run(&format!("{SUPPORT}&cache_hit=10&route_share=50&route_model=opus_5"));
    assert_eq!(
        o.verdict.facts[1],
        "Caching at this hit rate and routing to a dearer model cost more than they save"
    );
    // Retries never save anything: they are said to add their cost, not to "cost more than
    // they save". 10% retries on $1,350: $135/month.
    let o = run("retry_rate=10&agent_steps=0");
    assert_eq!(o.verdict.facts[1], "Retries billed in full add $135.00/month");
    // Caching at 10% hits and 5% retries: both named, each with its own verb.
    // Retries in sequence: 40,620 × 0.05 = $2,031/month.
    let o = run(&format!("{SUPPORT}&cache_hit=10&retry_rate=5"));
    assert_eq!(
        o.verdict.facts[1],
        "Caching at this hit rate costs more than it saves, and retries billed in full add $2,031/month"
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
    // Sonnet 4.6 with a 500-token prefix (minimum 1,024): same, and no caching row saving.
    let o = run("prefix_tokens=500&agent_steps=0");
    assert_close(value(&o, "saving_pct"), 0.0);
}

#[test]
fn routing_alone() {
    // Main  $0.0135 a request; Haiku 4.5: 2,000 × 1 + 500 × 5 = 4,500 → $0.0045.
    // Half routed: 100,000 × 0.5 × (0.0135 − 0.0045) = $450 saved; monthly $900.
    let o = run("route_share=50");
    assert_close(value(&o, "monthly_cost"), 900.0);
    assert_close(value(&o, "saving_pct"), 450.0 / 1350.0 * 100.0);
    assert_eq!(o.verdict.facts[1], "Routing saves the most on its own ($450.00/month)");
    // Routing "down" to a dearer model is a cost: Opus 5 = 2,000 × 5 + 500 × 25 = 22,500 →
    // $0.0225; 100,000 × 0.5 × (0.0135 − 0.0225) = −$450.
    let o = run("route_share=50&route_model=opus_5");
    assert_close(value(&o, "monthly_cost"), 1800.0);
    assert!(o.warnings.iter().any(|w| w.message.contains("costs more per request")));
    let said = o.verdict.sentence();
    assert!(!said.contains("saves the most") && !said.contains("less than the"), "{:?}", o.verdict);
    assert_eq!(o.verdict.facts[1], "Routing to a dearer model costs more than it saves");
}

#[test]
fn batch_alone_and_retries_alone() {
    // 40% batched at 50% off: $1,350 × (1 − 0.4 × 0.5) = $1,080.
    assert_close(value(&run("batch_share=40"), "monthly_cost"), 1080.0);
    // 10% retries billed in full: $1,350 × 1.1 = $1,485, never called a saving.
    let o = run("retry_rate=10");
    assert_close(value(&o, "monthly_cost"), 1485.0);
    assert_close(value(&o, "cost_per_request"), 0.01485);
    assert_eq!(o.verdict.facts[1], "Retries billed in full add $135.00/month");
}

#[test]
fn the_batch_discount_is_the_providers_and_deepseek_sells_none() {
    // Issue 31, item 2. DeepSeek V3.x chat: 2,000 × 0.28 + 500 × 0.42 = 560 + 210 = 770
    // millionths → $0.00077 a request, $77.00 a month for 100,000 requests.
    // 40% marked for the batch API: DeepSeek sells no batch API, so they cost the standard
    // price: $77.00, not 77 × (1 − 0.4 × 0.5) = $61.60 as before.
    let o = run("model=deepseek_chat&batch_share=40&agent_steps=0");
    assert_close(value(&o, "baseline_monthly"), 77.0);
    assert_close(value(&o, "monthly_cost"), 77.0);
    assert_close(value(&o, "saving_pct"), 0.0);
    assert_eq!(o.verdict.facts, ["$0.0008 per request, the same as the baseline: no lever changes it"]);
    assert!(
        o.warnings.iter().any(|w| w.message.starts_with("DeepSeek sells no batch API")),
        "{:#?}",
        o.warnings
    );
    let a = o.assumptions.iter().find(|a| a.key == Some("batch_discount")).unwrap();
    assert_eq!(a.display, "none: DeepSeek sells no batch API");
    assert!(matches!(a.provenance, Provenance::Sheet(p) if p.key == "deepseek_batch"));
    // A discount typed for DeepSeek (a negotiated or third-party batch service) is the user's:
    // 77 × (1 − 0.4 × 0.3) = 77 × 0.88 = $67.76.
    assert_close(
        value(&run("model=deepseek_chat&batch_share=40&batch_discount=30&agent_steps=0"), "monthly_cost"),
        67.76,
    );
    // Each provider's own discount on its own requests. Sonnet 4.6 with half the requests
    // routed to DeepSeek and 40% batched:
    //   on Sonnet 4.6 (Anthropic, 50%)  50,000 × $0.0135  × (1 − 0.4 × 0.5) = $540.00
    //   on DeepSeek (no batch API)      50,000 × $0.00077 × (1 − 0.4 × 0)   =  $38.50
    //                                                                        = $578.50
    // (before: (675 + 38.50) × (1 − 0.4 × 0.5) = $570.80, a DeepSeek discount that does not exist).
    let o = run("route_share=50&route_model=deepseek_chat&batch_share=40&agent_steps=0");
    assert_close(value(&o, "monthly_cost"), 578.5);
    let r = o.assumptions.iter().find(|a| a.key == Some("r_batch_discount")).unwrap();
    assert_eq!(r.display, "none: DeepSeek sells no batch API");
    // Anthropic, OpenAI and Google each sell one at 50%: an old link keeps its meaning.
    assert_close(value(&run("batch_share=40"), "monthly_cost"), 1080.0);
    for (model, key) in
        [("sonnet_4_6", "anthropic_batch"), ("gpt_5_5", "openai_batch"), ("gemini_2_5_pro", "google_batch")]
    {
        let o = run(&format!("model={model}&batch_share=40&agent_steps=0"));
        let a = o.assumptions.iter().find(|a| a.key == Some("batch_discount")).unwrap();
        assert!(matches!(a.provenance, Provenance::Sheet(p) if p.key == key && p.value == 50.0), "{model}");
        assert_close(value(&o, "monthly_cost"), value(&o, "baseline_monthly") * 0.8);
    }
    // A discount typed for the main model's provider also applies to the smaller model of the
    // same provider (as one discount did before): Haiku 4.5 half the requests, 30% typed:
    // 100,000 × (0.5 × 0.0135 + 0.5 × 0.0045) × (1 − 0.4 × 0.3) = 900 × 0.88 = $792.
    assert_close(
        value(&run("route_share=50&batch_share=40&batch_discount=30&agent_steps=0"), "monthly_cost"),
        792.0,
    );
}

#[test]
fn all_levers_in_sequence_add_up_from_the_baseline() {
    // Support assistant + 30% routed to Haiku 4.5 (its 4,096 minimum: the 2,000-token prefix is
    // not cached there: 5,000 × 1 + 300 × 5 = 6,500 → $0.0065) + 20% batched at 50% + 5% retries.
    // B0 baseline            $39,000
    // B1 caching             2,000,000 × 0.01479                         = $29,580
    // B2 routing             2,000,000 × (0.7 × 0.01479 + 0.3 × 0.0065)   = $24,606
    // B3 batch               24,606 × (1 − 0.2 × 0.5)                     = $22,145.40
    // B4 retries             22,145.40 × 1.05                             = $23,252.67
    // Alone: caching 9,420; routing 2,000,000 × 0.3 × (0.0195 − 0.0065) = 7,800;
    //        batch 39,000 × 0.1 = 3,900; retries −39,000 × 0.05 = −1,950.
    let o = run(&format!("{SUPPORT}&route_share=30&batch_share=20&retry_rate=5"));
    assert_close(value(&o, "monthly_cost"), 23_252.67);
    assert_close(value(&o, "saving_pct"), (39_000.0 - 23_252.67) / 39_000.0 * 100.0);
    let t = &o.tables[0];
    let texts: Vec<Vec<String>> = t.rows.iter().map(|r| t.row_texts(r)).collect();
    assert_eq!(texts[1][1], "-$9,420/month");
    assert_eq!(texts[2][1], "-$7,800/month");
    assert_eq!(texts[2][2], "-$4,974/month"); // 29,580 − 24,606
    assert_eq!(texts[3][1], "-$3,900/month");
    assert_eq!(texts[3][2], "-$2,461/month"); // 24,606 × 0.1 = 2,460.60
    assert_eq!(texts[4][1], "$1,950/month");
    assert_eq!(texts[4][2], "$1,107/month"); // 22,145.40 × 0.05 = 1,107.27
    assert_eq!(t.rows[5].kind, RowKind::Total);
    assert_eq!(texts[5][3], "$23,253/month");
}

#[test]
fn long_context_prices_the_whole_request() {
    // GPT-5.5 above 272,000 input tokens: $10 / $45 (2× and 1.5×), within its 1,050,000-token
    // window. 300,000 × 10 + 1,000 × 45 = 3,000,000 + 45,000 → $3.045 a request.
    let o = run("model=gpt_5_5&requests=1000&in_tokens=300000&out_tokens=1000&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 3.045);
    assert!(o.warnings.iter().any(|w| w.message.contains("long-context rates")));
    // At exactly 272,000 the standard rates apply: 272,000 × 5 + 1,000 × 30 = 1,390,000 → $1.39.
    let o = run("model=gpt_5_5&requests=1000&in_tokens=272000&out_tokens=1000&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 1.39);
    // A typed input price keeps the provider's ratio: $4 → $8 above the threshold.
    let o = run("model=gpt_5_5&p_in=4&requests=1000&in_tokens=300000&out_tokens=0&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 2.4);
    // Gemini 2.5 Pro limits input (1,048,576) and output (65,535) separately: a full window
    // of input is accepted, at the rates above 200,000:
    // 1,048,576 × 2.50 + 500 × 15 = 2,621,440 + 7,500 → $2.62894.
    let o = run("model=gemini_2_5_pro&requests=1000&in_tokens=1048576&agent_steps=0");
    assert_close(value(&o, "cost_per_request"), 2.628_94);
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
    // DeepSeek V3.x chat writes at most 8,192 tokens a call.
    let e = try_eval(&CALCULATOR, "model=deepseek_chat&out_tokens=10000&agent_steps=0").unwrap_err();
    assert_eq!(e[0].key, "out_tokens");
    assert_eq!(
        e[0].problem,
        "is over the 8,192-token maximum output of DeepSeek V3.x chat, open weights (DeepSeek API)"
    );
    // Gemini 2.5 Pro: one token over its input limit is refused.
    let e = try_eval(&CALCULATOR, "model=gemini_2_5_pro&in_tokens=1048577&agent_steps=0").unwrap_err();
    assert!(
        e[0].problem.contains("over the 1,048,576-token input limit of Gemini 2.5 Pro (Google)"),
        "{}",
        e[0]
    );
    // Routed requests must fit the smaller model: 300,000-token requests on Sonnet 4.6
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
    let e = try_eval(&CALCULATOR, "model=deepseek_chat&agent_base=131000").unwrap_err();
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
    // Uncached on Sonnet 4.6: 580,000 × 3 + 20 × 500 × 15 = 1,740,000 + 150,000 → $1.89.
    let q = "agent_base=10000&agent_growth=2000&agent_cache=0&session_cap=0";
    let o = run(q);
    assert_close(value(&o, "agent_input_tokens"), 580_000.0);
    assert_close(value(&o, "agent_cost"), 1.89);
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
    // The session as stopped: 322,000 × 3 + 14 × 500 × 15 = 966,000 + 105,000 → $1.071.
    assert_close(value(&o, "agent_input_tokens"), 322_000.0);
    assert_close(value(&o, "agent_cost"), 1.071);
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
    // Issue 31, item 3. Defaults: Claude Sonnet 4.6, 20 steps from 8,000 tokens + 1,500 a
    // step, 500 output tokens a step, cached, capped at 100,000 cumulative input tokens.
    // The cap stops the session after step 8 (106,000 tokens > 100,000; 87,500 after step 7).
    // Steps 1–8 as run, in millionths of a dollar:
    //   step 1 writes its context       8,000 × 3.75                         =  30,000
    //   steps 2–8 read the previous one  Σ C1..C7 = 7 × 8,000 + 1,500 × 21
    //                                    = 87,500 × 0.30                      =  26,250
    //   and write what is new            7 × 1,500 × 3.75                     =  39,375
    //   output                           8 × 500 × 15                         =  60,000
    //                                                                  total  = 155,625
    // → $0.155625 a session, not the $0.409425 of all 20 steps (before: $0.4094 was shown).
    let o = run("");
    assert_close(value(&o, "agent_input_tokens"), 106_000.0);
    assert_close(value(&o, "agent_cost"), 0.155_625);
    assert_eq!(display(&o, "agent_cost"), "$0.1556");
    assert_eq!(
        o.verdict.facts[1],
        "The 100,000-token session cap stops a 20-step agent session at step 8, after 106,000 input \
         tokens and $0.1556 (all 20 steps would re-read 445,000 tokens for $0.4094)"
    );
    // Cache lifetime: every step is assumed to hit. If each step's tool call outlasted the
    // cache, every step would write its whole context: Σ C1..C8 = 8 × 8,000 + 1,500 × 28 =
    // 106,000 × 3.75 = 397,500 + 60,000 output = 457,500 → $0.4575.
    assert!(
        o.notes.iter().any(|n| n.contains("longer than the cache lifetime")
            && n.contains("5 minutes")
            && n.contains("$0.4575 instead of $0.1556")),
        "{:#?}",
        o.notes
    );
    // CI agents: 40 steps from 20,000 + 3,000 a step, 800 output, capped at 1,000,000.
    // After step 20: 20 × 20,000 + 3,000 × 190 = 970,000; after step 21: 420,000 + 630,000
    // = 1,050,000 > 1,000,000 → step 21.
    //   step 1 writes 20,000 × 3.75 = 75,000; steps 2–21 read Σ C1..C20 = 970,000 × 0.30
    //   = 291,000 and write 20 × 3,000 × 3.75 = 225,000; output 21 × 800 × 15 = 252,000
    //   → 843,000 → $0.843 a session (before: $1.8946, all 40 steps).
    // $5,000 a month pays for ⌊5,000 ÷ 0.843⌋ = 5,931 such capped sessions (before: 2,639),
    // 5,931.2 ÷ 20 developers ÷ 21 days = 14.1 a developer a working day.
    let ci = "requests=0&agent_steps=40&agent_base=20000&agent_growth=3000&agent_out=800&\
              session_cap=1000000&developers=20&teams=3&repos=12&budget_monthly=5000";
    let o = run(ci);
    assert_close(value(&o, "agent_input_tokens"), 1_050_000.0);
    assert_close(value(&o, "agent_cost"), 0.843);
    assert!(
        o.notes.iter().any(|n| n.starts_with(
            "$5,000 a month pays for 5,931 such agent sessions, each stopped by the cap at step 21 \
             ($0.843 each; 2,639 if they ran all 40 steps at $1.8946), 14.1 per developer per working day"
        )),
        "{:#?}",
        o.notes
    );
    // No cap, or a cap the session never reaches: the whole session, as before.
    let o = run("agent_base=10000&agent_growth=2000&agent_cache=0&session_cap=0");
    assert_close(value(&o, "agent_cost"), 1.89);
    assert_eq!(o.verdict.facts[1], "A 20-step agent session re-reads 580,000 input tokens and costs $1.89");
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
    // $1,350 a month: developer day 1,350 ÷ 10 ÷ 21 = $6.4286, week × 5 = $32.1429,
    // team month 1,350 ÷ 2 = $675, repository month 1,350 ÷ 5 = $270.
    let o = run("");
    let t = o.tables.iter().find(|t| t.key == "budgets").unwrap();
    let texts: Vec<Vec<String>> = t.rows.iter().map(|r| t.row_texts(r)).collect();
    // One precision per column: cents, since the day budgets are under $100.
    assert_eq!(texts[0], ["Each developer, per working day", "$6.43", "$5.14", "$7.07"]);
    assert_eq!(texts[1][1], "$32.14");
    assert_eq!(texts[5][1], "$675.00");
    assert_eq!(texts[8][1], "$270.00");
    assert_eq!(texts[11], ["Whole organisation, per month", "$1,350.00", "$1,080.00", "$1,485.00"]);
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
fn anthropic_cache_multipliers_hold_on_the_sheet() {
    // 5-minute write = 1.25 × input, 1-hour write = 2 × input, read = 0.1 × input: public price
    // lists have shipped these wrong. No Anthropic model on this sheet is an exception.
    for m in LlmModel::ALL.iter().filter(|m| m.is_anthropic()) {
        let v = |what: &str| m.sheet(&PRICES, what).unwrap_or_else(|| panic!("{m:?} {what}")).value;
        assert_close(v("write"), 1.25 * v("in"));
        assert_close(v("write_1h"), 2.0 * v("in"));
        assert_close(v("read"), 0.1 * v("in"));
    }
    // Providers without a write surcharge bill a miss at the input price, never at 0.
    for m in LlmModel::ALL.iter().filter(|m| !m.is_anthropic()) {
        let v = |what: &str| m.sheet(&PRICES, what).unwrap().value;
        assert_eq!(v("write"), v("in"), "{m:?}");
        assert!(v("read") < v("in") && m.sheet(&PRICES, "write_1h").is_none(), "{m:?}");
    }
    // Every option, as main or routed model, has its four prices; long-context tiers are
    // 2× input and 1.5× output on this sheet.
    for m in LlmModel::ALL {
        for what in ["in", "out", "write", "read", "context_window", "max_output"] {
            assert!(m.sheet(&PRICES, what).is_some(), "{m:?} {what}");
        }
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
    // 2,000 × 2.5 + 500 × 15 = 12,500 → $1,250 a month.
    assert_close(value(&o, "monthly_cost"), 1250.0);
    let a = o.assumptions.iter().find(|a| a.key == Some("p_out")).unwrap();
    assert!(matches!(a.provenance, Provenance::Sheet(p) if p.key == "sonnet_4_6_out"));
    // The model choice changes the defaults: GPT-5.5, 2,000 × 5 + 500 × 30 = 25,000 → $2,500.
    assert_close(value(&run("model=gpt_5_5"), "monthly_cost"), 2500.0);
    assert_eq!(CALCULATOR.meta().slug, "llm-budget");
    assert_eq!(LlmModel::Sonnet46.key(), "sonnet_4_6");
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}
