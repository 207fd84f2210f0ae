//! Messages to the user: problems with storage, links and files, and the undo offer after a delete.
//! They float over the page, so that nothing below them moves.

use std::sync::Arc;

use leptos::prelude::*;

use super::download::download_text;
use super::AppState;
use crate::model::library::Saved;
use crate::model::store::Command;

#[derive(Clone, Debug, PartialEq)]
pub enum NoticeKind {
    Info,
    Error,
    /// A scenario was deleted; it can be put back.
    Undo {
        saved: Box<Saved>,
        position: usize,
    },
    /// A stored value that could not be read nor kept aside, offered as a file.
    Download(Arc<str>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    /// What it is about, where its words change (`AppState::notify_about`).
    pub topic: Option<&'static str>,
    pub kind: NoticeKind,
    pub text: String,
}

/// At most this many notices show at once.
pub const MAX_NOTICES: usize = 3;

#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" data-testid="notices" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|n| n.id
                children=move |n: Notice| {
                    let id = n.id;
                    // A notice on the same topic is updated where it stands (`AppState::notify_about`):
                    // its words and kind are read from the list, not from the notice it was built from.
                    let of_kind = move |what: fn(&NoticeKind) -> &'static str| {
                        state.notices.with(|all| all.iter().find(|x| x.id == id).map_or("", |x| what(&x.kind)))
                    };
                    let class = move || of_kind(kind_class);
                    let role = move || of_kind(role_of);
                    let text = move || {
                        state.notices.with(|all| all.iter().find(|x| x.id == id).map(|x| x.text.clone()).unwrap_or_default())
                    };
                    let undo = match n.kind.clone() {
                        NoticeKind::Undo { saved, position } => Some(
                            view! {
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="undo-delete"
                                    on:click=move |_| {
                                        state.dismiss(id);
                                        state.run(Command::Restore {
                                            saved: saved.clone(),
                                            position,
                                        });
                                    }
                                >
                                    {state.t("Undo", "Rückgängig")}
                                </button>
                            }
                                .into_any(),
                        ),
                        NoticeKind::Download(raw) => Some(
                            view! {
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="download-not-kept"
                                    on:click=move |_| {
                                        let _ = download_text(&raw, "support-calc-unreadable-data.txt", "text/plain");
                                    }
                                >
                                    {state.t("Download it", "Herunterladen")}
                                </button>
                            }
                                .into_any(),
                        ),
                        _ => None,
                    };
                    view! {
                        <div class=class role=role data-testid="notice">
                            <p>{text}</p>
                            {undo}
                            <button
                                type="button"
                                class="close"
                                aria-label=state.t("Dismiss this message", "Diese Meldung schließen")
                                on:click=move |_| state.dismiss(id)
                            >
                                "×"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}

fn kind_class(kind: &NoticeKind) -> &'static str {
    match kind {
        NoticeKind::Error | NoticeKind::Download(_) => "notice-card error-card",
        NoticeKind::Info => "notice-card",
        NoticeKind::Undo { .. } => "notice-card undo-card",
    }
}

/// Errors interrupt a screen reader (`alert`); the rest wait their turn (`status`).
fn role_of(kind: &NoticeKind) -> &'static str {
    match kind {
        NoticeKind::Error | NoticeKind::Download(_) => "alert",
        NoticeKind::Info | NoticeKind::Undo { .. } => "status",
    }
}
