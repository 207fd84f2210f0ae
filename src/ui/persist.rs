//! Saving the library and hearing of other tabs' saves: the interface's side of `storage`.

use leptos::prelude::*;

use super::notices::NoticeKind;
use super::state::AppState;
use crate::messages;
use crate::model::store::Command;
use crate::storage;

/// The topic of the notices about saving: "could not be saved" and "saved again" take each other's place.
const SAVING: &str = "saving";

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

    /// Writes the library, merged with what other tabs stored. A write the browser refuses (a full
    /// storage) is tried again with the next change, when another tab changes storage and when the page
    /// is shown again (`watch_other_tabs`), and the page says so until it works; a storage that is gone
    /// altogether stops saving.
    pub fn persist(&self) {
        if !self.saving.get_untracked() {
            return;
        }
        let ours = self.library.get_untracked();
        let l = self.lang.get_untracked();
        match storage::save_library(&ours) {
            Ok(written) => {
                if self.save_failed.get_value() {
                    self.save_failed.set_value(false);
                    self.notify_about(Some(SAVING), NoticeKind::Info, messages::saved_again(l));
                }
                if let Some(raw) = written.not_kept {
                    self.offer_not_kept(raw);
                }
                if written.library != ours {
                    self.run(Command::Adopt(written.library));
                }
            }
            Err(storage::StorageProblem::Unavailable) => {
                self.saving.set(false);
                self.notify_about(
                    Some(SAVING),
                    NoticeKind::Error,
                    messages::not_saved(true, l),
                );
            }
            Err(storage::StorageProblem::WriteFailed(_)) => {
                self.save_failed.set_value(true);
                self.notify_about(
                    Some(SAVING),
                    NoticeKind::Error,
                    messages::not_saved(false, l),
                );
            }
        }
    }

    /// Offers a stored value that no one could read and that there was no room to keep aside as a file,
    /// since saving writes over it (`storage::NotKept::NoRoom`).
    pub fn offer_not_kept(&self, raw: String) {
        let text = messages::not_kept_aside(raw.len(), self.lang.get_untracked());
        self.notify(NoticeKind::Download(raw.into()), text);
    }

    /// Storage was full at start-up: nothing is written until there is room (the next change, another
    /// tab freeing space, the page shown again), and the page says so.
    pub fn wait_for_room(&self) {
        self.save_failed.set_value(true);
        let text = messages::storage_full(self.lang.get_untracked());
        self.notify_about(Some(SAVING), NoticeKind::Error, text);
    }

    /// Tries a save that failed again (there may be room now).
    fn retry_save(&self) {
        if self.save_failed.try_get_value() == Some(true) {
            self.persist();
        }
    }

    /// Another tab stored `raw`: takes in its work, and writes back what storage lacks of ours
    /// (`library::take_in`). What no one can read is kept aside at once: this tab's last save may reach
    /// storage after it, and would otherwise write over it unseen.
    pub fn take_in(&self, raw: &str) {
        match storage::library_from(raw) {
            Some(stored) => {
                self.run(Command::TakeIn(stored));
            }
            None => match storage::keep_unreadable_aside(raw) {
                Err(storage::NotKept::NoRoom) => self.offer_not_kept(raw.to_string()),
                Ok(()) | Err(storage::NotKept::Storage(_)) => {}
            },
        }
    }
}

/// Saves the library when the page is left, takes in what other tabs save, and tries a failed save
/// again when another tab changes storage (it may have freed space) or the page is shown again.
pub fn watch_other_tabs(state: AppState) {
    let on_leave = window_event_listener(leptos::ev::pagehide, move |_| state.flush_save());
    let on_shown = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if !document().hidden() {
            state.retry_save();
        }
    });
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if !state.saving.get_untracked() {
            return;
        }
        if ev.key().as_deref() != Some(storage::LIBRARY_KEY) {
            state.retry_save();
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
        on_shown.remove();
    });
}
