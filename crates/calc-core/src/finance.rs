//! Money over time: cash-flow series, escalation, break-even, payback, NPV and IRR.
//! Every function returns a finite answer or an explicit "none" for finite inputs.

/// The same amount every period.
pub fn constant(amount: f64, periods: usize) -> Vec<f64> {
    vec![amount; periods]
}

/// `base × (1 + rate)^k` for k = 0..periods (yearly escalation, e.g. a 10% renewal increase).
pub fn escalated(base: f64, rate: f64, periods: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(periods);
    let mut amount = base;
    for _ in 0..periods {
        out.push(amount);
        amount *= 1.0 + rate;
    }
    out
}

/// A yearly payment made in advance, as a monthly series: `first × (1+growth)^k` at month
/// 12k, zero in the other months.
pub fn yearly_in_advance(first: f64, growth: f64, months: usize) -> Vec<f64> {
    let mut out = vec![0.0; months];
    let mut amount = first;
    for m in (0..months).step_by(12) {
        out[m] = amount;
        amount *= 1.0 + growth;
    }
    out
}

/// Running totals.
pub fn cumulative(flows: &[f64]) -> Vec<f64> {
    let mut total = 0.0;
    flows
        .iter()
        .map(|f| {
            total += f;
            total
        })
        .collect()
}

/// Sum monthly values into years (the last year may be partial).
pub fn by_year(monthly: &[f64]) -> Vec<f64> {
    monthly.chunks(12).map(|c| c.iter().sum()).collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct Breakeven {
    /// The time (in periods, fractional) after which cumulative savings stay at or above
    /// cumulative costs to the end of the horizon; `None` when they end the horizon behind.
    pub at: Option<f64>,
    /// Earlier crossings that a later lump cost (such as a renewal) undid.
    pub temporary: Vec<f64>,
}

/// Break-even of savings that accrue evenly within each period against costs paid at the
/// start of each period. `savings[m]` accrues over (m, m+1); `costs[m]` is paid at m.
/// The horizon is the longer of the two series.
pub fn breakeven(savings: &[f64], costs: &[f64]) -> Breakeven {
    let periods = savings.len().max(costs.len());
    let mut net = 0.0_f64;
    let mut above = true;
    // Start of the current stretch at or above zero, and whether it began with a crossing.
    let mut since = 0.0_f64;
    let mut since_is_crossing = false;
    let mut temporary = Vec::new();
    let fell = |since: f64, was_crossing: bool, temporary: &mut Vec<f64>| {
        if was_crossing {
            temporary.push(since);
        }
    };
    for m in 0..periods {
        let cost = costs.get(m).copied().unwrap_or(0.0);
        let saving = savings.get(m).copied().unwrap_or(0.0);
        net -= cost;
        if above && net < 0.0 {
            above = false;
            fell(since, since_is_crossing, &mut temporary);
        }
        let start = net;
        let end = net + saving;
        if !above && end >= 0.0 {
            // start < 0 <= end, so saving > 0
            since = m as f64 + crate::clamp(-start / saving, 0.0, 1.0);
            since_is_crossing = true;
            above = true;
        } else if above && end < 0.0 {
            above = false;
            fell(since, since_is_crossing, &mut temporary);
        }
        net = end;
    }
    Breakeven { at: above.then_some(since), temporary }
}

/// Simple payback of period flows, `flows[0]` at t = 0 and `flows[k]` accruing evenly over
/// period k: the time after which the running total stays at or above zero.
pub fn payback(flows: &[f64]) -> Option<f64> {
    let (first, rest) = flows.split_first()?;
    breakeven(rest, &[-first]).at
}

/// Payback of the flows discounted at `rate` per period.
pub fn discounted_payback(rate: f64, flows: &[f64]) -> Option<f64> {
    let discounted = discount(rate, flows)?;
    payback(&discounted)
}

fn discount(rate: f64, flows: &[f64]) -> Option<Vec<f64>> {
    if rate.is_nan() || rate <= -1.0 || !rate.is_finite() {
        return None;
    }
    let mut factor = 1.0_f64;
    let mut out = Vec::with_capacity(flows.len());
    for f in flows {
        let v = f / factor;
        if !v.is_finite() {
            return None;
        }
        out.push(v);
        factor *= 1.0 + rate;
    }
    Some(out)
}

/// Net present value with `flows[0]` at t = 0 (undiscounted). `None` when the rate is not
/// above -100% or the result does not fit in an f64.
pub fn npv(rate: f64, flows: &[f64]) -> Option<f64> {
    let total: f64 = discount(rate, flows)?.iter().sum();
    total.is_finite().then_some(total)
}

#[derive(Clone, Debug, PartialEq)]
pub enum Irr {
    /// Exactly one rate zeroes the NPV.
    Rate(f64),
    /// Several rates zero the NPV (flows change sign more than once); all are listed.
    Multiple(Vec<f64>),
    /// All flows have the same sign (or are zero): no rate can zero the NPV.
    NoSignChange,
    /// Flows change sign but no rate between -99.99% and +100,000% zeroes the NPV.
    NotFound,
}

/// ln(1+r) for r = -99.99% and r = +100,000%: the range of rates searched.
const LO: f64 = -9.21;
const HI: f64 = 6.91;

/// Internal rate of return. Flows that change sign once have exactly one rate above -100%,
/// where the NPV crosses zero (Descartes' rule of signs): the whole range is bisected. Other
/// flows are scanned for every root where the NPV crosses zero; a root where it only touches
/// zero is not reported.
pub fn irr(flows: &[f64]) -> Irr {
    let has_pos = flows.iter().any(|f| *f > 0.0);
    let has_neg = flows.iter().any(|f| *f < 0.0);
    if !(has_pos && has_neg) || flows.iter().any(|f| !f.is_finite()) {
        return Irr::NoSignChange;
    }
    let rates = if sign_changes(flows) == 1 { single_root(flows) } else { scanned_roots(flows) };
    match rates.len() {
        0 => Irr::NotFound,
        1 => Irr::Rate(rates[0]),
        _ => Irr::Multiple(rates),
    }
}

/// The one rate in range, if the NPV's signs at the two ends differ.
fn single_root(flows: &[f64]) -> Vec<f64> {
    let sign_npv = |x: f64| scaled_npv(x, flows);
    let (v_lo, v_hi) = (sign_npv(LO), sign_npv(HI));
    let x = if v_lo == 0.0 {
        LO
    } else if v_hi == 0.0 {
        HI
    } else if (v_lo < 0.0) != (v_hi < 0.0) {
        bisect(&sign_npv, LO, HI, v_lo)
    } else {
        return Vec::new();
    };
    vec![x.exp() - 1.0]
}

/// Every rate where the NPV changes sign, by scanning ln(1+r) and bisecting each change.
fn scanned_roots(flows: &[f64]) -> Vec<f64> {
    const STEPS: usize = 3000;
    let sign_npv = |x: f64| scaled_npv(x, flows);
    let mut roots: Vec<f64> = Vec::new();
    let mut prev_x = LO;
    let mut prev_v = sign_npv(prev_x);
    for i in 1..=STEPS {
        let x = LO + (HI - LO) * i as f64 / STEPS as f64;
        let v = sign_npv(x);
        if prev_v == 0.0 {
            roots.push(prev_x);
        } else if v != 0.0 && (prev_v < 0.0) != (v < 0.0) {
            roots.push(bisect(&sign_npv, prev_x, x, prev_v));
        }
        prev_x = x;
        prev_v = v;
    }
    if prev_v == 0.0 {
        roots.push(prev_x);
    }
    let mut rates: Vec<f64> = roots.into_iter().map(|x| x.exp() - 1.0).collect();
    rates.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    rates
}

/// How often the non-zero flows change sign.
fn sign_changes(flows: &[f64]) -> usize {
    let signs: Vec<bool> = flows.iter().filter(|f| **f != 0.0).map(|f| *f < 0.0).collect();
    signs.windows(2).filter(|w| w[0] != w[1]).count()
}

/// NPV at r = e^x - 1, scaled by a positive factor so that it neither overflows nor loses
/// its sign when r is close to -100%: for 1+r < 1 it returns NPV × (1+r)^T.
fn scaled_npv(x: f64, flows: &[f64]) -> f64 {
    let g = x.exp();
    let n = flows.len();
    // Horner's scheme on the polynomial with the larger coefficients last keeps it finite.
    let total = if g >= 1.0 {
        let inv = 1.0 / g;
        flows.iter().rev().fold(0.0, |acc, f| acc * inv + f)
    } else {
        flows.iter().fold(0.0, |acc, f| acc * g + f)
    };
    let _ = n;
    if total.is_finite() {
        total
    } else {
        0.0
    }
}

fn bisect(f: &dyn Fn(f64) -> f64, mut lo: f64, mut hi: f64, mut f_lo: f64) -> f64 {
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        let v = f(mid);
        if v == 0.0 || (hi - lo) < 1e-15 {
            return mid;
        }
        if (v < 0.0) == (f_lo < 0.0) {
            lo = mid;
            f_lo = v;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * (1.0 + b.abs())
    }

    #[test]
    fn breakeven_with_one_upfront_cost() {
        // $1,000 at month 0, saving $120/month: 1000 / 120 = 8.333… months
        let b = breakeven(&constant(120.0, 36), &[1000.0]);
        assert!(close(b.at.unwrap(), 1000.0 / 120.0));
        assert!(b.temporary.is_empty());
    }

    #[test]
    fn breakeven_without_cost_is_immediate() {
        assert_eq!(breakeven(&constant(50.0, 12), &[]).at, Some(0.0));
    }

    #[test]
    fn yearly_renewals_cross_more_than_once() {
        // $1,000 paid at months 0, 12, 24; $100/month saved.
        // t=10 crosses (1000/100); at 12 net 200-1000=-800, crosses at 20; at 24 net
        // 400-1000=-600, crosses at 30 and stays above to 36.
        let b = breakeven(&constant(100.0, 36), &yearly_in_advance(1000.0, 0.0, 36));
        assert!(close(b.at.unwrap(), 30.0));
        assert_eq!(b.temporary.len(), 2);
        assert!(close(b.temporary[0], 10.0) && close(b.temporary[1], 20.0));
    }

    #[test]
    fn never_pays_back_within_the_horizon() {
        let b = breakeven(&constant(100.0, 36), &[10_000.0]);
        assert_eq!(b.at, None);
    }

    #[test]
    fn negative_savings_can_undo_a_crossing() {
        let mut s = constant(100.0, 12);
        s.extend(constant(-200.0, 12));
        let b = breakeven(&s, &[500.0]);
        assert_eq!(b.at, None);
        assert!(close(b.temporary[0], 5.0));
    }

    #[test]
    fn payback_and_discounted_payback() {
        // -1000 then 400 a year: 2.5 years
        assert!(close(payback(&[-1000.0, 400.0, 400.0, 400.0]).unwrap(), 2.5));
        let d = discounted_payback(0.1, &[-1000.0, 400.0, 400.0, 400.0]);
        // 363.64 + 330.58 = 694.21, remaining 305.79 / 300.53 -> never within 3 years
        assert_eq!(d, None);
        let d = discounted_payback(0.1, &[-1000.0, 500.0, 500.0, 500.0]).unwrap();
        // 454.545 + 413.223 = 867.769; 132.231 / 375.657 = 0.352 -> 2.352
        assert!((d - 2.352).abs() < 0.001);
    }

    #[test]
    fn npv_convention_and_guards() {
        assert!(close(npv(0.1, &[-1000.0, 500.0, 500.0, 500.0]).unwrap(), 243.4259954921112));
        assert_eq!(npv(-1.0, &[1.0, 2.0]), None);
        assert_eq!(npv(f64::NAN, &[1.0]), None);
        assert_eq!(npv(0.0, &[]), Some(0.0));
    }

    #[test]
    fn irr_cases() {
        match irr(&[-1000.0, 500.0, 500.0, 500.0]) {
            Irr::Rate(r) => assert!((r - 0.233751928528259).abs() < 1e-9),
            other => panic!("{other:?}"),
        }
        match irr(&[-100.0, 230.0, -132.0]) {
            Irr::Multiple(rs) => {
                assert_eq!(rs.len(), 2);
                assert!((rs[0] - 0.1).abs() < 1e-9 && (rs[1] - 0.2).abs() < 1e-9);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(irr(&[-1.0, -2.0]), Irr::NoSignChange);
        assert_eq!(irr(&[0.0, 0.0]), Irr::NoSignChange);
        assert_eq!(irr(&[]), Irr::NoSignChange);
        match irr(&[-1000.0, 100.0, 100.0]) {
            Irr::Rate(r) => assert!(r < 0.0),
            other => panic!("{other:?}"),
        }
        // One sign change, but the rate is beyond +100,000%.
        assert_eq!(irr(&[-1.0, 0.0, 1e12]), Irr::NotFound);
    }

    #[test]
    fn one_sign_change_finds_the_rate_the_scan_finds() {
        let cases: [&[f64]; 5] = [
            &[-1000.0, 500.0, 500.0, 500.0],
            &[-1000.0, 100.0, 100.0],
            &[0.0, -5000.0, 0.0, 10.0, 10.0, 10.0, 6000.0],
            &[300.0, 300.0, -1000.0],
            &[-1.0, 500.0],
        ];
        for flows in cases {
            let scanned = scanned_roots(flows);
            assert_eq!(scanned.len(), 1, "{flows:?}");
            match irr(flows) {
                Irr::Rate(r) => assert!((r - scanned[0]).abs() < 1e-9 * (1.0 + r.abs()), "{flows:?}"),
                other => panic!("{flows:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn escalation_and_cumulative() {
        let e = escalated(100.0, 0.2, 5);
        assert!(close(e.iter().sum::<f64>(), 744.16)); // 1 + 1.2 + 1.44 + 1.728 + 2.0736
        assert_eq!(cumulative(&[1.0, 2.0, 3.0]), vec![1.0, 3.0, 6.0]);
        assert_eq!(by_year(&constant(1.0, 30)), vec![12.0, 12.0, 6.0]);
        let y = yearly_in_advance(10.0, 0.1, 25);
        assert!(close(y[0], 10.0) && close(y[12], 11.0) && close(y[24], 12.1) && y[1] == 0.0);
    }
}
