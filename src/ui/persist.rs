//! Saving the library and hearing of other tabs' saves: the interface's side of `storage`.

use leptos::prelude::*;

use super::notices::NoticeKind;
use super::state::AppState;
use crate::messages;
use crate::model::store::Command;
use crate::storage;

impl AppState {
    /// Saves at the end of this task, before the browser draws the next frame: a burst of edits in one
    /// task is written once, and a reload or a closed tab right after an edit finds it stored.
    /// `flush_save` writes a queued save at once (the page is being left).
    pub fn persist_soon(&self) {
        if self.save_queued.get_value() {
            return;
        }
        self.save_queued.set_value(true);
        let state = *self;
        leptos::task::spawn_local(async move { state.flush_save() });
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
        match storage::save_library(&ours) {
            Ok(merged) => {
                if merged != ours {
                    self.run(Command::Adopt(merged));
                }
            }
            Err(problem) => {
                self.saving.set(false);
                let unavailable = matches!(problem, storage::StorageProblem::Unavailable);
                let text = messages::not_saved(unavailable, self.lang.get_untracked());
                self.notify(NoticeKind::Error, text);
            }
        }
    }

    /// Another tab stored `raw`: takes in its work, and writes back what storage lacks of ours
    /// (`library::take_in`). What cannot be read is kept aside by the next save.
    pub fn take_in(&self, raw: &str) {
        if let Some(stored) = storage::library_from(raw) {
            self.run(Command::TakeIn(stored));
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
