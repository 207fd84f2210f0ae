//! Saving the library and hearing of other tabs' saves: the interface's side of `storage`.

use leptos::prelude::*;

use super::notices::NoticeKind;
use super::parts;
use super::state::AppState;
use crate::messages;
use crate::model::store::Command;
use crate::storage::{self, NotSaved};

impl AppState {
    /// Saves in the task after this one: the edit's results are drawn first, and a burst of edits in one
    /// task is written once. `flush_save` writes a queued save at once (the page is being left).
    pub fn persist_soon(&self) {
        if self.save_queued.get_value() {
            return;
        }
        self.save_queued.set_value(true);
        let state = *self;
        set_timeout(move || state.flush_save(), std::time::Duration::ZERO);
    }

    pub fn flush_save(&self) {
        if self.save_queued.try_get_value() == Some(true) {
            self.save_queued.set_value(false);
            self.persist();
        }
    }

    /// Writes the library, merged with what other tabs stored. Problems are reported once and saving stops.
    pub fn persist(&self) {
        if !self.saving.get_untracked() {
            return;
        }
        let ours = self.library.get_untracked();
        match storage::save_library(&ours, parts::reader_now()) {
            Ok(merged) => {
                if merged != ours {
                    self.run(Command::Adopt(merged));
                }
            }
            // The code that reads what another tab saved and writes ours is not here yet (the first
            // save of a first visit): nothing was written; once it is, save again.
            Err(NotSaved::Unread) => {
                let state = *self;
                parts::when_library_reader(
                    state,
                    move || state.persist_soon(),
                    messages::save_unavailable,
                );
            }
            Err(NotSaved::Problem(problem)) => {
                self.saving.set(false);
                let unavailable = matches!(problem, storage::StorageProblem::Unavailable);
                let text = messages::not_saved(unavailable, self.lang.get_untracked());
                self.notify(NoticeKind::Error, text);
            }
        }
    }

    /// Another tab stored `raw`: takes in its work, and writes back what storage lacks of ours
    /// (`library::take_in`).
    pub fn take_in(&self, raw: &str) {
        let reader = parts::reader_now();
        match (storage::library_from(raw, reader), reader) {
            (Some(Some(stored)), Some(reader)) => {
                self.run(Command::TakeIn(stored, reader.later));
            }
            (Some(None), _) => {}
            // What another tab stored cannot be read, or merged, before the reader is here.
            _ => {
                let (state, raw) = (*self, raw.to_string());
                parts::when_library_reader(
                    state,
                    move || state.take_in(&raw),
                    messages::other_tab_unread,
                );
            }
        }
    }
}

/// Saves the library when the page is left, and takes in what other tabs save.
pub fn watch_other_tabs(state: AppState) {
    let on_leave = window_event_listener(leptos::ev::pagehide, move |_| state.flush_save());
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(storage::LIBRARY_KEY) || !state.saving.get_untracked() {
            return;
        }
        // The value this event carries, not storage as read now: this tab may have written since, and its
        // own copy of storage shows its own write until the browser has applied both.
        if let Some(raw) = ev.new_value() {
            state.take_in(&raw);
        }
    });
    on_cleanup(move || {
        on_storage.remove();
        on_leave.remove();
    });
}
