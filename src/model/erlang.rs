//! Erlang C: how many agents a queue of live contacts needs to meet a service level, and what a given
//! headcount reaches (SPEC 5.2). Groundwork of issue 16's live channels and staffing view; the library
//! API is `erlang_json`.
//!
//! The probability of waiting comes from the Erlang B recursion `B_k = A B_(k-1) / (k + A B_(k-1))`,
//! which stays between 0 and 1 at every step: no factorial or power is formed, so thousands of agents
//! and Erlangs neither overflow nor lose precision, and a search walks the headcounts upward in one pass.

use serde::Serialize;
use serde_json::{Map, Value};

use super::validate::plain_number;

/// Effective handle time is the handle time divided by these, for 1 to 5 contacts handled at once.
pub const CONCURRENCY_FACTORS: [f64; 5] = [1.0, 1.7, 2.5, 2.9, 3.5];

/// What a headcount reaches on a queue.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Staffing {
    pub traffic_erlangs: f64,
    pub agents: u64,
    pub scheduled: u64,
    pub wait_probability: f64,
    pub service_level: f64,
    /// `None` when the queue is unstable (no more agents than Erlangs of traffic).
    pub average_answer_seconds: Option<f64>,
    pub occupancy: f64,
    pub stable: bool,
}

/// Erlang B for `agents` servers and `traffic` Erlangs, by the recursion, in about `40 sqrt(A)` steps
/// however large the traffic:
///
/// - Far below the traffic `B_k` is close to `1 - k / A`, and the recursion forgets where it started:
///   near `k` each step shrinks an error by about `k / A`, so starting at `A - 12 sqrt(A) - 20` from
///   that estimate leaves an error below `exp(-72)` of it by the time `k` reaches `A`.
/// - Above the traffic `B_k` falls faster than geometrically and reaches zero in `f64` some
///   `39 sqrt(A)` steps on; from there it stays zero.
pub fn erlang_b(traffic: f64, agents: u64) -> f64 {
    let skip = traffic - 12.0 * traffic.sqrt() - 20.0;
    let (start, mut b) = if skip >= 1.0 && agents as f64 > skip {
        let start = skip.floor();
        (start as u64, 1.0 - start / traffic)
    } else {
        (0, 1.0)
    };
    for k in start + 1..=agents {
        b = traffic * b / (k as f64 + traffic * b);
        if b == 0.0 {
            break;
        }
    }
    b
}

/// The probability of waiting (Erlang C) from Erlang B; 1 when the queue is unstable.
fn wait_probability(traffic: f64, agents: u64, b: f64) -> f64 {
    let n = agents as f64;
    if n <= traffic {
        return 1.0;
    }
    n * b / (n - traffic * (1.0 - b))
}

/// The figures of `agents` on `traffic` Erlangs with handle time `handle_seconds`, answered within
/// `answer_seconds`; `b` is Erlang B for that headcount.
fn figures(
    traffic: f64,
    agents: u64,
    b: f64,
    handle_seconds: f64,
    answer_seconds: f64,
) -> Staffing {
    let n = agents as f64;
    let stable = n > traffic;
    let p = wait_probability(traffic, agents, b);
    let (service_level, asa) = if stable {
        let sl = 1.0 - p * (-(n - traffic) * answer_seconds / handle_seconds).exp();
        (sl, Some(p * handle_seconds / (n - traffic)))
    } else {
        (0.0, None)
    };
    Staffing {
        traffic_erlangs: traffic,
        agents,
        scheduled: agents,
        wait_probability: p,
        service_level,
        average_answer_seconds: asa,
        occupancy: if stable { traffic / n } else { 1.0 },
        stable,
    }
}

/// What `agents` reach (the reverse mode).
pub fn evaluate(traffic: f64, agents: u64, handle_seconds: f64, answer_seconds: f64) -> Staffing {
    let b = erlang_b(traffic, agents);
    figures(traffic, agents, b, handle_seconds, answer_seconds)
}

/// The smallest headcount above the traffic that answers `target` of contacts within
/// `answer_seconds`, raised so that occupancy stays at most `max_occupancy`.
pub fn solve(
    traffic: f64,
    handle_seconds: f64,
    target: f64,
    answer_seconds: f64,
    max_occupancy: f64,
) -> Staffing {
    // The smallest integer above the traffic, and Erlang B there. Walking up, the service level's
    // exponential shrinks by the same factor each step: one `exp` for the whole walk.
    let mut agents = traffic.floor() as u64 + 1;
    let mut b = erlang_b(traffic, agents);
    let step = (-answer_seconds / handle_seconds).exp();
    let mut decay = (-(agents as f64 - traffic) * answer_seconds / handle_seconds).exp();
    loop {
        let n = agents as f64;
        let p = n * b / (n - traffic * (1.0 - b));
        if 1.0 - p * decay >= target {
            break;
        }
        agents += 1;
        b = traffic * b / (agents as f64 + traffic * b);
        decay *= step;
    }
    let for_occupancy = (traffic / max_occupancy - 1e-9).ceil().max(0.0) as u64;
    if agents < for_occupancy {
        agents = for_occupancy;
        b = erlang_b(traffic, agents);
    }
    figures(traffic, agents, b, handle_seconds, answer_seconds)
}

/// Agents to schedule so that `agents` are at work after shrinkage.
pub fn scheduled(agents: u64, shrinkage: f64) -> u64 {
    (agents as f64 / (1.0 - shrinkage) - 1e-9).ceil().max(0.0) as u64
}

/// A field of the request: its name, valid range, whether it must be whole, and its default (`None`:
/// required).
pub struct Field {
    pub name: &'static str,
    pub min: f64,
    pub max: f64,
    pub whole: bool,
    pub default: Option<f64>,
}

/// The field of the request called `name` (the staffing view takes the same ranges).
pub fn field_named(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// A staffing question (SPEC 5.2 `erlang_json`): the queue, the target, and optionally a headcount
/// to evaluate instead of solving for one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Request {
    pub contacts: f64,
    pub interval_seconds: f64,
    pub handle_seconds: f64,
    pub service_level: f64,
    pub answer_seconds: f64,
    pub max_occupancy: f64,
    pub shrinkage: f64,
    /// 1 to 5 contacts at once.
    pub concurrency: u8,
    pub agents: Option<u64>,
}

impl Request {
    /// The handle time with the contacts handled at once.
    pub fn effective_handle_seconds(&self) -> f64 {
        self.handle_seconds / CONCURRENCY_FACTORS[usize::from(self.concurrency.clamp(1, 5)) - 1]
    }

    pub fn traffic(&self) -> f64 {
        self.contacts * self.effective_handle_seconds() / self.interval_seconds
    }

    /// What `agents` reach, with the scheduled headcount after shrinkage.
    pub fn evaluate(&self, agents: u64) -> Staffing {
        let mut s = evaluate(
            self.traffic(),
            agents,
            self.effective_handle_seconds(),
            self.answer_seconds,
        );
        s.scheduled = scheduled(agents, self.shrinkage);
        s
    }

    /// The answer: the headcount asked about, or the smallest that meets the target.
    pub fn answer(&self) -> Staffing {
        match self.agents {
            Some(n) => self.evaluate(n),
            None => {
                let mut s = solve(
                    self.traffic(),
                    self.effective_handle_seconds(),
                    self.service_level,
                    self.answer_seconds,
                    self.max_occupancy,
                );
                s.scheduled = scheduled(s.agents, self.shrinkage);
                s
            }
        }
    }

    /// Every headcount from `below` under the answer to `above` over it (none under 1).
    pub fn around(&self, answer: u64, below: u64, above: u64) -> Vec<Staffing> {
        (answer.saturating_sub(below).max(1)..=answer + above)
            .map(|n| self.evaluate(n))
            .collect()
    }
}

const FIELDS: [Field; 9] = [
    Field {
        name: "contacts",
        min: 0.0,
        max: 100_000_000.0,
        whole: false,
        default: None,
    },
    Field {
        name: "interval_seconds",
        min: 1.0,
        max: 86_400.0,
        whole: false,
        default: None,
    },
    Field {
        name: "handle_seconds",
        min: 1.0,
        max: 86_400.0,
        whole: false,
        default: None,
    },
    Field {
        name: "service_level",
        min: 0.01,
        max: 0.999,
        whole: false,
        default: None,
    },
    Field {
        name: "answer_seconds",
        min: 0.0,
        max: 86_400.0,
        whole: false,
        default: None,
    },
    Field {
        name: "max_occupancy",
        min: 0.1,
        max: 1.0,
        whole: false,
        default: Some(1.0),
    },
    Field {
        name: "shrinkage",
        min: 0.0,
        max: 0.95,
        whole: false,
        default: Some(0.0),
    },
    Field {
        name: "concurrency",
        min: 1.0,
        max: 5.0,
        whole: true,
        default: Some(1.0),
    },
    Field {
        name: "agents",
        min: 0.0,
        max: 10_000_000.0,
        whole: true,
        default: None,
    },
];

/// Reads a request (SPEC 5.2): every field's value, in the order of `FIELDS` (`agents` may be absent),
/// or every problem, each naming its field.
fn read(request_json: &str) -> Result<[Option<f64>; 9], String> {
    let value: Value =
        serde_json::from_str(request_json).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(map) = value else {
        return Err("not a request: expected a JSON object".into());
    };
    let mut problems = Vec::new();
    for key in map.keys() {
        if FIELDS.iter().all(|f| f.name != key) {
            problems.push(format!("unknown field `{key}`"));
        }
    }
    let mut out = [None; 9];
    for (slot, f) in out.iter_mut().zip(&FIELDS) {
        *slot = field(&map, f, &mut problems);
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems.join("; "))
    }
}

fn field(map: &Map<String, Value>, f: &Field, problems: &mut Vec<String>) -> Option<f64> {
    let range = || {
        let kind = if f.whole {
            "a whole number"
        } else {
            "a number"
        };
        format!(
            "{kind} from {} to {}",
            plain_number(f.min),
            plain_number(f.max)
        )
    };
    match map.get(f.name) {
        None | Some(Value::Null) => {
            if f.default.is_none() && f.name != "agents" {
                problems.push(format!("{}: missing; it must be {}", f.name, range()));
            }
            f.default
        }
        Some(v) => match v.as_f64() {
            Some(n) if n >= f.min && n <= f.max && (!f.whole || n.fract() == 0.0) => Some(n),
            Some(n) => {
                problems.push(format!(
                    "{}: must be {} (got {})",
                    f.name,
                    range(),
                    plain_number(n)
                ));
                None
            }
            None => {
                problems.push(format!(
                    "{}: has the wrong type: expected {}",
                    f.name,
                    range()
                ));
                None
            }
        },
    }
}

/// The library's Erlang C: solves for the agents a queue needs, or evaluates a given headcount
/// (`agents`), and returns the figures of SPEC 5.2 as JSON.
pub fn erlang_json(request_json: &str) -> Result<String, String> {
    let [contacts, interval, handle, target, answer, max_occupancy, shrinkage, concurrency, agents] =
        read(request_json)?;
    let request = Request {
        contacts: contacts.unwrap_or_default(),
        interval_seconds: interval.unwrap_or(1.0),
        handle_seconds: handle.unwrap_or(1.0),
        service_level: target.unwrap_or_default(),
        answer_seconds: answer.unwrap_or_default(),
        max_occupancy: max_occupancy.unwrap_or(1.0),
        shrinkage: shrinkage.unwrap_or(0.0),
        concurrency: concurrency.unwrap_or(1.0) as u8,
        agents: agents.map(|n| n as u64),
    };
    serde_json::to_string(&request.answer()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn the_spec_example() {
        // SPEC 5.2: 100 contacts per 30 minutes, 180 s each, 80% within 20 s: 10 Erlangs.
        let s = solve(10.0, 180.0, 0.8, 20.0, 1.0);
        assert_eq!(s.agents, 14);
        assert!(close(s.wait_probability, 0.1741, 5e-5), "{s:?}");
        assert!(close(s.service_level, 0.8884, 5e-5), "{s:?}");
        assert!(
            close(s.average_answer_seconds.unwrap(), 7.84, 5e-3),
            "{s:?}"
        );
        assert!(close(s.occupancy, 0.714, 5e-4), "{s:?}");
        assert_eq!(scheduled(s.agents, 0.3), 20);
        // 13 agents fall short of 80%.
        assert!(evaluate(10.0, 13, 180.0, 20.0).service_level < 0.8);
    }

    #[test]
    fn the_r_package_erlangc_example_to_seven_digits() {
        // R package ErlangC 0.1.0, its README (rdocumentation.org/packages/ErlangC/versions/0.1.0):
        // erlang_c(100 calls, 30 min, 180 s, 20 s, 14 agents) gives traffic 10, wait probability
        // 0.1741319, service level 0.88835, average speed of answer 7.83593701177724 s, occupancy
        // 0.7142857; its search for 80% starts at 11 agents with wait probability 0.6821182.
        let s = evaluate(100.0 * 180.0 / 1800.0, 14, 180.0, 20.0);
        assert!(close(s.traffic_erlangs, 10.0, 1e-12));
        assert!(close(s.wait_probability, 0.1741319, 5e-8), "{s:?}");
        assert!(close(s.service_level, 0.88835, 5e-6), "{s:?}");
        assert!(
            close(s.average_answer_seconds.unwrap(), 7.83593701177724, 1e-9),
            "{s:?}"
        );
        assert!(close(s.occupancy, 0.7142857, 5e-8), "{s:?}");
        let first = evaluate(10.0, 11, 180.0, 20.0);
        assert!(close(first.wait_probability, 0.6821182, 5e-8), "{first:?}");
        // With 85% occupancy and 30% shrinkage, as its calculate_agents example: 14 agents.
        let solved = solve(10.0, 180.0, 0.8, 20.0, 0.85);
        assert_eq!(solved.agents, 14);
    }

    #[test]
    fn the_ruby_gem_example_after_koole() {
        // erlang_c_calculator 0.1.1 on RubyGems, after Ger Koole's "Call Center Mathematics":
        // ErlangC::Calculator.new(0.01 calls a second, 300 s service, 20 s acceptable wait) gives a
        // traffic intensity of 3.0 and 6 agents needed. 5 agents answer 79.3% within 20 s, 6 answer
        // 91.9%: any target between those gives 6, the usual 80% among them.
        let traffic = 0.01 * 300.0;
        assert!(close(traffic, 3.0, 1e-12));
        let s = solve(traffic, 300.0, 0.8, 20.0, 1.0);
        assert_eq!(s.agents, 6);
        assert!(close(s.service_level, 0.9188, 5e-5), "{s:?}");
        let five = evaluate(traffic, 5, 300.0, 20.0);
        assert!(close(five.service_level, 0.7933, 5e-5), "{five:?}");
    }

    #[test]
    fn occupancy_caps_and_shrinkage_rounds_up() {
        // At 85% the 14 agents (71%) stay; at 70% they become ceil(10 / 0.7) = 15.
        assert_eq!(solve(10.0, 180.0, 0.8, 20.0, 0.85).agents, 14);
        assert_eq!(solve(10.0, 180.0, 0.8, 20.0, 0.7).agents, 15);
        // Exactly 10 / 0.5 = 20: no extra agent from floating-point noise.
        assert_eq!(solve(10.0, 180.0, 0.8, 20.0, 0.5).agents, 20);
        assert_eq!(scheduled(14, 0.0), 14);
        assert_eq!(scheduled(7, 0.3), 10);
    }

    #[test]
    fn no_more_agents_than_erlangs_is_an_unstable_queue() {
        for agents in [0, 5, 10] {
            let s = evaluate(10.0, agents, 180.0, 20.0);
            assert!(!s.stable);
            assert_eq!(s.average_answer_seconds, None);
            assert_eq!(s.service_level, 0.0);
            assert_eq!(s.wait_probability, 1.0);
        }
        assert!(evaluate(10.0, 11, 180.0, 20.0).stable);
    }

    #[test]
    fn large_traffic_neither_overflows_nor_loses_precision() {
        // 1,000 to 1,000,000 Erlangs: A^N / N! overflows f64 long before; the recursion does not, and
        // takes some 40 sqrt(A) steps rather than A.
        for traffic in [1_000.0, 10_000.0, 1_000_000.0] {
            let s = solve(traffic, 300.0, 0.8, 20.0, 1.0);
            assert!(s.stable && s.service_level >= 0.8, "{s:?}");
            let below = evaluate(traffic, s.agents - 1, 300.0, 20.0);
            assert!(below.service_level < 0.8, "{below:?}");
            // Square-root staffing: a few dozen agents above the traffic at this scale, never thousands.
            let extra = s.agents as f64 - traffic;
            assert!(extra > 0.0 && extra < 4.0 * traffic.sqrt(), "{s:?}");
            assert!(s.wait_probability > 0.0 && s.wait_probability < 1.0);
        }
    }

    /// Erlang C from its textbook sum, every term A^k / k! taken in logarithms and scaled by the largest
    /// one: slow, but independent of the recursion.
    fn erlang_c_by_sum(traffic: f64, agents: u64) -> f64 {
        let n = agents as f64;
        let ln_terms: Vec<f64> = (0..=agents)
            .scan(0.0, |ln, k| {
                if k > 0 {
                    *ln += traffic.ln() - (k as f64).ln();
                }
                Some(*ln)
            })
            .collect();
        let ln_last = ln_terms[agents as usize] + (n / (n - traffic)).ln();
        let top = ln_terms.iter().copied().fold(ln_last, f64::max);
        let below: f64 = ln_terms[..agents as usize]
            .iter()
            .map(|t| (t - top).exp())
            .sum();
        let last = (ln_last - top).exp();
        last / (below + last)
    }

    #[test]
    fn the_recursion_agrees_with_the_textbook_sum_at_every_scale() {
        // The short cut starts from 1,000 Erlangs on (12 sqrt(A) + 20 below the traffic) and ends early
        // far above it: both inside and outside, the sums agree.
        for (traffic, agents) in [
            (10.0, 14),
            (48.0, 55),
            (300.0, 310),
            (1_000.0, 1_030),
            (1_000.0, 1_200),
            (5_000.0, 5_100),
            (10_000.0, 10_080),
            (10_000.0, 11_000),
        ] {
            let b = erlang_b(traffic, agents);
            let ours = wait_probability(traffic, agents, b);
            let sum = erlang_c_by_sum(traffic, agents);
            assert!(
                (ours - sum).abs() <= 1e-9 * sum,
                "{traffic} Erlangs, {agents}: {ours} vs {sum}"
            );
        }
    }

    #[test]
    fn the_reverse_mode_agrees_with_the_solution() {
        let solved = solve(37.5, 240.0, 0.9, 30.0, 1.0);
        let again = evaluate(37.5, solved.agents, 240.0, 30.0);
        assert_eq!(solved, again);
    }

    #[test]
    fn the_api_reads_its_request_and_names_bad_fields() {
        let r: Value = serde_json::from_str(
            &erlang_json(
                r#"{"contacts":100,"interval_seconds":1800,"handle_seconds":180,
                    "service_level":0.8,"answer_seconds":20,"shrinkage":0.3}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(r["traffic_erlangs"], 10.0);
        assert_eq!(r["agents"], 14);
        assert_eq!(r["scheduled"], 20);
        assert_eq!(r["stable"], true);
        // Reverse mode: 9 agents on 10 Erlangs is unstable, and says so without a number for ASA.
        let r: Value = serde_json::from_str(
            &erlang_json(
                r#"{"contacts":100,"interval_seconds":1800,"handle_seconds":180,
                    "service_level":0.8,"answer_seconds":20,"agents":9}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(r["stable"], false);
        assert!(r["average_answer_seconds"].is_null());
        // Two contacts at once: 180 / 1.7 s of effective handle time.
        let r: Value = serde_json::from_str(
            &erlang_json(
                r#"{"contacts":100,"interval_seconds":1800,"handle_seconds":170,
                    "service_level":0.8,"answer_seconds":20,"concurrency":2}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert!(close(
            r["traffic_erlangs"].as_f64().unwrap(),
            100.0 * 100.0 / 1800.0,
            1e-9
        ));
        let err = erlang_json(
            r#"{"contacts":-1,"interval_seconds":1800,"service_level":2,"answer_seconds":20,
                "concurrency":1.5,"queue":3}"#,
        )
        .unwrap_err();
        for part in [
            "unknown field `queue`",
            "contacts: must be a number from 0 to 100,000,000 (got -1)",
            "handle_seconds: missing",
            "service_level: must be a number from 0.01 to 0.999 (got 2)",
            "concurrency: must be a whole number from 1 to 5 (got 1.5)",
        ] {
            assert!(err.contains(part), "{part} not in {err}");
        }
    }
}
