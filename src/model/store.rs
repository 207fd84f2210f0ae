//! The library of saved scenarios as the one owner of them, the one shown included: every change to it
//! is a command applied here, in plain Rust, so that the interface only sends commands and renders.
//!
//! A command says what happened in words the interface can show (`Event`) and whether the scenario on
//! screen was replaced by another one (`Outcome::replaced`): then inputs drop half-typed text.

use super::library::{next_rev, take_in, Library, Saved, MAX_SCENARIOS};
use super::scenario::Scenario;
use super::schema::NAME_MAX_CHARS;
use super::stamps::stamp;

/// A change to the library.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Adds a scenario under a new id and shows it. With `unique_name`, a name already taken gets a
    /// number: "Growth (2)".
    Add {
        id: String,
        scenario: Scenario,
        unique_name: bool,
    },
    /// Adds a copy of the shown scenario, named "<name> (<suffix>)", and shows it.
    Duplicate { id: String, suffix: String },
    /// Deletes the shown scenario and shows its neighbour; the last one gives way to a fresh example
    /// named `fresh_name` under `fresh_id`.
    DeleteShown {
        fresh_id: String,
        fresh_name: String,
    },
    /// Brings a deleted scenario back where it was, and shows it.
    Restore { saved: Box<Saved>, position: usize },
    /// Shows the saved scenario `id`.
    Switch(String),
    /// Opens a shared scenario: shows an identical saved one, or adds it under `id`.
    Open { id: String, scenario: Scenario },
    /// Opens a shared comparison: every scenario not saved yet is added (under `ids`, in order), or
    /// none when the library cannot hold them all; the first is shown.
    OpenComparison {
        ids: Vec<String>,
        scenarios: Vec<Scenario>,
    },
    /// Takes over the merge that saving wrote (it holds other tabs' work too).
    Adopt(Library),
    /// Another tab stored `Library`: merges its work in (`library::take_in`).
    TakeIn(Library),
}

/// What a command did that the user should be told.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Nothing was added: the library holds `MAX_SCENARIOS` already.
    Full,
    /// The shown scenario was deleted here; it can be brought back.
    Deleted { saved: Box<Saved>, position: usize },
    /// The shown scenario was deleted in another tab; it can be brought back.
    DeletedElsewhere { saved: Box<Saved>, position: usize },
    /// The shown scenario was changed in another tab; its latest version is shown.
    ChangedElsewhere,
    /// A shared scenario was already saved under this name; it is shown.
    AlreadySaved { name: String },
    /// A shared scenario was added under this name.
    Opened { name: String },
    /// A shared comparison of `count` scenarios was opened; `added` of them were new.
    OpenedComparison { count: usize, added: usize },
}

/// The result of a command.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// The library changed (it should be saved).
    pub changed: bool,
    /// Another scenario, or another version of it, is now shown.
    pub replaced: bool,
    pub event: Option<Event>,
    /// Storage lacks work of this tab's: write the library back (`Command::TakeIn`).
    pub write_back: bool,
}

impl Outcome {
    /// A scenario was added (not refused for a full library).
    pub fn added(&self) -> bool {
        self.changed && self.event != Some(Event::Full)
    }
}

impl Library {
    /// Changes the shown scenario; its revision goes up if anything changed. Returns whether it did.
    /// Nothing records when (`edit_at` does): for changes no other tab can have made.
    pub fn edit(&mut self, change: impl FnOnce(&mut Scenario)) -> bool {
        self.edit_at(None, change)
    }

    /// `edit`, recording that every field it changed was edited at `now` (milliseconds of the browser's
    /// clock), so that another tab's version of the scenario combines with it field by field.
    pub fn edit_at(&mut self, now: Option<u64>, change: impl FnOnce(&mut Scenario)) -> bool {
        let active = self.active.clone();
        let Some(saved) = self.scenarios.iter_mut().find(|s| s.id == active) else {
            return false;
        };
        let before = saved.scenario.clone();
        change(&mut saved.scenario);
        // Only when the value itself moved: someone typing a smaller maximum is not overruled mid-word.
        let s = &saved.scenario;
        if s.chart.x == before.chart.x && s.chart.x.value(s) != before.chart.x.value(&before) {
            saved.scenario.keep_value_on_the_chart();
        }
        saved.scenario.keep_months_and_ranges(&before);
        let changed = saved.scenario != before;
        if changed {
            saved.rev = next_rev(saved.rev);
            if let Some(now) = now {
                stamp(&mut saved.stamps, &before, &saved.scenario, now);
            }
        }
        changed
    }

    /// Applies a command.
    pub fn apply(&mut self, command: Command) -> Outcome {
        match command {
            Command::Add {
                id,
                mut scenario,
                unique_name,
            } => {
                if unique_name {
                    scenario.name = self.unique_name(&scenario.name);
                }
                self.add(id, scenario)
            }
            Command::Duplicate { id, suffix } => {
                let Some(mut copy) = self.active_scenario().cloned() else {
                    return Outcome::default();
                };
                let base: String = format!("{} ({suffix})", copy.name)
                    .chars()
                    .take(NAME_MAX_CHARS)
                    .collect();
                copy.name = self.unique_name(&base);
                self.add(id, copy)
            }
            Command::DeleteShown {
                fresh_id,
                fresh_name,
            } => self.delete_shown(fresh_id, fresh_name),
            Command::Restore { saved, position } => {
                let id = saved.id.clone();
                self.restore(*saved, position);
                self.switch(&id)
            }
            Command::Switch(id) => self.switch(&id),
            Command::Open { id, scenario } => {
                let name = scenario.name.clone();
                let existing = self
                    .scenarios
                    .iter()
                    .find(|s| s.scenario == scenario)
                    .map(|s| s.id.clone());
                let (mut outcome, event) = match existing {
                    Some(existing) => (self.switch(&existing), Event::AlreadySaved { name }),
                    None => (self.add(id, scenario), Event::Opened { name }),
                };
                if outcome.event.is_none() {
                    outcome.event = Some(event);
                }
                outcome
            }
            Command::OpenComparison { ids, scenarios } => {
                let mut new: Vec<&Scenario> = Vec::new();
                for s in &scenarios {
                    if !new.contains(&s) && !self.scenarios.iter().any(|x| x.scenario == *s) {
                        new.push(s);
                    }
                }
                if self.scenarios.len() + new.len() > MAX_SCENARIOS {
                    return Outcome {
                        event: Some(Event::Full),
                        ..Outcome::default()
                    };
                }
                let added = new.len();
                for (id, s) in ids.into_iter().zip(new) {
                    self.scenarios.push(Saved::new(id, 1, s.clone()));
                }
                let first = self.id_of(&scenarios[0]).unwrap_or_default();
                let mut outcome = self.switch(&first);
                outcome.changed |= added > 0;
                outcome.event = Some(Event::OpenedComparison {
                    count: scenarios.len(),
                    added,
                });
                outcome
            }
            Command::Adopt(merged) => self.adopt(merged),
            Command::TakeIn(stored) => {
                let (merged, write_back) = take_in(&stored, self);
                Outcome {
                    write_back,
                    ..self.adopt(merged)
                }
            }
        }
    }

    fn add(&mut self, id: String, scenario: Scenario) -> Outcome {
        if self.scenarios.len() >= MAX_SCENARIOS {
            return Outcome {
                event: Some(Event::Full),
                ..Outcome::default()
            };
        }
        self.scenarios.push(Saved::new(id.clone(), 1, scenario));
        self.switch(&id)
    }

    /// The id of the saved scenario equal to `s`.
    pub fn id_of(&self, s: &Scenario) -> Option<String> {
        self.scenarios
            .iter()
            .find(|x| x.scenario == *s)
            .map(|x| x.id.clone())
    }

    fn switch(&mut self, id: &str) -> Outcome {
        if self.get(id).is_none() {
            return Outcome::default();
        }
        let changed = self.active != id;
        self.active = id.to_string();
        Outcome {
            changed,
            replaced: true,
            ..Outcome::default()
        }
    }

    fn delete_shown(&mut self, fresh_id: String, fresh_name: String) -> Outcome {
        let active = self.active.clone();
        let Some((position, saved)) = self.remove(&active) else {
            return Outcome::default();
        };
        let next = self
            .scenarios
            .get(position.min(self.scenarios.len().saturating_sub(1)))
            .map(|s| s.id.clone());
        let mut outcome = match next {
            Some(id) => self.switch(&id),
            None => {
                let fresh = Scenario {
                    name: fresh_name,
                    ..Scenario::default()
                };
                self.add(fresh_id, fresh)
            }
        };
        outcome.changed = true;
        outcome.event = Some(Event::Deleted {
            saved: Box::new(saved),
            position,
        });
        outcome
    }

    /// Takes over `merged`, saying whether the scenario on screen changed or went.
    fn adopt(&mut self, merged: Library) -> Outcome {
        if merged == *self {
            return Outcome::default();
        }
        let shown_before = self
            .position(&self.active)
            .map(|p| (p, self.scenarios[p].clone()));
        let gone = shown_before
            .as_ref()
            .filter(|(_, shown)| merged.get(&shown.id).is_none())
            .cloned();
        let same_shown = match (&shown_before, merged.active_scenario()) {
            (Some((_, before)), Some(after)) => before.scenario == *after,
            (None, None) => true,
            _ => false,
        };
        *self = merged;
        if same_shown {
            return Outcome {
                changed: true,
                ..Outcome::default()
            };
        }
        let event = match gone {
            Some((position, saved)) => Event::DeletedElsewhere {
                saved: Box::new(saved),
                position,
            },
            None => Event::ChangedElsewhere,
        };
        Outcome {
            changed: true,
            replaced: true,
            event: Some(event),
            write_back: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library(names: &[&str]) -> Library {
        let mut lib = Library::with("a".into(), Scenario::default());
        lib.scenarios.clear();
        for (i, name) in names.iter().enumerate() {
            lib.scenarios.push(Saved {
                stamps: Default::default(),
                id: format!("id{i}"),
                rev: 1,
                scenario: Scenario {
                    name: name.to_string(),
                    ..Scenario::default()
                },
            });
        }
        lib.active = "id0".into();
        lib
    }

    fn names(lib: &Library) -> Vec<&str> {
        lib.scenarios
            .iter()
            .map(|s| s.scenario.name.as_str())
            .collect()
    }

    fn add(name: &str, unique_name: bool) -> Command {
        Command::Add {
            id: format!("new-{name}"),
            scenario: Scenario {
                name: name.into(),
                ..Scenario::default()
            },
            unique_name,
        }
    }

    #[test]
    fn an_edit_changes_only_the_shown_scenario_and_bumps_its_revision() {
        let mut lib = library(&["A", "B"]);
        assert!(lib.edit(|s| s.workload.tickets_per_month = 900.0));
        assert_eq!(lib.scenarios[0].rev, 2);
        assert_eq!(lib.scenarios[0].scenario.workload.tickets_per_month, 900.0);
        assert_eq!(lib.scenarios[1].rev, 1);
        // The same value again is no change and no new revision.
        assert!(!lib.edit(|s| s.workload.tickets_per_month = 900.0));
        assert_eq!(lib.scenarios[0].rev, 2);
    }

    #[test]
    fn adding_and_duplicating_show_the_new_scenario_under_a_free_name() {
        let mut lib = library(&["Growth"]);
        let o = lib.apply(add("Growth", true));
        assert!(o.changed && o.replaced && o.added());
        assert_eq!(names(&lib), ["Growth", "Growth (2)"]);
        assert_eq!(lib.active, "new-Growth");
        // A link or file keeps its name as it is.
        lib.apply(add("Growth", false));
        assert_eq!(names(&lib)[2], "Growth");
        lib.apply(Command::Switch("id0".into()));
        lib.apply(Command::Duplicate {
            id: "dup".into(),
            suffix: "copy".into(),
        });
        assert_eq!(
            lib.active_scenario().map(|s| s.name.as_str()),
            Some("Growth (copy)")
        );
    }

    #[test]
    fn a_full_library_refuses_more_and_says_so() {
        let mut lib = library(&["A"]);
        for i in 1..MAX_SCENARIOS {
            assert!(lib.apply(add(&format!("S{i}"), false)).added());
        }
        let before = lib.clone();
        let o = lib.apply(add("one too many", false));
        assert_eq!(o.event, Some(Event::Full));
        assert!(!o.added() && !o.replaced);
        assert_eq!(lib, before);
    }

    #[test]
    fn deleting_shows_the_neighbour_and_undo_brings_it_back_in_place() {
        let mut lib = library(&["A", "B", "C"]);
        lib.apply(Command::Switch("id1".into()));
        let o = lib.apply(Command::DeleteShown {
            fresh_id: "f".into(),
            fresh_name: "New scenario".into(),
        });
        assert!(o.replaced);
        assert_eq!(names(&lib), ["A", "C"]);
        assert_eq!(lib.active, "id2");
        let Some(Event::Deleted { saved, position }) = o.event else {
            panic!("no undo offered: {o:?}");
        };
        assert_eq!((saved.scenario.name.as_str(), position), ("B", 1));
        let o = lib.apply(Command::Restore { saved, position });
        assert!(o.replaced);
        assert_eq!(names(&lib), ["A", "B", "C"]);
        assert_eq!(lib.active, "id1");
        // Brought back as a revision newer than its deletion, so other tabs take it back too.
        assert!(lib.scenarios[1].rev > 2);
    }

    #[test]
    fn deleting_the_last_scenario_leaves_a_fresh_one() {
        let mut lib = library(&["Only"]);
        lib.apply(Command::DeleteShown {
            fresh_id: "f".into(),
            fresh_name: "New scenario".into(),
        });
        assert_eq!(names(&lib), ["New scenario"]);
        assert_eq!(lib.active, "f");
        assert_eq!(lib.removed.len(), 1);
    }

    #[test]
    fn a_shared_scenario_is_added_once_and_then_shown() {
        let mut lib = library(&["A"]);
        let shared = Scenario {
            name: "From a colleague".into(),
            ..Scenario::default()
        };
        let open = |id: &str| Command::Open {
            id: id.into(),
            scenario: shared.clone(),
        };
        let o = lib.apply(open("x"));
        assert_eq!(
            o.event,
            Some(Event::Opened {
                name: "From a colleague".into()
            })
        );
        lib.apply(Command::Switch("id0".into()));
        let o = lib.apply(open("y"));
        assert_eq!(
            o.event,
            Some(Event::AlreadySaved {
                name: "From a colleague".into()
            })
        );
        assert!(o.replaced);
        assert_eq!(lib.scenarios.len(), 2);
        assert_eq!(lib.active, "x");
    }

    #[test]
    fn taking_in_another_tabs_work_says_what_happened_to_the_shown_scenario() {
        let ours = library(&["A", "B"]);
        // The other tab edited the shown scenario.
        let mut theirs = ours.clone();
        theirs.edit(|s| s.workload.tickets_per_month = 42.0);
        let mut lib = ours.clone();
        let o = lib.apply(Command::TakeIn(theirs.clone()));
        assert_eq!(o.event, Some(Event::ChangedElsewhere));
        assert!(o.replaced && !o.write_back);
        assert_eq!(
            lib.active_scenario().map(|s| s.workload.tickets_per_month),
            Some(42.0)
        );
        // Taking in the same again changes nothing.
        assert_eq!(lib.apply(Command::TakeIn(theirs)), Outcome::default());

        // The other tab deleted the shown scenario.
        let mut theirs = ours.clone();
        theirs.remove("id0");
        let mut lib = ours.clone();
        let o = lib.apply(Command::TakeIn(theirs));
        assert!(matches!(
            o.event,
            Some(Event::DeletedElsewhere { position: 0, .. })
        ));
        assert_eq!(lib.active, "id1");

        // The other tab changed another scenario: the shown one is not replaced, and storage, which
        // lacks this tab's newer edit, is written back.
        let mut lib = ours.clone();
        lib.edit(|s| s.name = "A, edited here".into());
        let mut theirs = ours.clone();
        theirs.active = "id1".into();
        theirs.edit(|s| s.name = "B, edited there".into());
        let o = lib.apply(Command::TakeIn(theirs));
        assert!(o.changed && !o.replaced && o.write_back && o.event.is_none());
        assert_eq!(names(&lib), ["A, edited here", "B, edited there"]);
    }

    #[test]
    fn a_stored_revision_at_the_extreme_neither_freezes_nor_overflows() {
        use crate::model::codec::encode;
        use crate::model::library::{decode_library, encode_library, MAX_REV, MAX_STORED_REV};
        let scenario = encode(&Scenario::default());
        let raw = format!(
            r#"{{"version":1,"active":"a","scenarios":[{{"id":"a","rev":{max},"scenario":{scenario}}},{{"id":"b","rev":{max},"scenario":{scenario}}}],"removed":[{{"id":"c","rev":{max}}}]}}"#,
            max = u64::MAX
        );
        let stored = decode_library(&raw).unwrap().library;
        assert!(stored.scenarios.iter().all(|s| s.rev == MAX_STORED_REV));
        assert_eq!(stored.removed[0].rev, MAX_STORED_REV);
        // An edit counts up and wins over the stored copy: no snap back, no "changed in another tab".
        let mut ours = stored.clone();
        assert!(ours.edit(|s| s.workload.tickets_per_month = 42.0));
        let o = ours.apply(Command::TakeIn(stored.clone()));
        assert_eq!(o.event, None);
        assert!(o.write_back);
        assert_eq!(
            ours.active_scenario().map(|s| s.workload.tickets_per_month),
            Some(42.0)
        );
        // Deleting and restoring count up too, and stay deleted or restored against the stored copy.
        let o = ours.apply(Command::DeleteShown {
            fresh_id: "f".into(),
            fresh_name: "New".into(),
        });
        let Some(Event::Deleted { saved, position }) = o.event else {
            panic!("{o:?}");
        };
        let mut merged = ours.clone();
        merged.apply(Command::TakeIn(stored.clone()));
        assert!(
            merged.get("a").is_none(),
            "the deletion was undone by the stored copy"
        );
        ours.apply(Command::Restore { saved, position });
        let mut merged = ours.clone();
        merged.apply(Command::TakeIn(stored));
        assert!(merged.get("a").is_some());
        // At the very top a step stays there instead of wrapping to 0.
        let mut top = library(&["A"]);
        top.scenarios[0].rev = MAX_REV;
        top.edit(|s| s.name = "B".into());
        assert_eq!(top.scenarios[0].rev, MAX_REV);
        let (_, removed) = top.remove("id0").unwrap();
        assert_eq!(top.removed[0].rev, MAX_REV);
        top.restore(removed, 0);
        assert_eq!(top.scenarios[0].rev, MAX_REV);
        let _ = encode_library(&top);
    }

    #[test]
    fn an_edit_past_the_end_of_the_chart_grows_the_axis_to_hold_the_value() {
        let mut lib = library(&["A"]);
        lib.edit(|s| s.workload.tickets_per_month = 5000.0);
        let s = lib.active_scenario().unwrap();
        assert_eq!(s.chart.max, 10_000.0);
        // Within the axis nothing moves; and "fit to my volume" scales it to a few times the value.
        lib.edit(|s| s.workload.tickets_per_month = 220.0);
        let s = lib.active_scenario().unwrap().clone();
        assert_eq!(s.chart.max, 10_000.0);
        assert_eq!(s.chart.x.fitted_max(&s), 1000.0);
        // Up to the axis's limit, never past it.
        lib.edit(|s| s.workload.tickets_per_month = 900_000.0);
        assert_eq!(lib.active_scenario().unwrap().chart.max, 1_000_000.0);
        // A maximum typed below the value is left as typed.
        lib.edit(|s| s.chart.max = 100.0);
        assert_eq!(lib.active_scenario().unwrap().chart.max, 100.0);
    }

    #[test]
    fn a_shared_comparison_adds_what_is_new_and_refuses_what_does_not_fit() {
        let mut lib = Library::with("a".into(), Scenario::default());
        let other = Scenario {
            name: "Other".into(),
            ..Scenario::default()
        };
        let open = |scenarios: Vec<Scenario>| Command::OpenComparison {
            ids: vec!["n1".into(), "n2".into(), "n3".into()],
            scenarios,
        };
        let o = lib.apply(open(vec![
            Scenario::default(),
            other.clone(),
            other.clone(),
        ]));
        assert_eq!(
            o.event,
            Some(Event::OpenedComparison { count: 3, added: 1 })
        );
        assert!(o.replaced && o.changed);
        assert_eq!(lib.scenarios.len(), 2);
        assert_eq!(lib.id_of(&other).as_deref(), Some("n1"));
        assert_eq!(lib.active, "a");
        // A library that cannot take them all takes none.
        while lib.scenarios.len() < MAX_SCENARIOS {
            let n = lib.scenarios.len();
            lib.scenarios.push(Saved {
                stamps: Default::default(),
                id: format!("f{n}"),
                rev: 1,
                scenario: Scenario {
                    name: format!("F{n}"),
                    ..Scenario::default()
                },
            });
        }
        let third = Scenario {
            name: "Third".into(),
            ..Scenario::default()
        };
        let before = lib.clone();
        let o = lib.apply(open(vec![other, third]));
        assert_eq!(o.event, Some(Event::Full));
        assert_eq!(lib, before);
    }
}
