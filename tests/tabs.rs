//! Two and three tabs editing one scenario at once: every field ends at its last edit, whichever tab made
//! it, and every tab ends holding what storage holds (issue 40).
//!
//! The tabs are simulated the way the page runs them (`ui/persist.rs`, `storage.rs`): an edit stamps the
//! fields it changed with the time; a save reads storage, merges it with the tab's copy, writes the merge
//! and adopts it; every write reaches the other tabs as a storage event some time later, and a tab that
//! takes in an event whose value lacks its own work writes the merge back. A tab may also save from a
//! stale read (two tabs that save at the same moment each read before the other wrote), which overwrites
//! the other's write: the test shows that the storage events repair it.
// proptest is a dependency of the native tests only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::VecDeque;

use proptest::prelude::*;
use support_calc::model::library::{merge, Library};
use support_calc::model::store::Command;
use support_calc::model::Scenario;

/// A field the tabs edit: its name, and how it is written and read.
type Field = (&'static str, fn(&mut Scenario, f64), fn(&Scenario) -> f64);

/// The fields the tabs edit; every value written here (1 to 50) is inside each one's valid range.
const FIELDS: [Field; 5] = [
    (
        "tickets",
        |s, v| s.workload.tickets_per_month = v,
        |s| s.workload.tickets_per_month,
    ),
    (
        "minutes",
        |s, v| s.workload.minutes_per_reply = v,
        |s| s.workload.minutes_per_reply,
    ),
    (
        "replies",
        |s, v| s.workload.replies_per_ticket = v,
        |s| s.workload.replies_per_ticket,
    ),
    (
        "founder",
        |s, v| s.rates.founder_hourly = v,
        |s| s.rates.founder_hourly,
    ),
    (
        "contractor",
        |s, v| s.contractor.hourly_rate = v,
        |s| s.contractor.hourly_rate,
    ),
];

#[derive(Clone, Debug)]
enum Step {
    /// Tab, field, value.
    Edit(usize, usize, u16),
    Save(usize),
    /// A save that read storage as it was `n` writes ago.
    StaleSave(usize, usize),
    /// The tab hears of the oldest write it has not heard of yet.
    Hear(usize),
}

struct Tab {
    lib: Library,
    /// Writes of other tabs not yet heard of, oldest first.
    events: VecDeque<Library>,
}

struct Browser {
    tabs: Vec<Tab>,
    /// Every value storage held, the latest last.
    writes: Vec<Library>,
}

impl Browser {
    fn new(tabs: usize) -> Browser {
        let first = Library::with("s".into(), Scenario::default());
        Browser {
            tabs: (0..tabs)
                .map(|_| Tab {
                    lib: first.clone(),
                    events: VecDeque::new(),
                })
                .collect(),
            writes: vec![first],
        }
    }

    fn stored(&self) -> &Library {
        self.writes.last().expect("storage holds the first write")
    }

    fn write(&mut self, tab: usize, value: Library) {
        for (i, other) in self.tabs.iter_mut().enumerate() {
            if i != tab {
                other.events.push_back(value.clone());
            }
        }
        self.writes.push(value);
    }

    /// `persist`: merges what storage holds (read `stale` writes ago) and writes it; the tab adopts it.
    fn save(&mut self, tab: usize, stale: usize) {
        let read = &self.writes[self.writes.len().saturating_sub(stale + 1)];
        let merged = merge(read, &self.tabs[tab].lib);
        self.tabs[tab].lib.apply(Command::Adopt(merged.clone()));
        self.write(tab, merged);
    }

    /// `take_in`: the storage event of another tab's write.
    fn hear(&mut self, tab: usize) {
        let Some(value) = self.tabs[tab].events.pop_front() else {
            return;
        };
        let outcome = self.tabs[tab].lib.apply(Command::TakeIn(value));
        if outcome.write_back {
            self.save(tab, 0);
        }
    }

    /// Every tab hears everything and saves until nothing changes any more.
    fn settle(&mut self) {
        for _ in 0..20 {
            for tab in 0..self.tabs.len() {
                while !self.tabs[tab].events.is_empty() {
                    self.hear(tab);
                }
            }
            if self
                .tabs
                .iter()
                .all(|t| t.lib.scenarios == self.stored().scenarios)
            {
                return;
            }
            for tab in 0..self.tabs.len() {
                self.save(tab, 0);
            }
        }
    }
}

fn steps(tabs: usize) -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        4 => (0..tabs, 0..FIELDS.len(), 1u16..=50).prop_map(|(t, f, v)| Step::Edit(t, f, v)),
        2 => (0..tabs).prop_map(Step::Save),
        1 => (0..tabs, 1usize..4).prop_map(|(t, n)| Step::StaleSave(t, n)),
        3 => (0..tabs).prop_map(Step::Hear),
    ];
    proptest::collection::vec(step, 1..120)
}

/// Runs `steps` in `tabs` tabs and checks every field against its last edit.
fn check(tabs: usize, steps: Vec<Step>) -> Result<(), TestCaseError> {
    let mut browser = Browser::new(tabs);
    let mut last: Vec<Option<f64>> = vec![None; FIELDS.len()];
    let mut now = 1_765_000_000_000u64;
    for step in steps {
        match step {
            Step::Edit(tab, field, v) => {
                now += 1;
                let value = f64::from(v);
                let set = FIELDS[field].1;
                if browser.tabs[tab].lib.edit_at(Some(now), |s| set(s, value)) {
                    last[field] = Some(value);
                }
            }
            Step::Save(tab) => browser.save(tab, 0),
            Step::StaleSave(tab, n) => browser.save(tab, n),
            Step::Hear(tab) => browser.hear(tab),
        }
    }
    browser.settle();
    let stored = browser.stored().scenarios[0].scenario.clone();
    for (field, expected) in last.iter().enumerate() {
        let (name, _, get) = FIELDS[field];
        if let Some(expected) = expected {
            prop_assert_eq!(get(&stored), *expected, "{} is not at its last edit", name);
        }
    }
    for tab in &browser.tabs {
        prop_assert_eq!(&tab.lib.scenarios, &browser.stored().scenarios);
    }
    Ok(())
}

proptest! {
    // TABS_CASES=2000 for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("TABS_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(40)
    ))]

    #[test]
    fn two_tabs_keep_every_fields_last_edit(steps in steps(2)) {
        check(2, steps)?;
    }

    #[test]
    fn three_tabs_keep_every_fields_last_edit(steps in steps(3)) {
        check(3, steps)?;
    }
}

/// The case the issue measured: two tabs, each typing into its own field in fast alternation, every
/// save racing the other's. Both last values survive.
#[test]
fn two_tabs_typing_in_alternation_keep_both_last_values() {
    let mut browser = Browser::new(2);
    let mut now = 1_765_000_000_000u64;
    for i in 1..=100u16 {
        now += 1;
        browser.tabs[0]
            .lib
            .edit_at(Some(now), |s| s.workload.tickets_per_month = f64::from(i));
        now += 1;
        browser.tabs[1].lib.edit_at(Some(now), |s| {
            s.workload.minutes_per_reply = f64::from(i) / 10.0
        });
        // Both save before either hears of the other.
        browser.save(0, 0);
        browser.save(1, 1);
        browser.hear(0);
        browser.hear(1);
    }
    browser.settle();
    let s = &browser.stored().scenarios[0].scenario;
    assert_eq!(s.workload.tickets_per_month, 100.0);
    assert_eq!(s.workload.minutes_per_reply, 10.0);
}
